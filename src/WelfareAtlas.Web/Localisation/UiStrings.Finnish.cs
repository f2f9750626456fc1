using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Web.Localisation;

internal sealed partial record UiStrings
{
    public static UiStrings Finnish { get; } = new()
    {
        Language = Language.Finnish,
        Profiles = ProfileTexts.Finnish,
        Access = AccessTexts.Finnish,
        Reports = ReportTexts.Finnish,
        Metadata = MetadataTexts.Finnish,
        ProductName = "Hyvinvointiatlas",
        Tagline = "Alueelliset hyvinvointiprofiilit",
        SkipToContent = "Siirry sisältöön",
        LanguageMenu = "Kieli",
        LanguageName = "Suomi",
        HomeTitle = "Helsingin alueet",
        HomeIntro = "Helsingin tilastoalueet kartalla ja taulukkona. Valitse aluetaso ja avaa alueen sivu kartalta tai taulukosta.",
        AreaTypeChoice = "Aluetaso",
        MapLabel = "Kartta: {0}",
        MapHint = "Avaa alueen sivu napsauttamalla sitä. Värit vain erottavat alueet toisistaan (piirit ja osa-alueet suurpiirin mukaan), eivätkä kerro arvoista. Kartan alueet ovat myös taulukossa.",
        TableCaption = "{0}: {1} aluetta",
        Name = "Nimi",
        NameFinnish = "Suomeksi",
        NameSwedish = "Ruotsiksi",
        NameEnglish = "Englanniksi",
        Code = "Tunnus",
        AreaTypeLabel = "Aluetyyppi",
        PartOf = "Kuuluu alueeseen",
        Contains = "Alueeseen kuuluvat",
        OverlapsWith = "Päällekkäiset alueet",
        OverlapShare = "Osuus pinta-alasta",
        OverlapNote = "Postinumeroalueet eivät noudata piirijakoa. Osuus on se osa postinumeroalueen pinta-alasta, joka on osa-alueella.",
        Boundary = "Aluerajaus",
        BoundaryNone = "Kaupungilla ei ole omaa rajausta tässä aineistossa; katso suurpiirit.",
        BackToMap = "Takaisin karttaan",
        NotFoundTitle = "Aluetta ei löydy",
        NotFoundText = "Tunnuksella {0} ei ole aluetta.",
        PageNotFoundTitle = "Sivua ei löydy",
        PageNotFoundText = "Osoitteessa {0} ei ole sivua.",
        ErrorTitle = "Sivua ei voitu näyttää",
        ErrorText = "Hyvinvointiatlaksessa tapahtui virhe, eikä sivua voitu näyttää. Yritä hetken kuluttua uudelleen. Jos virhe toistuu, kerro siitä atlaksen ylläpidolle ja mainitse tunniste {0}.",
        IndicatorNotFoundTitle = "Indikaattoria ei löydy",
        IndicatorNotFoundText = "Tunnuksella {0} ei ole indikaattoria.",
        ProfileNotFoundTitle = "Hyvinvointiprofiilia ei löydy",
        ProfileNotFoundText = "Tunnuksella {0} ei ole hyvinvointiprofiilia.",
        SourcesTitle = "Lähteet",
        SourcesText = "Aluerajat: Helsingin kaupunki, kaupunkimittauspalvelut, piirijako 2/2024 (CC BY 4.0). Postinumeroalueiden nimet: Tilastokeskus, Paavo (CC BY 4.0). Kuntarajat: Maanmittauslaitos, hallinnolliset aluejaot 2023 (CC BY 4.0). Kuntien indikaattorit: THL, Sotkanet.fi, tilasto- ja indikaattoripankki (poimittu 2013). Postinumeroalueiden tietojen kohdistus osa-alueille: Helsingin seudun aluesarjat -tilastokanta ja Tilastokeskus, väestö osa-alueittain 1962–2010 (CC BY 4.0).",
        ApiLink = "Rajapinta (OpenAPI)",
        AreasCount = "{0} aluetta",
        Loading = "Ladataan karttaa…",
        MapUnavailable = "Karttaa ei voitu näyttää. Samat alueet ovat taulukossa.",
        TypePlural = new Dictionary<AreaType, string>
        {
            [AreaType.City] = "Kunnat",
            [AreaType.MajorDistrict] = "Suurpiirit",
            [AreaType.District] = "Peruspiirit",
            [AreaType.SubDistrict] = "Osa-alueet",
            [AreaType.PostalArea] = "Postinumeroalueet",
        },
        TypeSingular = new Dictionary<AreaType, string>
        {
            [AreaType.City] = "kaupunki",
            [AreaType.MajorDistrict] = "suurpiiri",
            [AreaType.District] = "peruspiiri",
            [AreaType.SubDistrict] = "osa-alue",
            [AreaType.PostalArea] = "postinumeroalue",
        },
    };
}
