namespace WelfareAtlas.Localisation;

/// <summary>A text in Finnish, Swedish and English.</summary>
/// <param name="Fi">Finnish.</param>
/// <param name="Sv">Swedish; where the source has no Swedish form this is the Finnish one.</param>
/// <param name="En">English; place names without an English form keep their Finnish form, as the city's English pages do.</param>
public sealed record LocalisedText(string Fi, string Sv, string En)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(Language language) => language switch
    {
        Language.Finnish => Fi,
        Language.Swedish => Sv,
        Language.English => En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a language of the product."),
    };

    /// <summary>The same text in all three languages (a code, a proper name with one form).</summary>
    public static LocalisedText Same(string text) => new(text, text, text);
}
