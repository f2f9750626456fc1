namespace WelfareAtlas.Statistics;

/// <summary>A confidence interval: lower ≤ upper, on the same scale (and multiplier) as its value.</summary>
/// <param name="Lower">The lower limit.</param>
/// <param name="Upper">The upper limit.</param>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>Whether <paramref name="value"/> lies within the limits, the limits included.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Whether this interval lies within <paramref name="other"/>, limits included.</summary>
    public bool IsWithin(Interval other) => Lower >= other.Lower && Upper <= other.Upper;

    /// <summary>This interval with both limits multiplied by <paramref name="factor"/> (factor &gt; 0).</summary>
    public Interval Scale(double factor) => new(Lower * factor, Upper * factor);
}
