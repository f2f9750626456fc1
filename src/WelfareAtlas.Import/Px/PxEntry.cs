namespace WelfareAtlas.Import.Px;

/// <summary>One <c>KEYWORD[lang]("subkey",…)=value;</c> statement of a PX file.</summary>
/// <param name="Keyword">The keyword in upper case.</param>
/// <param name="Language">The language subkey, or <see langword="null"/> for the default language.</param>
/// <param name="Subkeys">The quoted subkeys (variable name, value name), possibly empty.</param>
/// <param name="Items">The value items.</param>
/// <param name="Offset">Character offset of the keyword.</param>
internal sealed record PxEntry(string Keyword, string? Language, IReadOnlyList<string> Subkeys, IReadOnlyList<PxToken> Items, int Offset)
{
    private IReadOnlyList<string>? strings;

    /// <summary>The string items, in order.</summary>
    public IReadOnlyList<string> Strings => strings ??= [.. Items.Where(t => t.Kind == PxTokenKind.String).Select(t => t.Text)];

    /// <summary>The first item's text, quoted or not; empty when there are no items.</summary>
    public string FirstText => Items.Count > 0 ? Items[0].Text : string.Empty;
}
