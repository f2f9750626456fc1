using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Mapping;

/// <summary>Where one values entry of a mapping reads its numbers, and its own indicator, period and range.</summary>
/// <param name="Numerator">0-based column of the numerator; <see langword="null"/> when the entry has none.</param>
/// <param name="Denominator">0-based column of the denominator, or <see langword="null"/>.</param>
/// <param name="Value">0-based column of the given value, or <see langword="null"/>.</param>
/// <param name="Lower">0-based column of the lower limit, or <see langword="null"/>.</param>
/// <param name="Upper">0-based column of the upper limit, or <see langword="null"/>.</param>
/// <param name="Min">The declared smallest valid value (or count), or <see langword="null"/>.</param>
/// <param name="Max">The declared largest valid value (or count), or <see langword="null"/>.</param>
/// <param name="Indicator">The entry's own indicator text; <see langword="null"/> takes the row's indicator.</param>
/// <param name="Period">The entry's own period; <see langword="null"/> takes the row's period.</param>
public sealed record MappingValueColumns(int? Numerator, int? Denominator, int? Value, int? Lower, int? Upper, double? Min, double? Max, string? Indicator, Period? Period);
