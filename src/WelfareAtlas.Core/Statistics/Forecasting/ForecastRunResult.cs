namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>What a forecast run produced.</summary>
/// <param name="Forecasts">One per series with enough points, ordered by indicator, area, breakdown and period length.</param>
/// <param name="Accuracy">One per indicator and period length that had a backtest, in the same order.</param>
/// <param name="SeriesTooShort">Series left without a forecast: fewer than <see cref="SeriesForecaster.MinimumPoints"/> consecutive periods with a value at the end.</param>
public sealed record ForecastRunResult(IReadOnlyList<SeriesForecast> Forecasts, IReadOnlyList<IndicatorForecastAccuracy> Accuracy, int SeriesTooShort);
