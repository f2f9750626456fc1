using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Web.Forecasts;

namespace WelfareAtlas.Web.Tests.Forecasts;

public sealed class NaiveVerdictsTests
{
    /// <summary>The naive forecast a report names, by its <see cref="NaiveForecast"/> member (the enum is internal to the web app).</summary>
    [Theory]
    [InlineData(0.8, 1.0, null, null)]                                          // beats the naive forecast, no season
    [InlineData(0.8, 1.0, 0.9, null)]                                           // beats both
    [InlineData(1.2, 1.0, null, nameof(NaiveForecast.LastValue))]               // the last value carried forward won
    [InlineData(1.0, 1.0, null, nameof(NaiveForecast.LastValue))]               // a tie does not beat it
    [InlineData(1.2, 1.0, 1.1, nameof(NaiveForecast.LastValue))]                // both naive forecasts won; the better one is named
    [InlineData(1.2, 1.1, 1.0, nameof(NaiveForecast.SamePeriodLastSeason))]
    [InlineData(0.9, 1.0, 0.7, nameof(NaiveForecast.SamePeriodLastSeason))]     // beats the last value but not the season before
    [InlineData(1.2, 1.0, 1.0, nameof(NaiveForecast.LastValue))]                // the naive forecasts tie: the last value is named
    public void Named_NamesTheNaiveForecastWithTheSmallerError(double mase, double naive, double? seasonal, string? expected)
    {
        IndicatorForecastAccuracy accuracy = Accuracy(mase, naive, seasonal);

        NaiveForecast? winner = NaiveVerdicts.Named(accuracy);

        Assert.Equal(expected, winner?.ToString());
        if (winner is { } named)
        {
            Assert.Equal(named == NaiveForecast.SamePeriodLastSeason ? seasonal : naive, NaiveVerdicts.MaseOf(accuracy, named));
            Assert.True(NaiveVerdicts.MaseOf(accuracy, named) <= mase);
        }
    }

    [Theory]
    [InlineData(0.8, 1.0, null, nameof(NaiveVerdict.BeatsNaive))]
    [InlineData(0.8, 1.0, 0.9, nameof(NaiveVerdict.BeatsBothNaives))]
    [InlineData(1.0, 1.0, null, nameof(NaiveVerdict.LastValueAtLeastAsAccurate))]
    [InlineData(0.95, 0.9, 1.0, nameof(NaiveVerdict.LastValueAtLeastAsAccurate))]
    [InlineData(0.9, 1.0, 0.7, nameof(NaiveVerdict.YearEarlierAtLeastAsAccurate))]
    [InlineData(1.2, 1.0, 1.1, nameof(NaiveVerdict.BothAtLeastAsAccurate))]
    public void Of_SaysWhichNaiveForecastsWereAtLeastAsAccurate(double mase, double naive, double? seasonal, string expected) =>
        Assert.Equal(expected, NaiveVerdicts.Of(mase, naive, seasonal).ToString());

    /// <summary>The pages' verdict and the reports' named forecast are one judgement: the named forecast is among those the verdict lists, and only a verdict that beats naive names none.</summary>
    [Fact]
    public void Named_AgreesWithTheVerdictAndBeatsNaive()
    {
        double[] values = [0.5, 0.9, 1.0, 1.1, 1.5];
        foreach (double mase in values)
        {
            foreach (double naive in values)
            {
                foreach (double? seasonal in values.Select(v => (double?)v).Append(null))
                {
                    IndicatorForecastAccuracy accuracy = Accuracy(mase, naive, seasonal);
                    NaiveVerdict verdict = NaiveVerdicts.Of(accuracy);
                    NaiveForecast? named = NaiveVerdicts.Named(accuracy);

                    Assert.Equal(accuracy.BeatsNaive, named is null);
                    Assert.Equal(accuracy.BeatsNaive, verdict is NaiveVerdict.BeatsNaive or NaiveVerdict.BeatsBothNaives);
                    if (named == NaiveForecast.LastValue)
                    {
                        Assert.Contains(verdict, new[] { NaiveVerdict.LastValueAtLeastAsAccurate, NaiveVerdict.BothAtLeastAsAccurate });
                    }
                    else if (named == NaiveForecast.SamePeriodLastSeason)
                    {
                        Assert.Contains(verdict, new[] { NaiveVerdict.YearEarlierAtLeastAsAccurate, NaiveVerdict.BothAtLeastAsAccurate });
                    }
                }
            }
        }
    }

    private static IndicatorForecastAccuracy Accuracy(double mase, double naive, double? seasonal) =>
        new(IndicatorId.Parse("test-indicator"), PeriodKind.Year, 3, 10, 40, 120, mase, naive, seasonal, 0.8, 0.95);
}
