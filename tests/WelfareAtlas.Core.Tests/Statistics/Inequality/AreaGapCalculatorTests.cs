using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Inequality;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.Core.Tests.Statistics.Inequality;

public sealed class AreaGapCalculatorTests
{
    // Each area's 95 % interval is its value ± 1.96 × 0.5: a standard error of 0.5.
    private static AreaValue Area(double value, double? population = null) =>
        new(value, new Interval(value - (1.96 * 0.5), value + (1.96 * 0.5)), population);

    [Fact]
    public void Compute_TenAreas_GapBetweenTheTwoHighestAndTheTwoLowest_WithItsInterval()
    {
        // Highest fifth {10, 9}: 9.5; lowest {1, 2}: 1.5. Each fifth's variance (0.25 + 0.25) / 2² = 0.125, the gap's 0.25.
        AreaGap gap = AreaGapCalculator.Compute([.. Enumerable.Range(1, 10).Select(v => Area(v))]).GetValueOrThrow();

        Assert.Equal(9.5, gap.Highest);
        Assert.Equal(1.5, gap.Lowest);
        Assert.Equal(8, gap.Gap);
        Assert.Equal(9.5 / 1.5, gap.Ratio!.Value, 15);
        Assert.Equal((2, 2, 10), (gap.HighestAreas, gap.LowestAreas, gap.Areas));
        Assert.Equal(8 - (1.96 * 0.5), gap.Gap95!.Value.Lower, 12);
        Assert.Equal(8 + (1.96 * 0.5), gap.Gap95!.Value.Upper, 12);
    }

    [Fact]
    public void Compute_WithPopulations_WeighsTheFifthsAndTheirVariance()
    {
        // Highest fifth: 10 with 100 people, 9 with 300: (1000 + 2700) / 400 = 9.25, variance (100² + 300²) × 0.25 / 400².
        AreaValue[] areas = [.. Enumerable.Range(1, 8).Select(v => Area(v, 50)), Area(9, 300), Area(10, 100)];

        AreaGap gap = AreaGapCalculator.Compute(areas).GetValueOrThrow();

        Assert.Equal(9.25, gap.Highest, 12);
        Assert.Equal(1.5, gap.Lowest, 12);
        double se = Math.Sqrt((((100.0 * 100) + (300.0 * 300)) * 0.25 / (400.0 * 400)) + (((50.0 * 50) + (50.0 * 50)) * 0.25 / (100.0 * 100)));
        Assert.Equal(7.75 + (1.96 * se), gap.Gap95!.Value.Upper, 12);
    }

    [Fact]
    public void Compute_APopulationMissing_WeighsEveryAreaTheSame()
    {
        AreaValue[] areas = [.. Enumerable.Range(1, 8).Select(v => Area(v, 50)), Area(9, null), Area(10, 100)];

        Assert.Equal(9.5, AreaGapCalculator.Compute(areas).GetValueOrThrow().Highest);
    }

