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
}
