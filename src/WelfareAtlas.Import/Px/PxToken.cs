namespace WelfareAtlas.Import.Px;

/// <summary>One item of a PX keyword value.</summary>
/// <param name="Kind">What the item is.</param>
/// <param name="Text">The text without quotes.</param>
/// <param name="Offset">Character offset in the decoded file.</param>
internal readonly record struct PxToken(PxTokenKind Kind, string Text, int Offset);
