using WelfareAtlas.Indicators;

namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>What the forecast run needs to know of an indicator to keep its forecasts inside the measure's range.</summary>
/// <param name="Id">The indicator.</param>
/// <param name="Measure">Proportions and crude rates with counts are forecast as rates with Poisson-aware intervals; counts as counts; others from their values.</param>
/// <param name="Multiplier">The scale of the value (100 for a percentage, 1 000 for a rate per 1 000); forecasts are on this scale, like cells.</param>
/// <param name="Percentage">Whether a given value is a percentage in [0, 100] (modelled on the logit scale like a proportion).</param>
public sealed record ForecastIndicator(IndicatorId Id, Measure Measure, double Multiplier, bool Percentage)
{
    /// <summary>From the catalogue: a percentage when the multiplier is 100 or the English unit begins with "%".</summary>
    public static ForecastIndicator From(Indicator indicator) => new(
        indicator.Id,
        indicator.Measure,
        indicator.Multiplier,
        indicator.Multiplier == 100 || indicator.Unit.En.StartsWith('%'));
}
