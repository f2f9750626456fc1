namespace WelfareAtlas.Statistics.Comparisons;

/// <summary>The comparison of an area with a benchmark at one confidence level.</summary>
/// <param name="Significance">The outcome.</param>
/// <param name="Level">The confidence level of the interval used.</param>
/// <param name="Reason">Why the area was not compared; <see langword="null"/> when it was.</param>
public sealed record BenchmarkComparison(Significance Significance, ConfidenceLevel Level, string? Reason = null);
