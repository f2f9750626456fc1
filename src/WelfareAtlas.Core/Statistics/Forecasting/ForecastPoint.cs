namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>A forecast for one step ahead, with its prediction intervals, on the series' own scale.</summary>
/// <param name="Step">1 for the next period, 2 for the one after, …</param>
/// <param name="Value">The point forecast (the median when the series was transformed).</param>
/// <param name="Lower80">The 80 % prediction interval's lower limit.</param>
/// <param name="Upper80">The 80 % prediction interval's upper limit.</param>
/// <param name="Lower95">The 95 % prediction interval's lower limit.</param>
/// <param name="Upper95">The 95 % prediction interval's upper limit.</param>
public sealed record ForecastPoint(int Step, double Value, double Lower80, double Upper80, double Lower95, double Upper95);
