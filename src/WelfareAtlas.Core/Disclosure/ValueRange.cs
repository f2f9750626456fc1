namespace WelfareAtlas.Disclosure;

/// <summary>The values a hidden count can take: every value between the limits is consistent with what is published.</summary>
/// <param name="Minimum">The smallest feasible value, ≥ 0.</param>
/// <param name="Maximum">The largest feasible value; <see cref="double.PositiveInfinity"/> when unbounded.</param>
public readonly record struct ValueRange(double Minimum, double Maximum)
{
    /// <summary>Maximum − minimum; infinite when unbounded.</summary>
    public double Width => Maximum - Minimum;
}
