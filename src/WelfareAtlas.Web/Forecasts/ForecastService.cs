using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Forecasts;

namespace WelfareAtlas.Web.Forecasts;

/// <summary>Reads the stored forecasts as one audience may see them (made from that audience's cells).</summary>
/// <param name="store">The open store.</param>
public sealed class ForecastService(AtlasStore store)
{
    /// <summary>The forecasts of one area's series of <paramref name="indicator"/> and <paramref name="breakdown"/>.</summary>
    public async Task<IReadOnlyList<ForecastView>> ForAreaAsync(Audience audience, IndicatorId indicator, AreaCode area, string breakdown, CancellationToken cancellationToken = default) =>
        [.. (await new ForecastRepository(store.DataSource).ListAsync(audience, indicator, area, breakdown, cancellationToken)).Select(View)];

    /// <summary>The forecast of the series whose periods are of the same kind as <paramref name="lastPeriod"/>; <see langword="null"/> when there is none.</summary>
    public static ForecastView? Matching(IReadOnlyList<ForecastView> forecasts, string? lastPeriod) =>
        lastPeriod is null || !Periods.Period.TryParse(lastPeriod, out Periods.Period period, out _)
            ? (forecasts.Count > 0 ? forecasts[0] : null)
            : forecasts.FirstOrDefault(f => Periods.Period.Parse(f.LastPeriod).Kind == period.Kind);

    /// <summary>The API's form of a stored forecast.</summary>
    public static ForecastView View(SeriesForecast forecast) => new(
        forecast.Indicator.Value,
        forecast.Area.Value,
        forecast.Breakdown.Key,
        FrequencySlug(forecast.Frequency),
        forecast.FirstPeriod.ToString(),
        forecast.LastPeriod.ToString(),
        forecast.Points,
        ModelSlug(forecast.Model),
        ScaleSlug(forecast.Scale),
        forecast.PoissonAware,
        [.. forecast.Forecasts.Select(p => new ForecastStepView(p.Period.ToString(), p.Step, p.Value, p.Lower80, p.Upper80, p.Lower95, p.Upper95))],
        forecast.Accuracy is { } a
            ? new ForecastAccuracyView(a.Horizon, a.Series, a.Forecasts, a.Mase, a.NaiveMase, a.SeasonalNaiveMase, a.Coverage80, a.Coverage95, a.BeatsNaive)
            : null);

    private static string FrequencySlug(Periods.PeriodKind kind) => kind.ToString().ToLowerInvariant();

    private static string ModelSlug(SmoothingModel model) => model switch
    {
        SmoothingModel.Simple => "simple",
        SmoothingModel.HoltLinear => "holt-linear",
        SmoothingModel.DampedTrend => "damped-trend",
        SmoothingModel.Seasonal => "seasonal",
        SmoothingModel.SeasonalHoltLinear => "seasonal-holt-linear",
        _ => "seasonal-damped-trend",
    };

    private static string ScaleSlug(ForecastScale scale) => scale switch
    {
        ForecastScale.Proportion => "proportion",
        ForecastScale.NonNegative => "non-negative",
        _ => "unbounded",
    };
}
