namespace WelfareAtlas.Web.Api;

/// <summary>A row of a partial batch that was not imported, with the reason.</summary>
/// <param name="Line">1-based line or sheet row; null for a whole-file problem or a cube cell.</param>
/// <param name="Location">The column name, cell or cube cell; null when none.</param>
/// <param name="Code">The problem's stable code (docs/import/pipeline.md).</param>
/// <param name="Message">A sentence in English.</param>
/// <param name="Value">The offending text, shortened; null when there is none.</param>
public sealed record RejectedRowResponse(int? Line, string? Location, string Code, string Message, string? Value);
