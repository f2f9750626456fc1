namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>Holds out the last points of a series, forecasts them from the rest, and scores the forecast.</summary>
/// <remarks>
/// The single-origin case of <see cref="RollingOriginBacktest"/>, for evaluating the method on many real series
/// (docs/forecasting.md): MASE scaled by the training part's in-sample one-step naive error (Hyndman &amp;
/// Koehler 2006), against the naive forecast, and the count of held-out values inside the prediction intervals.
/// </remarks>
public static class HoldoutBacktest
{
    /// <summary>The score, or <see langword="null"/> when the training part is too short or constant.</summary>
    /// <param name="values">The series in time order, no gaps.</param>
    /// <param name="scale">The range of its values.</param>
    /// <param name="held">How many points at the end to hold out, ≥ 1.</param>
    /// <param name="seasonLength">Periods per season; 1 for none.</param>
    public static HoldoutResult? Run(IReadOnlyList<double> values, ForecastScale scale, int held, int seasonLength = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(held, 1);
        int training = values.Count - held;
        if (training < SeriesForecaster.MinimumPoints)
        {
            return null;
        }

        double[] train = [.. values.Take(training)];
        double naiveScale = 0;
        for (int t = 1; t < train.Length; t++)
        {
            naiveScale += Math.Abs(train[t] - train[t - 1]);
        }

        naiveScale /= train.Length - 1;
        if (naiveScale <= 0 || SeriesForecaster.Forecast(train, scale, held, seasonLength) is not { } forecast)
        {
            return null;
        }

        double model = 0;
        double naive = 0;
        int inside80 = 0;
        int inside95 = 0;
        foreach (ForecastPoint point in forecast.Points)
        {
            double actual = values[training + point.Step - 1];
            model += Math.Abs(actual - point.Value) / naiveScale;
            naive += Math.Abs(actual - train[^1]) / naiveScale;
            inside80 += actual >= point.Lower80 && actual <= point.Upper80 ? 1 : 0;
            inside95 += actual >= point.Lower95 && actual <= point.Upper95 ? 1 : 0;
        }

        return new HoldoutResult(forecast.Fit.Model, training, held, model / held, naive / held, inside80, inside95);
    }
}
