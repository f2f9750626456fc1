namespace WelfareAtlas.Web.Localisation;

internal sealed partial record CatalogueTexts
{
    public static CatalogueTexts Finnish { get; } = new()
    {
        Intro = "Atlaksen kaikki indikaattorit: niiden teemat, keitä ne koskevat, millä aluetasoilla ja miltä ajanjaksoilta niistä on tietoa ja mistä tieto tulee. Rajaa luetteloa ja avaa indikaattori nähdäksesi sen kartan, kaavion ja kehityksen.",
        Search = "Nimessä tai määritelmässä on",
        Theme = "Teema",
        AllThemes = "Kaikki teemat",
        TargetGroup = "Kohderyhmä",
        AllTargetGroups = "Kaikki kohderyhmät",
        AreaLevel = "Tietoa aluetasolla",
        AllAreaLevels = "Mikä tahansa aluetaso",
        Profile = "Hyvinvointiprofiili",
        AllProfiles = "Kaikki profiilit",
        Clear = "Poista rajaukset",
        Count = "{0} / {1} indikaattoria",
        NoMatch = "Yksikään indikaattori ei vastaa näitä rajauksia.",
        UnknownChoice = "{0}: ”{1}” ei ole vaihtoehto, joten luetteloa ei rajata sillä.",
        Caption = "Atlaksen indikaattorit",
        IndicatorColumn = "Indikaattori",
        ThemesColumn = "Teemat",
        TargetGroupsColumn = "Koskee",
        AreaLevelsColumn = "Aluetasot",
        PeriodsColumn = "Ajanjaksot",
        SourceColumn = "Lähde",
        ProfilesColumn = "Profiileissa",
        NoDataYet = "Ei vielä tietoa",
        AllIndicators = "Kaikki {0} indikaattoria teemoineen, aluetasoineen, ajanjaksoineen ja lähteineen",
    };
}
