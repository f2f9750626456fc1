namespace WelfareAtlas.Web.Forecasts;

/// <summary>The naive forecasts a forecasting method is measured against in the backtests.</summary>
internal enum NaiveForecast
{
    /// <summary>The last value carried forward (its MASE is <see cref="Statistics.Forecasting.IndicatorForecastAccuracy.NaiveMase"/>).</summary>
    LastValue,

    /// <summary>The value of the same period a season earlier (<see cref="Statistics.Forecasting.IndicatorForecastAccuracy.SeasonalNaiveMase"/>).</summary>
    SamePeriodLastSeason,
}
