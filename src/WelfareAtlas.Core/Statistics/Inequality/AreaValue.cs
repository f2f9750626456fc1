namespace WelfareAtlas.Statistics.Inequality;

/// <summary>One area's value, for the gap between the areas of one type (<see cref="AreaGapCalculator"/>).</summary>
/// <param name="Value">The area's value.</param>
/// <param name="Ci95">Its 95 % confidence interval; <see langword="null"/> when the source gave the value without one.</param>
/// <param name="Population">The population behind it (the denominator), the area's weight in its fifth; <see langword="null"/> when unknown.</param>
public readonly record struct AreaValue(double Value, Interval? Ci95, double? Population);
