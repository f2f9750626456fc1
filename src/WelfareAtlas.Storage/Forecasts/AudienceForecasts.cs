using WelfareAtlas.Disclosure;
using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Storage.Forecasts;

/// <summary>A forecast run's output and who may read it.</summary>
/// <param name="Audience">The audience whose cells were forecast; <see langword="null"/> when the cells are the same for everyone.</param>
/// <param name="Result">The forecasts and accuracy.</param>
public sealed record AudienceForecasts(Audience? Audience, ForecastRunResult Result);
