using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Statistics.Funnels;

/// <summary>Funnel significance of an observed count against a reference, from the count's Poisson interval.</summary>
/// <remarks>
/// PHEindicatormethods <c>funnel_ratio_significance</c>: the limits are the Poisson limits of the observed count
/// (exact below 10 events, Byars from 10) divided by the denominator; the point is high when the reference is
/// below the lower limit and low when it is above the upper one, tested at 99.8 % before 95 %.
/// </remarks>
internal static class PoissonSignificance
{
    public static FunnelSignificance Assess(double observed, double denominator, double reference)
    {
        Interval at998 = PoissonInterval.Compute(observed, ConfidenceLevel.Percent998).Scale(1 / denominator);
        Interval at95 = PoissonInterval.Compute(observed, ConfidenceLevel.Percent95).Scale(1 / denominator);
        // A NaN denominator (a DSR with no events) fails every comparison: not significant, as in the reference.
        if (reference < at998.Lower)
        {
            return FunnelSignificance.HighAt998;
        }

        if (reference < at95.Lower)
        {
            return FunnelSignificance.HighAt95;
        }

        if (reference > at998.Upper)
        {
            return FunnelSignificance.LowAt998;
        }

        return reference > at95.Upper ? FunnelSignificance.LowAt95 : FunnelSignificance.NotSignificant;
    }
}
