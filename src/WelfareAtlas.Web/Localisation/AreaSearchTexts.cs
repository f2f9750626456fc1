namespace WelfareAtlas.Web.Localisation;

/// <summary>
/// The texts of the area search (the home page's form and <c>/{lang}/areas?q=</c>) in one language. Each property is
/// <c>required</c>, so a language that lacks a text does not compile. Texts with <c>{0}</c> are composite formats.
/// </summary>
internal sealed partial record AreaSearchTexts
{
    /// <summary>The search field's label.</summary>
    public required string Label { get; init; }

    public required string Button { get; init; }

    /// <summary>The results page's heading without a search.</summary>
    public required string Title { get; init; }

    /// <summary>{0} what was searched for.</summary>
    public required string ResultsTitle { get; init; }

    /// <summary>Asks for a name or code when the search was empty.</summary>
    public required string Empty { get; init; }

    /// <summary>{0} what was searched for.</summary>
    public required string NoMatch { get; init; }

    /// <summary>{0} how many areas are listed.</summary>
    public required string Count { get; init; }

    /// <summary><see cref="Count"/> when one area was found.</summary>
    public required string CountOne { get; init; }

    /// <summary>{0} how many are listed, {1} how many match.</summary>
    public required string CountCapped { get; init; }

    public required string LevelColumn { get; init; }

    /// <summary>The texts in <paramref name="language"/>.</summary>
    public static AreaSearchTexts For(WelfareAtlas.Localisation.Language language) => language switch
    {
        WelfareAtlas.Localisation.Language.Finnish => Finnish,
        WelfareAtlas.Localisation.Language.Swedish => Swedish,
        _ => English,
    };
}
