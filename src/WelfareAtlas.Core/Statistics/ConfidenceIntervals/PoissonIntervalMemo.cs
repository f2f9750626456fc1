namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>
/// The Poisson intervals of event counts at 95 % and 99.8 % (<see cref="PoissonInterval.Compute"/>), with the exact
/// limits of fractional counts kept by count: one compute of an indicator meets the same fractional count many times.
/// </summary>
/// <remarks>
/// A fractional count below 10 (a count apportioned from postal areas by crosswalk shares) has exact limits that are
/// four gamma quantiles, each a Newton search; an area that lies in one postal area gets the share times that area's
/// count, so over its months and topics it takes a handful of values again and again. The limits are a pure function
/// of the count, so a kept one is the same double as a new one. Whole counts and counts from 10 are not kept: they
/// already cost a table lookup or Byars' formula. Not thread-safe: one per compute, on one thread.
/// </remarks>
internal sealed class PoissonIntervalMemo
{
    private readonly Dictionary<double, (Interval Ci95, Interval Ci998)> fractional = [];

    /// <summary>The intervals of <paramref name="observed"/> events on the event scale, as <see cref="PoissonInterval.Compute"/> gives them.</summary>
    /// <param name="observed">The event count, ≥ 0 and finite.</param>
    public (Interval Ci95, Interval Ci998) Of(double observed)
    {
        if (observed >= PoissonInterval.ExactBelow || observed == Math.Floor(observed))
        {
            return Both(observed);
        }

        if (!fractional.TryGetValue(observed, out (Interval Ci95, Interval Ci998) limits))
        {
            limits = Both(observed);
            fractional.Add(observed, limits);
        }

        return limits;
    }

    /// <summary>The intervals of <paramref name="observed"/> events at 95 % and 99.8 %, computed without keeping them.</summary>
    public static (Interval Ci95, Interval Ci998) Both(double observed) =>
        (PoissonInterval.Compute(observed, ConfidenceLevel.Percent95), PoissonInterval.Compute(observed, ConfidenceLevel.Percent998));
}
