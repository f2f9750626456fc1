using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Core.Tests.Statistics.Forecasting;

public sealed class RollingOriginBacktestTests
{
    private static double Wiggle(int t, double amplitude) => amplitude * Math.Sin((t * 2.399963) + 0.5);

    [Fact]
    public void Run_SeasonalSeries_BeatsTheNaiveForecast()
    {
        double[] series = [.. Enumerable.Range(0, 60).Select(t => 40 + (10 * Math.Cos(2 * Math.PI * ((t % 12) - 6) / 12)) + Wiggle(t, 0.8))];
        BacktestResult result = RollingOriginBacktest.Run(series, ForecastScale.NonNegative, 3, 12, minimumTraining: 48)!;
        Assert.Equal(12, result.Origins);
        Assert.True(result.BeatsNaive, $"MASE {result.Mase} vs naive {result.NaiveMase} / seasonal naive {result.SeasonalNaiveMase}");
        Assert.True(result.Mase < result.NaiveMase / 2);
        Assert.InRange(result.Coverage95, 0, 1);
    }

    [Fact]
    public void Run_CountsOrigins_AndForecastsInsideTheSeries()
    {
        double[] series = [.. Enumerable.Range(0, 12).Select(t => 10 + Wiggle(t, 1))];

        // Origins 5…11; from origin t, steps 1–2 exist while t + step ≤ 12: 6 × 2 + 1 forecasts.
        BacktestResult result = RollingOriginBacktest.Run(series, ForecastScale.Unbounded, 2)!;
        Assert.Equal(7, result.Origins);
        Assert.Equal(13, result.Forecasts);
    }

    [Fact]
    public void Run_TooShort_IsNull() =>
        Assert.Null(RollingOriginBacktest.Run([1.0, 2, 3, 4, 5], ForecastScale.Unbounded, 1));

    [Theory]
    [InlineData(5, 12, null, new[] { 5, 6, 7, 8, 9, 10, 11 })] // every origin
    [InlineData(5, 12, 10, new[] { 5, 6, 7, 8, 9, 10, 11 })] // fewer than the cap: every origin
    [InlineData(24, 60, 4, new[] { 32, 41, 50, 59 })] // 36 possible, 4 spread out: 59 − ⌊i·36/4⌋ for i = 3, 2, 1, 0
    [InlineData(5, 10, 1, new[] { 9 })] // one: the last
    [InlineData(8, 8, 3, new int[0])] // no origin leaves a point to score
    public void Origins_SpreadEvenlyAndEndAtTheLast(int start, int count, int? maximum, int[] expected)
    {
        Assert.Equal(expected, RollingOriginBacktest.Origins(start, count, maximum));
    }

    [Fact]
    public void Run_MaximumOrigins_ScoresOnlyThose()
    {
        double[] series = [.. Enumerable.Range(0, 30).Select(t => 10 + Wiggle(t, 1))];
        BacktestResult result = RollingOriginBacktest.Run(series, ForecastScale.Unbounded, 1, maximumOrigins: 4)!;
        Assert.Equal(4, result.Origins);
        Assert.Equal(4, result.Forecasts);
    }

    [Fact]
    public void RunCounts_ScoresRatesWithPoissonAwareIntervals()
    {
        // Two events a month in 1 000: the rate intervals must hold about 95 % of what is observed, not the far
        // fewer that the rate's own (too narrow, Gaussian) interval would.
        int[] pattern = [2, 1, 3, 2, 2, 1, 4, 2, 3, 2, 1, 2, 0, 3, 2, 5, 1, 2];
        double[] counts = [.. Enumerable.Range(0, 36).Select(t => (double)pattern[t % pattern.Length])];
        double[] denominators = [.. counts.Select(_ => 1_000.0)];

        BacktestResult result = RollingOriginBacktest.RunCounts(counts, denominators, ForecastScale.NonNegative, 1)!;

        Assert.Equal(31, result.Origins);
        Assert.True(result.Coverage95 >= 0.9, $"95 % coverage {result.Coverage95}");
        Assert.Throws<ArgumentException>(() => RollingOriginBacktest.RunCounts(counts, [1.0], ForecastScale.NonNegative, 1));
    }
}
