namespace WelfareAtlas.Web.Localisation;

internal sealed partial record CatalogueTexts
{
    public static CatalogueTexts English { get; } = new()
    {
        Intro = "Every indicator of the atlas: its themes, whom it concerns, at which area levels and for which periods it has data, and where it comes from. Narrow the list, then open an indicator for its map, chart and trend.",
        Search = "Name or definition contains",
        Theme = "Theme",
        AllThemes = "All themes",
        TargetGroup = "Target group",
        AllTargetGroups = "All target groups",
        AreaLevel = "Has data by",
        AllAreaLevels = "Any area level",
        Profile = "Welfare profile",
        AllProfiles = "All profiles",
        Clear = "Clear the choices",
        Count = "{0} of {1} indicators",
        NoMatch = "No indicator matches these choices.",
        UnknownChoice = "{0}: “{1}” is not one of the choices, so the list is not narrowed by it.",
        Caption = "Indicators of the atlas",
        IndicatorColumn = "Indicator",
        ThemesColumn = "Themes",
        TargetGroupsColumn = "Concerns",
        AreaLevelsColumn = "Area levels",
        PeriodsColumn = "Periods",
        SourceColumn = "Source",
        ProfilesColumn = "In profiles",
        NoDataYet = "No data yet",
        AllIndicators = "All {0} indicators, with their themes, area levels, periods and sources",
    };
}
