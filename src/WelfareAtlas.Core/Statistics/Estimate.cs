namespace WelfareAtlas.Statistics;

/// <summary>A computed value with its 95 % and 99.8 % confidence intervals, on the multiplier's scale.</summary>
/// <param name="Value">The value, already multiplied (e.g. per 100 000).</param>
/// <param name="Ci95">The 95 % interval; <see langword="null"/> when the method gives none (e.g. a mean of one value).</param>
/// <param name="Ci998">The 99.8 % interval; <see langword="null"/> when the method gives none.</param>
/// <param name="Method">The interval method used for this value.</param>
public sealed record Estimate(double Value, Interval? Ci95, Interval? Ci998, IntervalMethod Method)
{
    /// <summary>The interval at <paramref name="level"/>, which must be 95 % or 99.8 %.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Another level: a bug in the caller.</exception>
    public Interval? IntervalAt(ConfidenceLevel level)
    {
        if (level == ConfidenceLevel.Percent95)
        {
            return Ci95;
        }

        if (level == ConfidenceLevel.Percent998)
        {
            return Ci998;
        }

        throw new ArgumentOutOfRangeException(nameof(level), level, "An estimate holds 95 % and 99.8 % intervals only.");
    }
}
