namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>Rolling-origin evaluation of <see cref="SeriesForecaster"/> against the naive and seasonal naive forecasts.</summary>
/// <remarks>
/// Tashman (2000), "Out-of-sample tests of forecasting accuracy", IJF 16:437–450. For every origin t from the
/// shortest training length to n − 1, the model is fitted to y₁…yₜ and forecasts up to <c>horizon</c> steps
/// that exist in the series. Errors are scaled by the in-sample mean absolute error of the one-step naive
/// forecast of that training series (the seasonal naive one for a seasonal series): MASE, Hyndman &amp; Koehler
/// (2006), "Another look at measures of forecast accuracy", IJF 22:679–688. Coverage is the share of actual
/// values inside the 80 % and 95 % prediction intervals.
/// </remarks>
public static class RollingOriginBacktest
{
    /// <summary>Backtests a series, or returns <see langword="null"/> when it is too short for one origin.</summary>
    /// <param name="values">The series in time order.</param>
    /// <param name="scale">The range of its values.</param>
    /// <param name="horizon">Steps forecast from each origin.</param>
    /// <param name="seasonLength">Periods per season; 1 for none.</param>
    /// <param name="minimumTraining">The shortest training series; by default the forecaster's minimum, or two seasons.</param>
    public static BacktestResult? Run(IReadOnlyList<double> values, ForecastScale scale, int horizon, int seasonLength = 1, int? minimumTraining = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        int m = Math.Max(1, seasonLength);
        int start = minimumTraining ?? Math.Max(SeriesForecaster.MinimumPoints, m > 1 ? 2 * m : 0);
        int origins = 0;
        int forecasts = 0;
        double model = 0;
        double naive = 0;
        double seasonalNaive = 0;
        int inside80 = 0;
        int inside95 = 0;
        for (int origin = start; origin < values.Count; origin++)
        {
            double[] training = [.. values.Take(origin)];
            double scaleError = NaiveScale(training, m);
            if (scaleError <= 0 || SeriesForecaster.Forecast(training, scale, horizon, m) is not { } forecast)
            {
                continue;
            }

            origins++;
            foreach (ForecastPoint point in forecast.Points)
            {
                int index = origin + point.Step - 1;
                if (index >= values.Count)
                {
                    break;
                }

                double actual = values[index];
                forecasts++;
                model += Math.Abs(actual - point.Value) / scaleError;
                naive += Math.Abs(actual - training[^1]) / scaleError;
                if (m > 1)
                {
                    seasonalNaive += Math.Abs(actual - training[training.Length - m + ((point.Step - 1) % m)]) / scaleError;
                }

                inside80 += actual >= point.Lower80 && actual <= point.Upper80 ? 1 : 0;
                inside95 += actual >= point.Lower95 && actual <= point.Upper95 ? 1 : 0;
            }
        }

        return forecasts == 0
            ? null
            : new BacktestResult(
                origins,
                forecasts,
                model / forecasts,
                naive / forecasts,
                m > 1 ? seasonalNaive / forecasts : null,
                (double)inside80 / forecasts,
                (double)inside95 / forecasts);
    }

    /// <summary>The in-sample mean absolute error of the (seasonal) naive one-step forecast.</summary>
    private static double NaiveScale(double[] training, int m)
    {
        int lag = m > 1 && training.Length > m ? m : 1;
        double sum = 0;
        for (int t = lag; t < training.Length; t++)
        {
            sum += Math.Abs(training[t] - training[t - lag]);
        }

        return training.Length > lag ? sum / (training.Length - lag) : 0;
    }
}
