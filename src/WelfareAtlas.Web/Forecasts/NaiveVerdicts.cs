namespace WelfareAtlas.Web.Forecasts;

/// <summary>Reads the <see cref="NaiveVerdict"/> from a forecast's backtested accuracy.</summary>
internal static class NaiveVerdicts
{
    /// <summary>
    /// The verdict on <paramref name="accuracy"/>: a naive forecast whose MASE is at most the method's was at least
    /// as accurate. Agrees with <see cref="ForecastAccuracyView.BeatsNaive"/>: it beats naive exactly when the verdict
    /// is <see cref="NaiveVerdict.BeatsNaive"/> or <see cref="NaiveVerdict.BeatsBothNaives"/>.
    /// </summary>
    public static NaiveVerdict Of(ForecastAccuracyView accuracy)
    {
        bool lastValue = accuracy.NaiveMase <= accuracy.Mase;
        if (accuracy.SeasonalNaiveMase is not { } seasonal)
        {
            return lastValue ? NaiveVerdict.LastValueAtLeastAsAccurate : NaiveVerdict.BeatsNaive;
        }

        bool yearEarlier = seasonal <= accuracy.Mase;
        return (lastValue, yearEarlier) switch
        {
            (true, true) => NaiveVerdict.BothAtLeastAsAccurate,
            (true, false) => NaiveVerdict.LastValueAtLeastAsAccurate,
            (false, true) => NaiveVerdict.YearEarlierAtLeastAsAccurate,
            (false, false) => NaiveVerdict.BeatsBothNaives,
        };
    }
}
