namespace WelfareAtlas.Import.Cubes;

/// <summary>The unit of a metric category (JSON-stat <c>category.unit</c>, PX <c>UNITS</c> per content value).</summary>
/// <param name="Label">The unit's name, e.g. "persons" or "euro"; <see langword="null"/> when not given.</param>
/// <param name="Decimals">Number of decimals the source publishes; <see langword="null"/> when not given.</param>
/// <param name="Symbol">A currency or percent sign; <see langword="null"/> when none.</param>
/// <param name="Multiplier">Power of ten the values are scaled by (3 = thousands); 0 when none.</param>
public sealed record CubeUnit(string? Label, int? Decimals, string? Symbol, int Multiplier);
