using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>The forecast of one area × indicator × breakdown series, with the measured accuracy of the method on the indicator.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area.</param>
/// <param name="Breakdown">The part of the population.</param>
/// <param name="Frequency">The period length of the series.</param>
/// <param name="FirstPeriod">The first period the model was fitted on: the start of the last unbroken run of values.</param>
/// <param name="LastPeriod">The last observed period; the forecasts follow it.</param>
/// <param name="Points">How many periods the model was fitted on.</param>
/// <param name="Model">The exponential smoothing model chosen by AICc.</param>
/// <param name="Scale">The scale the model was fitted on (logit for proportions, log for non-negative values).</param>
/// <param name="PoissonAware">Whether the intervals include Poisson variation of future counts (rates and proportions with their counts).</param>
/// <param name="Forecasts">One forecast per step ahead.</param>
/// <param name="Accuracy">The rolling-origin backtest of the indicator's series of this length; <see langword="null"/> when none was long enough to backtest.</param>
public sealed record SeriesForecast(
    IndicatorId Indicator,
    AreaCode Area,
    Breakdown Breakdown,
    PeriodKind Frequency,
    Period FirstPeriod,
    Period LastPeriod,
    int Points,
    SmoothingModel Model,
    ForecastScale Scale,
    bool PoissonAware,
    IReadOnlyList<PeriodForecast> Forecasts,
    IndicatorForecastAccuracy? Accuracy);
