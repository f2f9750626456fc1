using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Web.Localisation;

internal sealed partial record UiStrings
{
    public static UiStrings Swedish { get; } = new()
    {
        Language = Language.Swedish,
        Profiles = ProfileTexts.Swedish,
        Access = AccessTexts.Swedish,
        Reports = ReportTexts.Swedish,
        Metadata = MetadataTexts.Swedish,
        ProductName = "Välfärdsatlas",
        Tagline = "Regionala välfärdsprofiler",
        SkipToContent = "Gå till innehållet",
        LanguageMenu = "Språk",
        LanguageName = "Svenska",
        HomeTitle = "Helsingfors områden",
        HomeIntro = "Helsingfors statistiska områden på karta och i tabell. Välj områdesnivå och öppna ett områdes sida från kartan eller tabellen.",
        AreaTypeChoice = "Områdesnivå",
        MapLabel = "Karta: {0}",
        MapHint = "Klicka på ett område för att öppna dess sida. Färgerna skiljer bara områdena åt (distrikt och delområden efter stordistrikt) och säger inget om värden. Kartans områden finns också i tabellen.",
        TableCaption = "{0}: {1} områden",
        Name = "Namn",
        NameFinnish = "På finska",
        NameSwedish = "På svenska",
        NameEnglish = "På engelska",
        Code = "Kod",
        AreaTypeLabel = "Områdestyp",
        PartOf = "Hör till",
        Contains = "Området omfattar",
        OverlapsWith = "Överlappande områden",
        OverlapShare = "Andel av ytan",
        OverlapNote = "Postnummerområdena följer inte distriktsindelningen. Andelen är den del av postnummerområdets yta som ligger i delområdet.",
        Boundary = "Områdesgräns",
        BoundaryNone = "Staden har ingen egen gräns i detta material; se stordistrikten.",
        BackToMap = "Tillbaka till kartan",
        NotFoundTitle = "Området hittades inte",
        NotFoundText = "Det finns inget område med koden {0}.",
        PageNotFoundTitle = "Sidan hittades inte",
        PageNotFoundText = "Det finns ingen sida på adressen {0}.",
        ErrorTitle = "Sidan kunde inte visas",
        ErrorText = "Ett fel i Välfärdsatlas gjorde att sidan inte kunde visas. Försök igen om en stund. Om felet upprepas, meddela atlasens administratörer och uppge koden {0}.",
        IndicatorNotFoundTitle = "Indikatorn hittades inte",
        IndicatorNotFoundText = "Det finns ingen indikator med koden {0}.",
        ProfileNotFoundTitle = "Välfärdsprofilen hittades inte",
        ProfileNotFoundText = "Det finns ingen välfärdsprofil med koden {0}.",
        SourcesTitle = "Källor",
        SourcesText = "Områdesgränser: Helsingfors stad, stadsmätningstjänster, distriktsindelning 2/2024 (CC BY 4.0). Postnummerområdenas namn: Statistikcentralen, Paavo (CC BY 4.0). Kommungränser: Lantmäteriverket, administrativ indelning 2023 (CC BY 4.0). Kommunernas indikatorer: THL, Sotkanet.fi (uttag 2013). Fördelning av postnummerområdenas data på delområden: Helsingforsregionens statistikdatabas Aluesarjat och Statistikcentralen, befolkning per delområde 1962–2010 (CC BY 4.0).",
        ApiLink = "Gränssnitt (OpenAPI)",
        AreasCount = "{0} områden",
        Loading = "Kartan laddas…",
        MapUnavailable = "Kartan kunde inte visas. Samma områden finns i tabellen.",
        TypePlural = new Dictionary<AreaType, string>
        {
            [AreaType.City] = "Kommuner",
            [AreaType.MajorDistrict] = "Stordistrikt",
            [AreaType.District] = "Grunddistrikt",
            [AreaType.SubDistrict] = "Delområden",
            [AreaType.PostalArea] = "Postnummerområden",
        },
        TypeSingular = new Dictionary<AreaType, string>
        {
            [AreaType.City] = "stad",
            [AreaType.MajorDistrict] = "stordistrikt",
            [AreaType.District] = "grunddistrikt",
            [AreaType.SubDistrict] = "delområde",
            [AreaType.PostalArea] = "postnummerområde",
        },
    };
}
