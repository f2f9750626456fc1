namespace WelfareAtlas.Disclosure;

/// <summary>What a reader can work out about one hidden cell.</summary>
/// <param name="Cell">The hidden cell.</param>
/// <param name="Value">Its true count; <see langword="null"/> in a table protected for the public, which must not carry it.</param>
/// <param name="Range">The values it can take given every published cell, the relations and non-negativity.</param>
public sealed record CellRange(CellKey Cell, double? Value, ValueRange Range);
