using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Core.Tests.Statistics.Forecasting;

public sealed class ExponentialSmoothingTests
{
    /// <summary>A deterministic, zero-mean wiggle in [−amplitude, amplitude]: noise without a random generator.</summary>
    private static double Wiggle(int t, double amplitude) => amplitude * Math.Sin((t * 2.399963) + 0.5);

    private static double[] Series(int length, Func<int, double> value) => [.. Enumerable.Range(0, length).Select(value)];

    private static SmoothingFit Fixed(SmoothingModel model, double alpha, double beta, double gamma, double phi, double variance, int seasonLength = 1) =>
        new(model, seasonLength, new SmoothingParameters(alpha, beta, gamma, phi, 0, 0, []), 10, 1, seasonLength > 1 ? new double[seasonLength] : [], variance, 0, 3, 20);

    [Fact]
    public void Run_Simple_IsTheTextbookRecursion()
    {
        // ℓ₀ = 10, α = 0.3 on 12, 9, 11: ℓ₁ = 10.6, ℓ₂ = 10.12, ℓ₃ = 10.384; errors 2, −1.6, 0.88.
        double[] series = [12, 9, 11];
        SmoothingParameters parameters = new(0.3, 0, 0, 1, 10, 0, []);
        (double sse, double level, double trend, double[] season) = ExponentialSmoothing.Run(series, parameters, SmoothingModel.Simple, 1);
        Assert.Equal((2 * 2) + (1.6 * 1.6) + (0.88 * 0.88), sse, 12);
        Assert.Equal(10.384, level, 12);
        Assert.Equal(0, trend);
        Assert.Empty(season);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(12)]
    public void StepVariance_Simple_MatchesClosedForm(int h)
    {
        // ETS(A,N,N): σ²[1 + α²(h − 1)] (Hyndman et al. 2008, Table 6.1).
        SmoothingFit fit = Fixed(SmoothingModel.Simple, 0.4, 0, 0, 1, 2.5);
        Assert.Equal(2.5 * (1 + (0.16 * (h - 1))), ExponentialSmoothing.StepVariance(fit, h), 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void StepVariance_HoltLinear_MatchesClosedForm(int h)
    {
        // ETS(A,A,N): σ²[1 + (h − 1){α² + αβh + β²h(2h − 1)/6}] (Hyndman et al. 2008, Table 6.1).
        const double alpha = 0.5;
        const double beta = 0.1;
        SmoothingFit fit = Fixed(SmoothingModel.HoltLinear, alpha, beta, 0, 1, 1.7);
        double expected = 1.7 * (1 + ((h - 1) * ((alpha * alpha) + (alpha * beta * h) + (beta * beta * h * ((2 * h) - 1) / 6))));
        Assert.Equal(expected, ExponentialSmoothing.StepVariance(fit, h), 10);
    }

    [Fact]
    public void FitBest_NoisyLevel_ForecastsFlatWithWideningIntervals()
    {
        double[] series = Series(30, t => 50 + Wiggle(t, 2));
        SmoothingFit fit = ExponentialSmoothing.FitBest(series)!;
        IReadOnlyList<ForecastPoint> points = ExponentialSmoothing.Forecast(fit, 6);

        Assert.All(points, p => Assert.InRange(p.Value, 46, 54));
        Assert.All(points, p => Assert.True(p.Lower95 < p.Lower80 && p.Lower80 < p.Value && p.Value < p.Upper80 && p.Upper80 < p.Upper95));
        Assert.True(points[^1].Upper95 - points[^1].Lower95 >= points[0].Upper95 - points[0].Lower95);
    }

    [Fact]
    public void FitBest_LinearTrend_ChoosesATrendAndContinuesTheLine()
    {
        double[] series = Series(24, t => 100 + (3 * t) + Wiggle(t, 0.5));
        SmoothingFit fit = ExponentialSmoothing.FitBest(series)!;
        Assert.NotEqual(SmoothingModel.Simple, fit.Model);

        // The line would reach 100 + 3·(23 + h) at step h.
        IReadOnlyList<ForecastPoint> points = ExponentialSmoothing.Forecast(fit, 4);
        for (int h = 1; h <= 4; h++)
        {
            Assert.InRange(points[h - 1].Value, 100 + (3 * (23 + h)) - 3, 100 + (3 * (23 + h)) + 3);
        }
    }

    [Fact]
    public void FitBest_MonthlySeason_ChoosesASeasonalModelAndFollowsTheSeason()
    {
        // Five years of months: level 40, a summer peak of +10 in July, a little noise.
        double[] series = Series(60, t => 40 + (10 * Math.Cos(2 * Math.PI * ((t % 12) - 6) / 12)) + Wiggle(t, 0.8));
        SmoothingFit fit = ExponentialSmoothing.FitBest(series, 12)!;
        Assert.Contains(fit.Model, new[] { SmoothingModel.Seasonal, SmoothingModel.SeasonalHoltLinear, SmoothingModel.SeasonalDampedTrend });

        // The next July (t = 66, step 7) is near 50 and the next January (t = 60, step 1) near 30.
        IReadOnlyList<ForecastPoint> points = ExponentialSmoothing.Forecast(fit, 12);
        Assert.InRange(points[6].Value, 47, 53);
        Assert.InRange(points[0].Value, 27, 33);
    }

    [Fact]
    public void FitAll_ShortSeries_OffersOnlyTheModelsItCanCarry()
    {
        // Four points: only simple smoothing (k = 3 parameters needs k + 2 = 5 points) — none fit.
        Assert.Empty(ExponentialSmoothing.FitAll([1.0, 2, 3, 4]));
        Assert.Equal([SmoothingModel.Simple], ExponentialSmoothing.FitAll([1.0, 2, 1, 2, 1]).Select(f => f.Model));

        // 20 monthly points are fewer than two seasons: no seasonal model.
        Assert.DoesNotContain(ExponentialSmoothing.FitAll(Series(20, t => t % 12), 12), f => f.SeasonLength > 1);
    }

    [Fact]
    public void FitBest_SameSeries_SameResult()
    {
        double[] series = Series(30, t => 5 + Wiggle(t, 1) + (0.1 * t));
        Assert.Equal(ExponentialSmoothing.FitBest(series)!.Aicc, ExponentialSmoothing.FitBest(series)!.Aicc);
    }
}
