using WelfareAtlas.Periods;

namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>A forecast for one future period with its 80 % and 95 % prediction intervals, on the indicator's scale (like a cell's value).</summary>
/// <param name="Period">The period forecast.</param>
/// <param name="Step">1 for the period after the last observed, 2 for the one after, …</param>
/// <param name="Value">The point forecast (a median when the model was fitted on a transformed scale).</param>
/// <param name="Lower80">The 80 % prediction interval's lower limit.</param>
/// <param name="Upper80">The 80 % prediction interval's upper limit.</param>
/// <param name="Lower95">The 95 % prediction interval's lower limit.</param>
/// <param name="Upper95">The 95 % prediction interval's upper limit.</param>
public sealed record PeriodForecast(Period Period, int Step, double Value, double Lower80, double Upper80, double Lower95, double Upper95);
