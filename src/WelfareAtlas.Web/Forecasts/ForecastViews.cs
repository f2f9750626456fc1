namespace WelfareAtlas.Web.Forecasts;

/// <summary>One period ahead of a forecast, on the indicator's scale.</summary>
/// <param name="Period">The period forecast (canonical text).</param>
/// <param name="Step">1 for the period after the last observed one.</param>
/// <param name="Value">The point forecast (a median where the model works on a log or logit scale).</param>
/// <param name="Lower80">Lower limit of the 80 % prediction interval.</param>
/// <param name="Upper80">Upper limit of the 80 % prediction interval.</param>
/// <param name="Lower95">Lower limit of the 95 % prediction interval.</param>
/// <param name="Upper95">Upper limit of the 95 % prediction interval.</param>
public sealed record ForecastStepView(string Period, int Step, double Value, double Lower80, double Upper80, double Lower95, double Upper95);

/// <summary>
/// How well the method forecast this indicator's series of the same period length in rolling-origin backtests:
/// shown beside every forecast.
/// </summary>
/// <param name="Horizon">Steps ahead forecast from each origin.</param>
/// <param name="Series">Series backtested.</param>
/// <param name="Forecasts">(origin, step) forecasts scored.</param>
/// <param name="Mase">The method's mean absolute scaled error (below 1: better than the in-sample naive one-step forecast).</param>
/// <param name="NaiveMase">The naive forecast's (the last value carried forward).</param>
/// <param name="SeasonalNaiveMase">The seasonal naive forecast's (the value of the same period a year earlier), over the backtested series with three years of months or quarters; <see langword="null"/> for yearly and weekly series and when no series is that long.</param>
/// <param name="Coverage80">Share of actual values that fell inside the 80 % intervals, 0–1.</param>
/// <param name="Coverage95">Share inside the 95 % intervals, 0–1.</param>
/// <param name="BeatsNaive">Whether the method's MASE is below the naive and seasonal naive forecasts'; <see langword="false"/>: the forecast does not beat carrying the last value forward or the value of the same period a year earlier, and says which.</param>
public sealed record ForecastAccuracyView(int Horizon, int Series, int Forecasts, double Mase, double NaiveMase, double? SeasonalNaiveMase, double Coverage80, double Coverage95, bool BeatsNaive);

/// <summary>The forecast of one area's series of one indicator, breakdown and period length.</summary>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Area">The area's code.</param>
/// <param name="Breakdown">The breakdown's key.</param>
/// <param name="Frequency"><c>year</c>, <c>quarter</c>, <c>month</c> or <c>week</c>.</param>
/// <param name="FirstPeriod">The first period the model was fitted on (the start of the last unbroken run of values).</param>
/// <param name="LastPeriod">The last observed period.</param>
/// <param name="Points">Periods fitted.</param>
/// <param name="Model">The exponential smoothing model chosen by AICc: <c>simple</c>, <c>holt-linear</c>, <c>damped-trend</c> or a <c>seasonal</c> form.</param>
/// <param name="Scale">Where the model works: <c>unbounded</c>, <c>proportion</c> (logit) or <c>non-negative</c> (log).</param>
/// <param name="PoissonAware">Whether the intervals include the Poisson variation of future counts.</param>
/// <param name="Steps">The periods ahead, in order.</param>
/// <param name="Accuracy">The backtested accuracy; <see langword="null"/> when the indicator's series were too short to backtest.</param>
public sealed record ForecastView(
    string Indicator,
    string Area,
    string Breakdown,
    string Frequency,
    string FirstPeriod,
    string LastPeriod,
    int Points,
    string Model,
    string Scale,
    bool PoissonAware,
    IReadOnlyList<ForecastStepView> Steps,
    ForecastAccuracyView? Accuracy);

/// <summary>The forecasts of one area's series of an indicator and breakdown (one per period length the indicator has).</summary>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Area">The area's code.</param>
/// <param name="Breakdown">The breakdown's key.</param>
/// <param name="Forecasts">The forecasts; empty when no series is long enough (five consecutive values) or the values are hidden.</param>
/// <param name="Synthetic">Whether the indicator's data are synthetic demo data, never facts about the city.</param>
public sealed record AreaForecastsView(string Indicator, string Area, string Breakdown, IReadOnlyList<ForecastView> Forecasts, bool Synthetic);
