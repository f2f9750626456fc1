namespace WelfareAtlas.Statistics.Quantiles;

/// <summary>Quantile groups of a set of areas (quintiles, deciles, any n).</summary>
/// <param name="Quantiles">The quantile of each input value, in input order, 1 to n; <see langword="null"/> for a missing value, or for every value when there were too few.</param>
/// <param name="QuantileCount">n.</param>
/// <param name="Inverted">Whether quantile 1 holds the highest values.</param>
/// <param name="Warning">Why no quantiles were assigned (fewer non-missing values than n); <see langword="null"/> otherwise.</param>
public sealed record QuantileAssignment(IReadOnlyList<int?> Quantiles, int QuantileCount, bool Inverted, string? Warning);
