namespace WelfareAtlas.Disclosure;

/// <summary>One cell as the audit sees it.</summary>
/// <param name="Key">The cell.</param>
/// <param name="Value">The true count; <see langword="null"/> only for a hidden cell the source never gave.</param>
/// <param name="Hidden">Whether the public does not see the count.</param>
public sealed record AuditCell(CellKey Key, double? Value, bool Hidden);
