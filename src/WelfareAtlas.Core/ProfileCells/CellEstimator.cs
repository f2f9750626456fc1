using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.ProfileCells;

/// <summary>Turns one observation into a value with its intervals, by the indicator's measure.</summary>
/// <remarks>
/// Proportions: Wilson score. Crude rates: exact Poisson below 10 events, Byars from 10. Counts: the count's own
/// Poisson interval. Means, standardised rates and ratios and plain values: the value and the limits the source
/// gave (both levels get the source's limits only when it gave them; otherwise no interval), because their
/// inputs (individual values, age-specific counts) are not part of an observation. A suppressed or missing
/// observation, or counts that fail the method's checks, give no value and the reason.
/// </remarks>
public static class CellEstimator
{
    /// <summary>The estimate, or the reason there is none.</summary>
    public static StatisticResult<Estimate> Estimate(Observation observation, IndicatorMethod method) =>
        Estimate(observation, method, memo: null);

    /// <summary>
    /// As <see cref="Estimate(Observation, IndicatorMethod)"/>, with the Poisson limits of rates and counts kept in
    /// <paramref name="memo"/> (one per compute of an indicator: the same fractional counts recur).
    /// </summary>
    internal static StatisticResult<Estimate> Estimate(Observation observation, IndicatorMethod method, PoissonIntervalMemo? memo)
    {
        switch (observation.Status)
        {
            case ObservationStatus.SuppressedBySource:
                return StatisticResult<Estimate>.Failure(StatisticError.Suppressed(
                    $"suppressed by the source{(observation.SourceSymbol is null ? string.Empty : $" (marked '{observation.SourceSymbol}')")}"));
            case ObservationStatus.Missing:
                return StatisticResult<Estimate>.Failure(StatisticError.MissingValue("the source has no value"));
        }

        switch (method.Measure)
        {
            case Measure.Proportion or Measure.CrudeRate or Measure.Count when observation.Numerator is not { } numerator:
                return StatisticResult<Estimate>.Failure(StatisticError.MissingValue("the observation has no numerator"));
            case Measure.Proportion when observation.Denominator is { } denominator:
                return Proportion.Compute(observation.Numerator!.Value, denominator, method.Multiplier);
            case Measure.CrudeRate when observation.Denominator is { } denominator:
                return CrudeRate.Compute(observation.Numerator!.Value, denominator, method.Multiplier, memo);
            case Measure.Proportion or Measure.CrudeRate:
                return StatisticResult<Estimate>.Failure(StatisticError.MissingValue("the observation has no denominator"));
            case Measure.Count:
                return EventCount.Compute(observation.Numerator!.Value, memo);
            default:
                return Given(observation);
        }
    }

    private static StatisticResult<Estimate> Given(Observation observation)
    {
        if (observation.Value is not { } value)
        {
            return StatisticResult<Estimate>.Failure(StatisticError.MissingValue("the observation has no value"));
        }

        if (observation.Lower is { } lower && observation.Upper is { } upper)
        {
            Interval given = new(lower, upper);
            return StatisticResult<Estimate>.Success(new Estimate(value, given, given, IntervalMethod.SourceGiven));
        }

        return StatisticResult<Estimate>.Success(new Estimate(value, null, null, IntervalMethod.None));
    }
}
