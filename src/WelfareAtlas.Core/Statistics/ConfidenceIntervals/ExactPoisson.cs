namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>Exact (chi-square) Poisson confidence limits of an event count.</summary>
/// <remarks>
/// Garwood (1936), Biometrika 28:437-442; as in PHEindicatormethods <c>phe_rate</c> for x &lt; 10:
/// lower = qchisq((1−c)/2, 2x) / 2 and upper = qchisq(c + (1−c)/2, 2x + 2) / 2, on the event scale.
/// Edge behaviour: x = 0 gives lower 0 and upper −ln((1−c)/2) (3.6889 events at 95 %).
/// </remarks>
public static class ExactPoisson
{
    /// <summary>The lower limit on the event scale (0 for no events).</summary>
    /// <param name="observed">The event count, ≥ 0 (need not be an integer).</param>
    /// <param name="level">The confidence level.</param>
    public static double Lower(double observed, ConfidenceLevel level) =>
        GammaQuantile.Inverse(observed, level.LowerTailProbability);

    /// <summary>The upper limit on the event scale.</summary>
    /// <param name="observed">The event count, ≥ 0 (need not be an integer).</param>
    /// <param name="level">The confidence level.</param>
    public static double Upper(double observed, ConfidenceLevel level) =>
        observed == 0
            ? -Math.Log(level.LowerTailProbability)
            : GammaQuantile.Inverse(observed + 1, level.UpperTailProbability);
}
