using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Web.Reports;

namespace WelfareAtlas.Web.Tests.Reports;

public sealed class ForecastVerdictTests
{
    /// <summary>The verdict's naive forecast, named by its <see cref="NaiveForecast"/> member (the enum is internal to the web app).</summary>
    [Theory]
    [InlineData(0.8, 1.0, null, null)]                                          // beats the naive forecast, no season
    [InlineData(0.8, 1.0, 0.9, null)]                                           // beats both
    [InlineData(1.2, 1.0, null, nameof(NaiveForecast.LastValue))]                       // the last value carried forward won
    [InlineData(1.0, 1.0, null, nameof(NaiveForecast.LastValue))]                       // a tie does not beat it
    [InlineData(1.2, 1.0, 1.1, nameof(NaiveForecast.LastValue))]                        // both naive forecasts won; the better one is named
    [InlineData(1.2, 1.1, 1.0, nameof(NaiveForecast.SamePeriodLastSeason))]
    [InlineData(0.9, 1.0, 0.7, nameof(NaiveForecast.SamePeriodLastSeason))]             // beats the last value but not the season before
    [InlineData(1.2, 1.0, 1.0, nameof(NaiveForecast.LastValue))]                        // the naive forecasts tie: the last value is named
    public void NotBeaten_NamesTheNaiveForecastWithTheSmallerError(double mase, double naive, double? seasonal, string? expected)
    {
        IndicatorForecastAccuracy accuracy = new(IndicatorId.Parse("test-indicator"), PeriodKind.Year, 3, 10, 40, 120, mase, naive, seasonal, 0.8, 0.95);

        NaiveForecast? winner = ForecastVerdict.NotBeaten(accuracy);

        Assert.Equal(expected, winner?.ToString());
        if (winner is { } named)
        {
            Assert.Equal(named == NaiveForecast.SamePeriodLastSeason ? seasonal : naive, ForecastVerdict.MaseOf(accuracy, named));
            Assert.True(ForecastVerdict.MaseOf(accuracy, named) <= mase);
        }
    }
}
