using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            i = ComputeVectorised(numerators, denominators, z, zSquared, lower, upper);
        }

        for (; i < count; i++)
        {
            Compute(numerators[i], denominators[i], z, zSquared, out lower[i], out upper[i]);
        }
    }

    /// <summary>
    /// Four cells at a time with the same operations in the same order as <see cref="Compute(double, double, double, double, out double, out double)"/>,
    /// so the results are identical to the scalar ones. Returns how many cells were done.
    /// </summary>
    private static int ComputeVectorised(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        double z,
        double zSquared,
        Span<double> lower,
        Span<double> upper)
    {
        ref double x0 = ref MemoryMarshal.GetReference(numerators);
        ref double n0 = ref MemoryMarshal.GetReference(denominators);
        ref double lower0 = ref MemoryMarshal.GetReference(lower);
        ref double upper0 = ref MemoryMarshal.GetReference(upper);
        Vector256<double> zVector = Vector256.Create(z);
        Vector256<double> zSquaredVector = Vector256.Create(zSquared);
        Vector256<double> two = Vector256.Create(2.0);
        Vector256<double> four = Vector256.Create(4.0);
        Vector256<double> one = Vector256<double>.One;
        Vector256<double> zero = Vector256<double>.Zero;
        int last = numerators.Length - Vector256<double>.Count;
        int i = 0;
        for (; i <= last; i += Vector256<double>.Count)
        {
            nuint offset = (nuint)i;
            Vector256<double> x = Vector256.LoadUnsafe(ref x0, offset);
            Vector256<double> n = Vector256.LoadUnsafe(ref n0, offset);
            Vector256<double> centre = (two * x) + zSquaredVector;
            Vector256<double> spread = zVector * Vector256.Sqrt(zSquaredVector + (four * x * (one - (x / n))));
            Vector256<double> scale = two * (n + zSquaredVector);
            Vector256<double> low = Vector256.ConditionalSelect(Vector256.Equals(x, zero), zero, (centre - spread) / scale);
            Vector256<double> high = Vector256.ConditionalSelect(Vector256.Equals(x, n), one, (centre + spread) / scale);
            low.StoreUnsafe(ref lower0, offset);
            high.StoreUnsafe(ref upper0, offset);
        }

        return i;
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
