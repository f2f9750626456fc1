using System.Runtime.CompilerServices;

namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>The Wilson score interval for a proportion x / n.</summary>
/// <remarks>
/// Wilson (1927), "Probable inference, the law of succession, and statistical inference", JASA 22:209-212;
/// as in PHEindicatormethods <c>wilson_lower</c>/<c>wilson_upper</c>:
/// limits = (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)), on the 0–1 scale.
/// Edge behaviour: x = 0 gives a lower limit of exactly 0 and x = n an upper limit of exactly 1; a confidence
/// level of 1 gives [0, 1]. Non-integer x is allowed. The caller checks 0 ≤ x ≤ n and n &gt; 0.
/// </remarks>
public static class WilsonScore
{
    /// <summary>The interval for <paramref name="numerator"/> / <paramref name="denominator"/> at <paramref name="level"/>, on the 0–1 scale.</summary>
    /// <param name="numerator">x, 0 ≤ x ≤ n.</param>
    /// <param name="denominator">n &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    public static Interval Compute(double numerator, double denominator, ConfidenceLevel level)
    {
        if (double.IsPositiveInfinity(level.Z))
        {
            return new Interval(0, 1);
        }

        Compute(numerator, denominator, level.Z, level.Z * level.Z, out double lower, out double upper);
        return new Interval(lower, upper);
    }

    /// <summary>
    /// Intervals for many proportions at one level, into caller-owned spans: the hot path for whole profiles.
    /// </summary>
    /// <param name="numerators">x per cell.</param>
    /// <param name="denominators">n per cell, the same length.</param>
    /// <param name="level">The confidence level (below 1).</param>
    /// <param name="lower">Receives the lower limits, the same length.</param>
    /// <param name="upper">Receives the upper limits, the same length.</param>
    /// <remarks>The inputs are not validated here: validate once on import, then compute in bulk.</remarks>
    public static void ComputeMany(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ConfidenceLevel level,
        Span<double> lower,
        Span<double> upper)
    {
        int count = numerators.Length;
        if (denominators.Length != count || lower.Length != count || upper.Length != count)
        {
            throw new ArgumentException("All spans must have the same length.", nameof(denominators));
        }

        double z = level.Z;
        double zSquared = z * z;
        for (int i = 0; i < count; i++)
        {
            Compute(numerators[i], denominators[i], z, zSquared, out lower[i], out upper[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Compute(double x, double n, double z, double zSquared, out double lower, out double upper)
    {
        double centre = (2 * x) + zSquared;
        double spread = z * Math.Sqrt(zSquared + (4 * x * (1 - (x / n))));
        double scale = 2 * (n + zSquared);
        lower = x == 0 ? 0 : (centre - spread) / scale;
        upper = x == n ? 1 : (centre + spread) / scale;
    }
}
