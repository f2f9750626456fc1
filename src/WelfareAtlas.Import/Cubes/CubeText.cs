namespace WelfareAtlas.Import.Cubes;

/// <summary>A label in the source's default language plus any translations it gives.</summary>
/// <param name="Default">The text in the source's default language (PX <c>LANGUAGE</c>; JSON-stat has only one).</param>
/// <param name="Translations">The text per language code (<c>fi</c>, <c>sv</c>, <c>en</c>, …), including the default language when the source names it; empty when the source declares no languages.</param>
public sealed record CubeText(string Default, IReadOnlyDictionary<string, string> Translations)
{
    /// <summary>A text with no translations.</summary>
    public static CubeText Of(string text) => new(text, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The text in <paramref name="language"/>, or <see cref="Default"/> when the source has no such translation.</summary>
    public string In(string language) => Translations.TryGetValue(language, out string? text) ? text : Default;

    /// <inheritdoc/>
    public override string ToString() => Default;
}
