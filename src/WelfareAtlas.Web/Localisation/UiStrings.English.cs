using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Web.Localisation;

internal sealed partial record UiStrings
{
    public static UiStrings English { get; } = new()
    {
        Language = Language.English,
        Profiles = ProfileTexts.English,
        Access = AccessTexts.English,
        Reports = ReportTexts.English,
        Metadata = MetadataTexts.English,
        ProductName = "Welfare Atlas",
        Tagline = "Regional welfare profiles",
        SkipToContent = "Skip to content",
        LanguageMenu = "Language",
        LanguageName = "English",
        HomeTitle = "Areas of Helsinki",
        HomeIntro = "Helsinki's statistical areas on a map and in a table. Choose a level and open an area's page from the map or the table.",
        AreaTypeChoice = "Area level",
        MapLabel = "Map: {0}",
        MapHint = "Click an area to open its page. The colours only tell areas apart (districts and sub-districts by major district) and say nothing about values. The areas on the map are also listed in the table.",
        TableCaption = "{0}: {1} areas",
        Name = "Name",
        NameFinnish = "In Finnish",
        NameSwedish = "In Swedish",
        NameEnglish = "In English",
        Code = "Code",
        AreaTypeLabel = "Area type",
        PartOf = "Part of",
        Contains = "Areas within",
        OverlapsWith = "Overlapping areas",
        OverlapShare = "Share of the area",
        OverlapNote = "Postal areas do not follow the district division. The share is the part of the postal area's surface that lies in the sub-district.",
        Boundary = "Boundary",
        BoundaryNone = "The city has no boundary of its own in this data; see the major districts.",
        BackToMap = "Back to the map",
        NotFoundTitle = "Area not found",
        NotFoundText = "There is no area with code {0}.",
        PageNotFoundTitle = "Page not found",
        PageNotFoundText = "There is no page at {0}.",
        ErrorTitle = "The page could not be shown",
        ErrorText = "An error in the Welfare Atlas kept the page from being shown. Try again in a moment. If it happens again, tell the atlas's administrators and give them the code {0}.",
        IndicatorNotFoundTitle = "Indicator not found",
        IndicatorNotFoundText = "There is no indicator with the id {0}.",
        ProfileNotFoundTitle = "Welfare profile not found",
        ProfileNotFoundText = "There is no welfare profile with the id {0}.",
        SourcesTitle = "Sources",
        SourcesText = "Boundaries: City of Helsinki, City Survey Services, district division 2/2024 (CC BY 4.0). Postal area names: Statistics Finland, Paavo (CC BY 4.0). Municipal boundaries: National Land Survey of Finland, division into administrative areas 2023 (CC BY 4.0). Municipal indicators: THL, Sotkanet.fi (extracted 2013). Apportioning postal-area data to sub-districts: Helsinki Region statistics database Aluesarjat and Statistics Finland, population by sub-district 1962–2010 (CC BY 4.0).",
        ApiLink = "API (OpenAPI)",
        AreasCount = "{0} areas",
        Loading = "Loading the map…",
        MapUnavailable = "The map could not be shown. The same areas are in the table.",
        TypePlural = new Dictionary<AreaType, string>
        {
            [AreaType.City] = "Municipalities",
            [AreaType.MajorDistrict] = "Major districts",
            [AreaType.District] = "Districts",
            [AreaType.SubDistrict] = "Sub-districts",
            [AreaType.PostalArea] = "Postal areas",
        },
        TypeSingular = new Dictionary<AreaType, string>
        {
            [AreaType.City] = "city",
            [AreaType.MajorDistrict] = "major district",
            [AreaType.District] = "district",
            [AreaType.SubDistrict] = "sub-district",
            [AreaType.PostalArea] = "postal area",
        },
    };
}
