namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>A forecast of one series: the model chosen and the forecasts on the series' own scale.</summary>
/// <param name="Fit">The model fitted on the (possibly transformed) series.</param>
/// <param name="Scale">The scale the model was fitted on.</param>
/// <param name="Points">The forecasts, one per step.</param>
/// <param name="PoissonAware">Whether the intervals include Poisson variation of future counts (series of counts with their denominators).</param>
public sealed record FittedForecast(SmoothingFit Fit, ForecastScale Scale, IReadOnlyList<ForecastPoint> Points, bool PoissonAware);
