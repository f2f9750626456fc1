using WelfareAtlas.Areas;
using WelfareAtlas.Statistics.Comparisons;

namespace WelfareAtlas.ProfileCells;

/// <summary>
/// An area's value against a benchmark area's value, without judgement: Higher, Similar, Lower or Not compared
/// (with the reason) at 95 % and 99.8 %. A profile turns Higher/Lower into Better/Worse with its polarity
/// (<see cref="PolarityJudgement"/>).
/// </summary>
/// <param name="Benchmark">The benchmark area (the city, or the parent); <see langword="null"/> when there is none (the city against itself).</param>
/// <param name="BenchmarkValue">The benchmark's value, on the indicator's scale; <see langword="null"/> when it has none.</param>
/// <param name="At95">The comparison at 95 %.</param>
/// <param name="At998">The comparison at 99.8 %.</param>
/// <param name="Reason">Why the values were not compared; <see langword="null"/> when they were.</param>
public sealed record CellComparison(AreaCode? Benchmark, double? BenchmarkValue, Significance At95, Significance At998, string? Reason)
{
    /// <summary>No comparison, for the reason given.</summary>
    public static CellComparison NotCompared(AreaCode? benchmark, double? benchmarkValue, string reason) =>
        new(benchmark, benchmarkValue, Significance.NotCompared, Significance.NotCompared, reason);
}
