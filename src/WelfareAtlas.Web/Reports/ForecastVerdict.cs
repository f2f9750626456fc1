using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Web.Reports;

/// <summary>What a report says about a forecast's backtested accuracy against the naive forecasts.</summary>
internal static class ForecastVerdict
{
    /// <summary>
    /// The naive forecast that did at least as well as the method in the backtests, which the report names;
    /// <see langword="null"/> when the method beat both (<see cref="IndicatorForecastAccuracy.BeatsNaive"/>).
    /// </summary>
    /// <remarks>
    /// Of the two naive forecasts the one with the smaller MASE is named; on a tie, and for series without a season
    /// (no seasonal naive MASE), the last value carried forward.
    /// </remarks>
    public static NaiveForecast? NotBeaten(IndicatorForecastAccuracy accuracy) =>
        accuracy.BeatsNaive ? null
        : accuracy.SeasonalNaiveMase is { } seasonal && seasonal < accuracy.NaiveMase ? NaiveForecast.SamePeriodLastSeason
        : NaiveForecast.LastValue;

    /// <summary>The MASE of <paramref name="naive"/> in <paramref name="accuracy"/>.</summary>
    public static double MaseOf(IndicatorForecastAccuracy accuracy, NaiveForecast naive) =>
        naive == NaiveForecast.SamePeriodLastSeason && accuracy.SeasonalNaiveMase is { } seasonal ? seasonal : accuracy.NaiveMase;
}
