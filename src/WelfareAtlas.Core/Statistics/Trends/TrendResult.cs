namespace WelfareAtlas.Statistics.Trends;

/// <summary>The outcome of a recent-trend test.</summary>
/// <param name="Direction">The trend.</param>
/// <param name="ChiSquare">The test statistic (1 degree of freedom); <see langword="null"/> when it could not be computed.</param>
/// <param name="Slope">The fitted slope per period unit: change in the proportion (0–1) for proportion series, in the value for value series; <see langword="null"/> when not computed.</param>
/// <param name="Reason">Why the trend cannot be calculated, or why a significant statistic was not reported as a trend; <see langword="null"/> otherwise.</param>
public sealed record TrendResult(TrendDirection Direction, double? ChiSquare, double? Slope, string? Reason = null);
