namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>A count of events with its Poisson intervals: exact below 10 events, Byars from 10.</summary>
/// <remarks>
/// The count's own limits (see <see cref="PoissonInterval"/>), e.g. for a number of deaths or admissions shown as
/// a count. Same checks as a rate: the count must be ≥ 0 and finite; NaN gives <see cref="StatisticErrorKind.MissingValue"/>.
/// </remarks>
public static class EventCount
{
    /// <summary>Computes the count's intervals at 95 % and 99.8 %.</summary>
    /// <param name="observed">The number of events, ≥ 0 (need not be an integer, e.g. a weighted count).</param>
    public static StatisticResult<Estimate> Compute(double observed) => CrudeRate.Compute(observed, 1, 1);

    /// <summary>As <see cref="Compute(double)"/>, with the event-scale limits from <paramref name="memo"/> when given.</summary>
    internal static StatisticResult<Estimate> Compute(double observed, PoissonIntervalMemo? memo) => CrudeRate.Compute(observed, 1, 1, memo);
}
