namespace WelfareAtlas.Web.Localisation;

internal sealed partial record AreaSearchTexts
{
    public static AreaSearchTexts Swedish { get; } = new()
    {
        Label = "Sök ett område med namn eller postnummer",
        Button = "Sök",
        Title = "Sök ett område",
        ResultsTitle = "Områden som matchar ”{0}”",
        Empty = "Skriv ett områdes namn (på finska, svenska eller engelska) eller dess kod, till exempel ett postnummer.",
        NoMatch = "Inget områdes namn eller kod innehåller ”{0}”.",
        Count = "{0} områden",
        CountOne = "1 område",
        CountCapped = "De första {0} av {1} områden; ett längre sökord avgränsar dem.",
        LevelColumn = "Områdesnivå",
    };
}
