using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Statistics.Inequality;

namespace WelfareAtlas.Core.Tests.Statistics.Inequality;

public sealed class QuintileGapCalculatorTests
{
    // Ten areas, two per quintile: top quintile {10, 9} mean 9.5, bottom {1, 2} mean 1.5.
    private static readonly double[] Values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Fact]
    public void Compute_HigherIsBetter_BestIsTopQuintile()
    {
        QuintileGap gap = QuintileGapCalculator.Compute(Values, Polarity.HigherIsBetter).GetValueOrThrow();

        Assert.Equal(9.5, gap.BestValue);
        Assert.Equal(1.5, gap.WorstValue);
        Assert.Equal(-8, gap.Gap);
        Assert.Equal(1.5 / 9.5, gap.Ratio!.Value, 15);
        Assert.Equal(2, gap.BestAreas);
    }

    [Fact]
    public void Compute_LowerIsBetter_BestIsBottomQuintile()
    {
        QuintileGap gap = QuintileGapCalculator.Compute(Values, Polarity.LowerIsBetter).GetValueOrThrow();

        Assert.Equal(1.5, gap.BestValue);
        Assert.Equal(9.5, gap.WorstValue);
        Assert.Equal(8, gap.Gap);
        Assert.Equal(9.5 / 1.5, gap.Ratio!.Value, 15);
    }

    [Fact]
    public void Compute_WithPopulations_WeightsTheQuintileMean()
    {
        // Bottom quintile: 1 with 3000 people and 2 with 1000: (3000 + 2000) / 4000 = 1.25.
        double[] populations = [3000, 1000, 1, 1, 1, 1, 1, 1, 1000, 1000];

        QuintileGap gap = QuintileGapCalculator.Compute(Values, Polarity.LowerIsBetter, populations).GetValueOrThrow();

        Assert.Equal(1.25, gap.BestValue);
        Assert.Equal(9.5, gap.WorstValue);
    }

    [Fact]
    public void Compute_FourAreas_InsufficientData()
    {
        StatisticResult<QuintileGap> result = QuintileGapCalculator.Compute([1, 2, 3, double.NaN, 4], Polarity.LowerIsBetter);

        Assert.Equal(StatisticErrorKind.InsufficientData, result.Error!.Kind);
    }

    [Fact]
    public void Compute_NoPolarity_InvalidArgument()
    {
        StatisticResult<QuintileGap> result = QuintileGapCalculator.Compute(Values, Polarity.NoJudgement);

        Assert.Equal(StatisticErrorKind.InvalidArgument, result.Error!.Kind);
    }
}
