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

    // The exact limits of the whole counts 0-9 at the two levels profiles use, computed once: each is a gamma
    // quantile, and a compute run asks for hundreds of thousands of them (small-area counts are mostly small).
    private static readonly Lazy<ExactPoissonTable> Table95 = new(() => new ExactPoissonTable(ConfidenceLevel.Percent95));
    private static readonly Lazy<ExactPoissonTable> Table998 = new(() => new ExactPoissonTable(ConfidenceLevel.Percent998));

    /// <summary>The interval on the event scale.</summary>
    /// <param name="observed">The event count, ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    public static Interval Compute(double observed, ConfidenceLevel level)
    {
        if (observed >= ExactBelow)
        {
            return new Interval(Byars.LowerUnchecked(observed, level.Z), Byars.UpperUnchecked(observed, level.Z));
        }

        if (observed >= 0 && observed == Math.Floor(observed) && (level == ConfidenceLevel.Percent95 || level == ConfidenceLevel.Percent998))
        {
            ExactPoissonTable table = level == ConfidenceLevel.Percent95 ? Table95.Value : Table998.Value;
            int events = (int)observed;
            return new Interval(table.Lower[events], table.Upper[events]);
        }

        return new Interval(ExactPoisson.Lower(observed, level), ExactPoisson.Upper(observed, level));
    }
}
