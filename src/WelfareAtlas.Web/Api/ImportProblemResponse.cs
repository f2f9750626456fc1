namespace WelfareAtlas.Web.Api;

/// <summary>One problem of an upload's validation report.</summary>
/// <param name="Code">Stable code (docs/import/pipeline.md).</param>
/// <param name="Message">A sentence in English.</param>
/// <param name="File">The file (the upload's name, or the mapping's).</param>
/// <param name="Line">1-based line or sheet row; null for a whole-file problem or a cube cell.</param>
/// <param name="Column">1-based field number; null when unknown.</param>
/// <param name="Location">Column name, cell or cube cell.</param>
/// <param name="Value">The offending text, shortened.</param>
public sealed record ImportProblemResponse(string Code, string Message, string File, int? Line, int? Column, string? Location, string? Value);
