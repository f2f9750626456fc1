namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>A mean with the summaries it came from.</summary>
/// <param name="Sum">The sum of the values.</param>
/// <param name="Count">The number of values.</param>
/// <param name="StandardDeviation">The sample standard deviation (divisor n − 1); NaN for a single value.</param>
/// <param name="Estimate">The mean and its Student's t intervals (none for a single value).</param>
public sealed record MeanEstimate(double Sum, int Count, double StandardDeviation, Estimate Estimate);
