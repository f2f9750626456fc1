namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>How well a series' forecasts did when the series was cut at earlier origins and forecast forward.</summary>
/// <param name="Origins">How many forecast origins were tried.</param>
/// <param name="Forecasts">How many (origin, step) forecasts were scored.</param>
/// <param name="Mase">The mean absolute scaled error of the exponential smoothing forecasts (below 1: better than the in-sample one-step naive).</param>
/// <param name="NaiveMase">The same for the naive forecast (the last value carried forward).</param>
/// <param name="SeasonalNaiveMase">The same for the seasonal naive forecast (the value one season earlier); <see langword="null"/> without a season.</param>
/// <param name="Coverage80">The share of actual values inside the 80 % prediction intervals.</param>
/// <param name="Coverage95">The share inside the 95 % intervals.</param>
public sealed record BacktestResult(int Origins, int Forecasts, double Mase, double NaiveMase, double? SeasonalNaiveMase, double Coverage80, double Coverage95)
{
    /// <summary>Whether the model beat the best of the naive forecasts (lower MASE); a forecast that does not should say so.</summary>
    public bool BeatsNaive => Mase < Math.Min(NaiveMase, SeasonalNaiveMase ?? double.PositiveInfinity);
}
