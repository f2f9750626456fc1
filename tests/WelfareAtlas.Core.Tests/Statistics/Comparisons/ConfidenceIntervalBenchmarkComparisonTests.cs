using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Core.Tests.Statistics.Comparisons;

public sealed class ConfidenceIntervalBenchmarkComparisonTests
{
    private static readonly ConfidenceLevel P95 = ConfidenceLevel.Percent95;

    [Theory]
    [InlineData(0.40, Polarity.HigherIsBetter, Significance.Better)] // benchmark below the lower limit 0.5525
    [InlineData(0.40, Polarity.LowerIsBetter, Significance.Worse)]
    [InlineData(0.40, Polarity.NoJudgement, Significance.Higher)]
    [InlineData(0.80, Polarity.HigherIsBetter, Significance.Worse)] // benchmark above the upper limit 0.7364
    [InlineData(0.80, Polarity.LowerIsBetter, Significance.Better)]
    [InlineData(0.80, Polarity.NoJudgement, Significance.Lower)]
    [InlineData(0.60, Polarity.HigherIsBetter, Significance.Similar)]
    [InlineData(0.60, Polarity.NoJudgement, Significance.Similar)]
    public void Compare_BenchmarkAgainst65Of100_JudgesByPolarity(double benchmark, Polarity polarity, Significance expected)
    {
        // 65/100: Wilson 95 % interval 0.5525-0.7364 (byars_wilson.csv).
        Estimate area = Proportion.Compute(65, 100).GetValueOrThrow();

        BenchmarkComparison comparison = ConfidenceIntervalBenchmarkComparison.Compare(area, benchmark, polarity, P95);

        Assert.Equal(expected, comparison.Significance);
        Assert.Null(comparison.Reason);
    }

    [Fact]
    public void CompareBoth_DifferentAtTheTwoLevels_Reported()
    {
        // 0.52 is below the 95 % lower limit (0.5525) but inside the 99.8 % interval (0.4955-0.7784).
        Estimate area = Proportion.Compute(65, 100).GetValueOrThrow();

        (BenchmarkComparison at95, BenchmarkComparison at998) =
            ConfidenceIntervalBenchmarkComparison.CompareBoth(area, 0.52, Polarity.LowerIsBetter);

        Assert.Equal(Significance.Worse, at95.Significance);
        Assert.Equal(Significance.Similar, at998.Significance);
        Assert.Equal(ConfidenceLevel.Percent998, at998.Level);
    }

    [Fact]
    public void Compare_BenchmarkOnTheLimit_Similar()
    {
        var area = new Estimate(5, new Interval(4, 6), new Interval(3, 7), IntervalMethod.Wilson);

        Assert.Equal(Significance.Similar, ConfidenceIntervalBenchmarkComparison.Compare(area, 4.0, Polarity.HigherIsBetter, P95).Significance);
        Assert.Equal(Significance.Similar, ConfidenceIntervalBenchmarkComparison.Compare(area, 6.0, Polarity.HigherIsBetter, P95).Significance);
    }

    [Fact]
    public void Compare_NoAreaValue_NotComparedWithReason()
    {
        BenchmarkComparison comparison = ConfidenceIntervalBenchmarkComparison.Compare((Estimate?)null, 1.0, Polarity.HigherIsBetter, P95);

        Assert.Equal(Significance.NotCompared, comparison.Significance);
        Assert.Equal("the area has no value", comparison.Reason);
    }

    [Fact]
    public void Compare_NoIntervalAtLevel_NotComparedWithReason()
    {
        // A mean of one value has a value but no interval.
        var area = new Estimate(5, null, null, IntervalMethod.StudentT);

        BenchmarkComparison comparison = ConfidenceIntervalBenchmarkComparison.Compare(area, 1.0, Polarity.HigherIsBetter, ConfidenceLevel.Percent998);

        Assert.Equal(Significance.NotCompared, comparison.Significance);
        Assert.Equal("the area has no 99.8 % confidence interval", comparison.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(double.NaN)]
    public void Compare_NoBenchmark_NotComparedWithReason(double? benchmark)
    {
        Estimate area = Proportion.Compute(65, 100).GetValueOrThrow();

        BenchmarkComparison comparison = ConfidenceIntervalBenchmarkComparison.Compare(area, benchmark, Polarity.NoJudgement, P95);

        Assert.Equal(Significance.NotCompared, comparison.Significance);
        Assert.Equal("the benchmark has no value", comparison.Reason);
    }
}
