using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Storage.Batches.Bulk;

/// <summary>One values entry of the mapping: where its numbers are, and what it is of when the entry says so itself.</summary>
/// <param name="Numerator">0-based column, or <see langword="null"/>.</param>
/// <param name="Denominator">0-based column, or <see langword="null"/>.</param>
/// <param name="Value">0-based column, or <see langword="null"/>.</param>
/// <param name="Lower">0-based column, or <see langword="null"/>.</param>
/// <param name="Upper">0-based column, or <see langword="null"/>.</param>
/// <param name="Min">The declared smallest valid value (or count), or <see langword="null"/>.</param>
/// <param name="Max">The declared largest valid value (or count), or <see langword="null"/>.</param>
/// <param name="Indicator">The entry's own catalogued indicator and measure; <see langword="null"/> takes the row's.</param>
/// <param name="Period">The entry's own period; <see langword="null"/> takes the row's.</param>
public sealed record BulkValues(
    int? Numerator,
    int? Denominator,
    int? Value,
    int? Lower,
    int? Upper,
    double? Min,
    double? Max,
    (IndicatorId Id, Measure Measure)? Indicator,
    Period? Period);
