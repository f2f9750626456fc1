using WelfareAtlas.Indicators;

namespace WelfareAtlas.Storage.Situation;

/// <summary>What a refresh after a compute run did (<see cref="IndicatorRefresher"/>).</summary>
/// <param name="Indicators">The indicators whose forecasts and statuses were made again.</param>
/// <param name="SeriesForecast">Series forecast, over every audience.</param>
/// <param name="AlertsRaised">Series that entered or left a "worse and worsening" list.</param>
public sealed record RefreshOutcome(IReadOnlyList<IndicatorId> Indicators, int SeriesForecast, int AlertsRaised);
