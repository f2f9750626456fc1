using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Web.Forecasts;

/// <summary>
/// Reads the <see cref="NaiveVerdict"/> from a forecast's backtested accuracy: the one verdict the pages, the API's
/// views and the reports give.
/// </summary>
internal static class NaiveVerdicts
{
    /// <summary>The verdict on an accuracy as the pages show it (<see cref="Of(double, double, double?)"/>).</summary>
    public static NaiveVerdict Of(ForecastAccuracyView accuracy) => Of(accuracy.Mase, accuracy.NaiveMase, accuracy.SeasonalNaiveMase);

    /// <summary>The verdict on an indicator's pooled accuracy as the reports give it (<see cref="Of(double, double, double?)"/>).</summary>
    public static NaiveVerdict Of(IndicatorForecastAccuracy accuracy) => Of(accuracy.Mase, accuracy.NaiveMase, accuracy.SeasonalNaiveMase);

    /// <summary>
    /// The verdict on the method's MASE against the naive forecasts': a naive forecast whose MASE is at most the
    /// method's was at least as accurate. Agrees with <see cref="IndicatorForecastAccuracy.BeatsNaive"/>: the method
    /// beats naive exactly when the verdict is <see cref="NaiveVerdict.BeatsNaive"/> or
    /// <see cref="NaiveVerdict.BeatsBothNaives"/>.
    /// </summary>
    /// <param name="mase">The method's MASE.</param>
    /// <param name="naiveMase">The MASE of the last value carried forward.</param>
    /// <param name="seasonalNaiveMase">The MASE of the same period a year earlier; <see langword="null"/> for a series without a season.</param>
    public static NaiveVerdict Of(double mase, double naiveMase, double? seasonalNaiveMase)
    {
        bool lastValue = naiveMase <= mase;
        if (seasonalNaiveMase is not { } seasonal)
        {
            return lastValue ? NaiveVerdict.LastValueAtLeastAsAccurate : NaiveVerdict.BeatsNaive;
        }

        bool yearEarlier = seasonal <= mase;
        return (lastValue, yearEarlier) switch
        {
            (true, true) => NaiveVerdict.BothAtLeastAsAccurate,
            (true, false) => NaiveVerdict.LastValueAtLeastAsAccurate,
            (false, true) => NaiveVerdict.YearEarlierAtLeastAsAccurate,
            (false, false) => NaiveVerdict.BeatsBothNaives,
        };
    }

    /// <summary>
    /// The naive forecast a report names beside a forecast that does not beat naive: of those at least as accurate
    /// as the method, the one with the smaller MASE; on a tie, the last value carried forward.
    /// <see langword="null"/> when the method beat every naive forecast.
    /// </summary>
    public static NaiveForecast? Named(IndicatorForecastAccuracy accuracy) => Of(accuracy) switch
    {
        NaiveVerdict.BeatsNaive or NaiveVerdict.BeatsBothNaives => null,
        NaiveVerdict.LastValueAtLeastAsAccurate => NaiveForecast.LastValue,
        NaiveVerdict.YearEarlierAtLeastAsAccurate => NaiveForecast.SamePeriodLastSeason,
        _ => accuracy.SeasonalNaiveMase < accuracy.NaiveMase ? NaiveForecast.SamePeriodLastSeason : NaiveForecast.LastValue,
    };

    /// <summary>The MASE of <paramref name="naive"/> in <paramref name="accuracy"/>.</summary>
    public static double MaseOf(IndicatorForecastAccuracy accuracy, NaiveForecast naive) =>
        naive == NaiveForecast.SamePeriodLastSeason && accuracy.SeasonalNaiveMase is { } seasonal ? seasonal : accuracy.NaiveMase;
}
