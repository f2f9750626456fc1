using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Observations;

/// <summary>
/// One number of one indicator for one area, period and breakdown, as delivered: a numerator and
/// denominator from which the product computes the value and interval, or a value with the limits the
/// source gave.
/// </summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area.</param>
/// <param name="Period">The period.</param>
/// <param name="Breakdown">The part of the population.</param>
/// <param name="Numerator">Events or people counted; <see langword="null"/> when the source gives a value instead, or none.</param>
/// <param name="Denominator">The population at risk; <see langword="null"/> when not applicable.</param>
/// <param name="Value">A value given by the source (a mean, a given rate); <see langword="null"/> when computed from the counts.</param>
/// <param name="Lower">The source's lower limit for <paramref name="Value"/>, if it gives one.</param>
/// <param name="Upper">The source's upper limit for <paramref name="Value"/>, if it gives one.</param>
/// <param name="Status">Whether there is a number at all; a suppressed or missing observation has no counts or value.</param>
/// <param name="SourceSymbol">
/// The source's own marker for a suppressed or missing number (<c>-1</c>, <c>.</c>, <c>..</c>), or the status it gives
/// beside an available number (a JSON-stat estimate <c>e</c>), kept for traceability; <see langword="null"/> when none.
/// </param>
public sealed record Observation(
    IndicatorId Indicator,
    AreaCode Area,
    Period Period,
    Breakdown Breakdown,
    double? Numerator,
    double? Denominator,
    double? Value = null,
    double? Lower = null,
    double? Upper = null,
    ObservationStatus Status = ObservationStatus.Available,
    string? SourceSymbol = null);
