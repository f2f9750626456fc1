using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>
/// How well the forecasting method did on an indicator's own series, by rolling-origin backtests pooled over all
/// its series of one period length: shown beside every forecast of the indicator.
/// </summary>
/// <remarks>
/// MASE is the mean of every scaled error of every series (each series' errors scaled by its own in-sample naive
/// error, Hyndman &amp; Koehler 2006), so it is comparable across areas of different sizes; coverage is the share of
/// all backtested actual values inside the intervals.
/// </remarks>
/// <param name="Indicator">The indicator.</param>
/// <param name="Frequency">The period length of the series scored.</param>
/// <param name="Horizon">Steps ahead forecast from each origin (the same as the forecasts shown).</param>
/// <param name="Series">How many series were backtested (those long enough for at least one origin).</param>
/// <param name="Origins">Forecast origins tried over all series.</param>
/// <param name="Forecasts">(Origin, step) forecasts scored.</param>
/// <param name="Mase">Mean absolute scaled error of the method.</param>
/// <param name="NaiveMase">The same for the naive forecast (last value carried forward).</param>
/// <param name="SeasonalNaiveMase">The same for the seasonal naive forecast (the value a season earlier), pooled over the series long enough to have one (three seasons); <see langword="null"/> when none has (yearly series, or every series too short).</param>
/// <param name="Coverage80">Share of actual values inside the 80 % intervals (0–1).</param>
/// <param name="Coverage95">Share inside the 95 % intervals (0–1).</param>
public sealed record IndicatorForecastAccuracy(
    IndicatorId Indicator,
    PeriodKind Frequency,
    int Horizon,
    int Series,
    int Origins,
    int Forecasts,
    double Mase,
    double NaiveMase,
    double? SeasonalNaiveMase,
    double Coverage80,
    double Coverage95)
{
    /// <summary>
    /// Whether the method's MASE is below both naive forecasts'. When <see langword="false"/> every forecast of the
    /// indicator must say that it does not beat carrying the last value (or last season) forward.
    /// </summary>
    public bool BeatsNaive => Mase < Math.Min(NaiveMase, SeasonalNaiveMase ?? double.PositiveInfinity);
}
