namespace WelfareAtlas.Localisation;

/// <summary>Converts <see cref="Language"/> to and from its ISO 639-1 code (<c>fi</c>, <c>sv</c>, <c>en</c>).</summary>
public static class LanguageCodes
{
    /// <summary>All languages, in the order the product lists them.</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.Finnish, Language.Swedish, Language.English];

    /// <summary>The two-letter code, lower case.</summary>
    public static string ToCode(this Language language) => language switch
    {
        Language.Finnish => "fi",
        Language.Swedish => "sv",
        Language.English => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a language of the product."),
    };

    /// <summary>Reads a two-letter code, ignoring case; <see langword="false"/> for anything else.</summary>
    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToUpperInvariant())
        {
            case "FI":
                language = Language.Finnish;
                return true;
            case "SV":
                language = Language.Swedish;
                return true;
            case "EN":
                language = Language.English;
                return true;
            default:
                language = default;
                return false;
        }
    }
}