    [Fact]
    public void Compute_AValueWithoutInterval_GivesTheGapWithoutOne()
    {
        AreaValue[] areas = [.. Enumerable.Range(1, 9).Select(v => Area(v)), new AreaValue(10, null, null)];

        AreaGap gap = AreaGapCalculator.Compute(areas).GetValueOrThrow();

        Assert.Equal(8, gap.Gap);
        Assert.Null(gap.Gap95);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(0)]
    public void Compute_FewerThanFiveAreas_SaysHowMany(int count)
    {
        StatisticResult<AreaGap> result = AreaGapCalculator.Compute([.. Enumerable.Range(1, count).Select(v => Area(v))]);

        Assert.False(result.IsSuccess);
        Assert.Equal(StatisticErrorKind.InsufficientData, result.Error.Kind);
        Assert.Contains($"only {count} areas", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_AllTied_IsNoGap_WithTheReason()
    {
        StatisticResult<AreaGap> result = AreaGapCalculator.Compute([.. Enumerable.Repeat(Area(3), 7)]);

        Assert.False(result.IsSuccess);
        Assert.Contains("tied", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_ANonNumber_IsInvalidInput()
    {
        StatisticResult<AreaGap> result = AreaGapCalculator.Compute([.. Enumerable.Range(1, 5).Select(v => Area(v)), new AreaValue(double.NaN, null, null)]);

        Assert.False(result.IsSuccess);
        Assert.Equal(StatisticErrorKind.InvalidInput, result.Error.Kind);
    }

    [Fact]
    public void Compute_LowestFifthAtZero_HasNoRatio()
    {
        AreaGap gap = AreaGapCalculator.Compute([.. new[] { 0.0, 0, 3, 4, 5, 6, 7, 8, 9, 10 }.Select(v => Area(v))]).GetValueOrThrow();

        Assert.Equal(0, gap.Lowest);
        Assert.Null(gap.Ratio);
    }

    [Fact]
    public void Trend_GapFallingSteadily_IsDecreasing_AndFlatIsNoChange()
    {
        static AreaGap Gap(double gap) => new(gap + 1, 1, gap, null, new Interval(gap - 0.2, gap + 0.2), 2, 2, 10);

        TrendResult narrowing = AreaGapCalculator.Trend([.. new[] { 10.0, 9, 8, 7, 6, 5 }.Select((gap, i) => ((double)2020 + i, Gap(gap)))]);
        TrendResult flat = AreaGapCalculator.Trend([.. Enumerable.Range(0, 5).Select(i => ((double)2020 + i, Gap(8 + (i % 2 * 0.05))))]);

        Assert.Equal(TrendDirection.Decreasing, narrowing.Direction);
        Assert.Equal(TrendDirection.NoSignificantChange, flat.Direction);
    }

    [Fact]
    public void Trend_UsesTheLastFivePeriods_InAnyOrder()
    {
        static AreaGap Gap(double gap) => new(gap + 1, 1, gap, null, new Interval(gap - 0.2, gap + 0.2), 2, 2, 10);

        // Widening over the last five years; the first year's high gap is not in the window.
        (double, AreaGap)[] series = [(2025, Gap(9)), (2019, Gap(20)), (2021, Gap(5)), (2023, Gap(7)), (2022, Gap(6)), (2024, Gap(8))];

        Assert.Equal(TrendDirection.Increasing, AreaGapCalculator.Trend(series).Direction);
    }

    [Fact]
    public void Trend_AGapWithoutInterval_OrTooFewPeriods_CannotBeCalculated_WithTheReason()
    {
        AreaGap withInterval = new(9, 1, 8, 9, new Interval(7, 9), 2, 2, 10);
        AreaGap without = withInterval with { Gap95 = null };

        TrendResult noInterval = AreaGapCalculator.Trend([.. Enumerable.Range(0, 5).Select(i => ((double)i, i == 2 ? without : withInterval))]);
        TrendResult short_ = AreaGapCalculator.Trend([(1, withInterval), (2, withInterval)]);

        Assert.Equal(TrendDirection.CannotBeCalculated, noInterval.Direction);
        Assert.Contains("no interval", noInterval.Reason, StringComparison.Ordinal);
        Assert.Equal(TrendDirection.CannotBeCalculated, short_.Direction);
        Assert.NotNull(short_.Reason);
    }

    [Fact]
    public void SameAreas_KeepsTheAreasWithAValueInEveryPeriod_InTheSameOrderInEach()
    {
        // "c" has no value in the second period and "e" none in the first: neither is compared; "a", "b" and "d" are,
        // in the first period's order, each with its own period's value.
        Dictionary<string, AreaValue> first = new() { ["a"] = Area(1), ["c"] = Area(3), ["b"] = Area(2), ["d"] = Area(4) };
        Dictionary<string, AreaValue> second = new() { ["d"] = Area(40), ["b"] = Area(20), ["a"] = Area(10), ["e"] = Area(50) };

        IReadOnlyList<IReadOnlyList<AreaValue>> same = AreaGapCalculator.SameAreas<string>([first, second]);

        Assert.Equal(2, same.Count);
        Assert.Equal([1.0, 2, 4], same[0].Select(area => area.Value));
        Assert.Equal([10.0, 20, 40], same[1].Select(area => area.Value));
        Assert.Empty(AreaGapCalculator.SameAreas<string>([]));
    }
}
