namespace WelfareAtlas.Storage.Batches;

/// <summary>One problem with one row of a batch, kept with a partially imported batch.</summary>
/// <param name="Line">1-based line or sheet row; <see langword="null"/> for a whole-file problem or a cube cell.</param>
/// <param name="Location">The column name, cell (<c>Sheet1!C5</c>) or cube cell the problem is in; <see langword="null"/> when none.</param>
/// <param name="Code">The problem's stable code (<c>UNKNOWN_AREA</c>, <c>DUPLICATE_KEY</c>, …; docs/import/pipeline.md).</param>
/// <param name="Message">A sentence for a person.</param>
/// <param name="Value">The offending text, shortened; <see langword="null"/> when there is none.</param>
public sealed record RejectedRow(int? Line, string? Location, string Code, string Message, string? Value);
