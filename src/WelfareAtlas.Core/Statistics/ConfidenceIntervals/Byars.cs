namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>Byars' approximation to the exact Poisson confidence limits of an event count.</summary>
/// <remarks>
/// Breslow &amp; Day (1987), Statistical Methods in Cancer Research vol. II, IARC, p. 69; as in
/// PHEindicatormethods <c>byars_lower</c>/<c>byars_upper</c>, on the event scale:
/// lower = x(1 − 1/(9x) − z/(3√x))³, upper = (x+1)(1 − 1/(9(x+1)) + z/(3√(x+1)))³.
/// Edge behaviour: the lower limit has no value (<see langword="null"/>) when the formula is negative or
/// undefined, e.g. x = 1 at 99.8 % or x = 0. Used from 10 events; below that the exact method applies.
/// </remarks>
public static class Byars
{
    /// <summary>The lower limit on the event scale; <see langword="null"/> when the approximation is negative or undefined.</summary>
    /// <param name="observed">The event count, ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    public static double? Lower(double observed, ConfidenceLevel level)
    {
        double lower = LowerUnchecked(observed, level.Z);
        return double.IsNaN(lower) || lower < 0 ? null : lower;
    }

    /// <summary>The upper limit on the event scale.</summary>
    /// <param name="observed">The event count, ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    public static double Upper(double observed, ConfidenceLevel level) => UpperUnchecked(observed, level.Z);

    internal static double LowerUnchecked(double x, double z)
    {
        double cubeRoot = 1 - (1 / (9 * x)) - (z / (3 * Math.Sqrt(x)));
        return x * cubeRoot * cubeRoot * cubeRoot;
    }

    internal static double UpperUnchecked(double x, double z)
    {
        double next = x + 1;
        double cubeRoot = 1 - (1 / (9 * next)) + (z / (3 * Math.Sqrt(next)));
        return next * cubeRoot * cubeRoot * cubeRoot;
    }
}
