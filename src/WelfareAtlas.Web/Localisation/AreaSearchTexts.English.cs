namespace WelfareAtlas.Web.Localisation;

internal sealed partial record AreaSearchTexts
{
    public static AreaSearchTexts English { get; } = new()
    {
        Label = "Find an area by its name or postal code",
        Button = "Search",
        Title = "Find an area",
        ResultsTitle = "Areas matching “{0}”",
        Empty = "Type an area's name (in Finnish, Swedish or English) or its code, such as a postal code.",
        NoMatch = "No area's name or code contains “{0}”.",
        Count = "{0} areas",
        CountOne = "1 area",
        CountCapped = "The first {0} of {1} areas; a longer search narrows them.",
        LevelColumn = "Area level",
    };
}
