using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Core.Tests.Statistics.Forecasting;

public sealed class SeriesForecasterTests
{
    private static double Wiggle(int t, double amplitude) => amplitude * Math.Sin((t * 2.399963) + 0.5);

    [Fact]
    public void Forecast_ProportionFallingTowardsZero_StaysInsideZeroOne()
    {
        // A share falling from 20 % by 1.5 points a year would cross zero within a few years on a linear scale.
        double[] shares = [.. Enumerable.Range(0, 12).Select(t => 0.20 - (0.015 * t) + Wiggle(t, 0.002))];
        FittedForecast forecast = SeriesForecaster.Forecast(shares, ForecastScale.Proportion, 10)!;
        Assert.All(forecast.Points, p =>
        {
            Assert.InRange(p.Lower95, 0, 1);
            Assert.InRange(p.Upper95, 0, 1);
            Assert.InRange(p.Value, p.Lower80, p.Upper80);
        });
    }

    [Fact]
    public void Forecast_NonNegativeFalling_NeverBelowZero()
    {
        double[] rates = [.. Enumerable.Range(0, 10).Select(t => Math.Max(0, 30 - (4 * t) + Wiggle(t, 1)))];
        FittedForecast forecast = SeriesForecaster.Forecast(rates, ForecastScale.NonNegative, 8)!;
        Assert.All(forecast.Points, p => Assert.True(p.Lower95 >= 0 && p.Value >= 0));
    }

    [Fact]
    public void Forecast_ShortSeries_IsNull() =>
        Assert.Null(SeriesForecaster.Forecast([1.0, 2, 3, 4], ForecastScale.Unbounded, 3));

    [Fact]
    public void ForecastCounts_SmallCounts_IntervalsWidenForPoissonVariation()
    {
        // About 2 events a month in 1 000 young people: the observed rate next month may well be 0 or 5 per 1 000.
        double[] counts = [2, 1, 3, 2, 2, 1, 4, 2, 3, 2, 1, 2, 3, 2, 2, 3, 1, 2];
        double[] denominators = [.. counts.Select(_ => 1_000.0)];
        FittedForecast forecast = SeriesForecaster.ForecastCounts(counts, denominators, ForecastScale.NonNegative, 3)!;
        Assert.True(forecast.PoissonAware);
        ForecastPoint next = forecast.Points[0];
        Assert.Equal(0, next.Lower95);
        Assert.True(next.Upper95 >= 0.005, $"upper 95 % limit {next.Upper95} leaves out a month with 5 events");
        Assert.InRange(next.Value, 0.001, 0.004);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(2)]
    [InlineData(9.5)]
    [InlineData(140)]
    [InlineData(5_000)]
    [InlineData(250_000)]
    public void PoissonQuantile_IsTheSmallestCountReachingTheProbability(double mean)
    {
        // The definition, checked against Math.NET's distribution function at the quantile and one below it.
        MathNet.Numerics.Distributions.Poisson poisson = new(mean);
        foreach (double probability in (double[])[0.025, 0.1, 0.5, 0.9, 0.975])
        {
            int k = (int)SeriesForecaster.PoissonQuantile(mean, probability);
            Assert.True(poisson.CumulativeDistribution(k) >= probability - 1e-12, $"P(X ≤ {k}) < {probability} at mean {mean}");
            Assert.True(k == 0 || poisson.CumulativeDistribution(k - 1) < probability + 1e-12, $"{k - 1} already reaches {probability} at mean {mean}");
        }
    }
}
