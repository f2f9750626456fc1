using WelfareAtlas.Periods;
using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Storage.Forecasts;

/// <summary>The stored forms of the forecast enums (schema comments in <c>Migrations/0006_forecasts.sql</c>); unknown stored text is a <see cref="StoreException"/>.</summary>
internal static class ForecastSlugs
{
    private static readonly (PeriodKind Kind, string Slug)[] Frequencies =
        [(PeriodKind.Year, "year"), (PeriodKind.Quarter, "quarter"), (PeriodKind.Month, "month"), (PeriodKind.Week, "week")];

    private static readonly (SmoothingModel Model, string Slug)[] Models =
    [
        (SmoothingModel.Simple, "simple"),
        (SmoothingModel.HoltLinear, "holt-linear"),
        (SmoothingModel.DampedTrend, "damped-trend"),
        (SmoothingModel.Seasonal, "seasonal"),
        (SmoothingModel.SeasonalHoltLinear, "seasonal-holt-linear"),
        (SmoothingModel.SeasonalDampedTrend, "seasonal-damped-trend"),
    ];

    private static readonly (ForecastScale Scale, string Slug)[] Scales =
        [(ForecastScale.Unbounded, "unbounded"), (ForecastScale.Proportion, "proportion"), (ForecastScale.NonNegative, "non-negative")];

    public static string Of(PeriodKind kind) => Frequencies.Single(f => f.Kind == kind).Slug;

    public static string Of(SmoothingModel model) => Models.Single(m => m.Model == model).Slug;

    public static string Of(ForecastScale scale) => Scales.Single(s => s.Scale == scale).Slug;

    public static PeriodKind Frequency(string slug) => Read(Frequencies, slug, "frequency");

    public static SmoothingModel Model(string slug) => Read(Models, slug, "model");

    public static ForecastScale Scale(string slug) => Read(Scales, slug, "scale");

    private static T Read<T>((T Value, string Slug)[] table, string slug, string what)
    {
        foreach ((T value, string known) in table)
        {
            if (known == slug)
            {
                return value;
            }
        }

        throw new StoreException($"A forecast in the store has an unknown {what} '{slug}'.");
    }
}
