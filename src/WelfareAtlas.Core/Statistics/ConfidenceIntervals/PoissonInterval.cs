namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>The confidence interval of a Poisson event count: exact below 10 events, Byars from 10.</summary>
/// <remarks>
/// The switch follows PHEindicatormethods (<c>phe_rate</c>, <c>calculate_ISRatio</c>, <c>calculate_ISRate</c>):
/// Byars' approximation is within about 1 % of the exact limits from 10 events.
/// </remarks>
public static class PoissonInterval
{
    /// <summary>Counts below this use the exact method; from it, Byars.</summary>
    public const double ExactBelow = 10;

    /// <summary>The method used for <paramref name="observed"/> events.</summary>
    public static IntervalMethod MethodFor(double observed) =>
        observed < ExactBelow ? IntervalMethod.ExactPoisson : IntervalMethod.Byars;

    /// <summary>The interval on the event scale.</summary>
    /// <param name="observed">The event count, ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    public static Interval Compute(double observed, ConfidenceLevel level) =>
        observed < ExactBelow
            ? new Interval(ExactPoisson.Lower(observed, level), ExactPoisson.Upper(observed, level))
            : new Interval(Byars.LowerUnchecked(observed, level.Z), Byars.UpperUnchecked(observed, level.Z));
}
