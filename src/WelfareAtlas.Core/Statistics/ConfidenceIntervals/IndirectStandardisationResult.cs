namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>An indirectly standardised ratio or rate with the counts it came from.</summary>
/// <param name="Observed">O: observed events.</param>
/// <param name="Expected">E: events expected at the reference population's band rates.</param>
/// <param name="ReferenceRate">For a rate, the reference population's crude rate × multiplier; <see langword="null"/> for a ratio.</param>
/// <param name="Estimate">The ratio or rate and its intervals.</param>
public sealed record IndirectStandardisationResult(double Observed, double Expected, double? ReferenceRate, Estimate Estimate);
