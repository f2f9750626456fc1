namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>Rolling-origin evaluation of <see cref="SeriesForecaster"/> against the naive and seasonal naive forecasts.</summary>
/// <remarks>
/// Tashman (2000), "Out-of-sample tests of forecasting accuracy", IJF 16:437–450. For every origin t from the
/// shortest training length to n − 1, the model (chosen afresh by AICc) is fitted to y₁…yₜ and forecasts up to
/// <c>horizon</c> steps that exist in the series. Errors are scaled by the in-sample mean absolute error of the
/// one-step naive forecast of that training series (the seasonal naive one for a seasonal series): MASE,
/// Hyndman &amp; Koehler (2006), "Another look at measures of forecast accuracy", IJF 22:679–688. Coverage is the
/// share of actual values inside the 80 % and 95 % prediction intervals. With <c>maximumOrigins</c> the origins
/// are spread evenly over the possible ones (always including the last), which bounds the cost on long series.
/// A training series whose naive error is 0 (constant) cannot scale errors and is skipped.
/// </remarks>
public static class RollingOriginBacktest
{
    /// <summary>Backtests a series, or returns <see langword="null"/> when it is too short for one origin.</summary>
    /// <param name="values">The series in time order.</param>
    /// <param name="scale">The range of its values.</param>
    /// <param name="horizon">Steps forecast from each origin.</param>
    /// <param name="seasonLength">Periods per season; 1 for none.</param>
    /// <param name="minimumTraining">The shortest training series; by default the forecaster's minimum, or two seasons.</param>
    /// <param name="maximumOrigins">At most this many origins, spread evenly; all when <see langword="null"/>.</param>
    public static BacktestResult? Run(IReadOnlyList<double> values, ForecastScale scale, int horizon, int seasonLength = 1, int? minimumTraining = null, int? maximumOrigins = null) =>
        Score(values, horizon, seasonLength, minimumTraining, maximumOrigins, origin => SeriesForecaster.Forecast([.. values.Take(origin)], scale, horizon, seasonLength));

    /// <summary>
    /// Backtests a series of counts with denominators the way <see cref="SeriesForecaster.ForecastCounts"/> forecasts
    /// it: errors and coverage on the rate scale (count ÷ denominator), intervals Poisson-aware.
    /// </summary>
    /// <param name="counts">The events per period.</param>
    /// <param name="denominators">The population per period, &gt; 0.</param>
    /// <param name="scale"><see cref="ForecastScale.Proportion"/> or <see cref="ForecastScale.NonNegative"/>.</param>
    /// <param name="horizon">Steps forecast from each origin.</param>
    /// <param name="seasonLength">Periods per season; 1 for none.</param>
    /// <param name="minimumTraining">The shortest training series; by default the forecaster's minimum, or two seasons.</param>
    /// <param name="maximumOrigins">At most this many origins, spread evenly; all when <see langword="null"/>.</param>
    public static BacktestResult? RunCounts(IReadOnlyList<double> counts, IReadOnlyList<double> denominators, ForecastScale scale, int horizon, int seasonLength = 1, int? minimumTraining = null, int? maximumOrigins = null)
    {
        if (counts.Count != denominators.Count)
        {
            throw new ArgumentException("Counts and denominators must have the same length.", nameof(denominators));
        }

        double[] rates = [.. counts.Select((count, i) => count / denominators[i])];
        return Score(rates, horizon, seasonLength, minimumTraining, maximumOrigins, origin =>
            SeriesForecaster.ForecastCounts([.. counts.Take(origin)], [.. denominators.Take(origin)], scale, horizon, seasonLength));
    }

    /// <summary>The origins tried: every one from <paramref name="start"/> to <paramref name="count"/> − 1, or at most <paramref name="maximum"/> spread evenly, the last included.</summary>
    internal static IEnumerable<int> Origins(int start, int count, int? maximum)
    {
        int available = count - start;
        if (available <= 0)
        {
            yield break;
        }

        int taken = maximum is { } max ? Math.Clamp(max, 1, available) : available;
        for (int i = taken - 1; i >= 0; i--)
        {
            // i = 0 is the last origin; the others step back by available / taken, rounded down.
            yield return count - 1 - (int)((long)i * available / taken);
        }
    }

    private static BacktestResult? Score(IReadOnlyList<double> values, int horizon, int seasonLength, int? minimumTraining, int? maximumOrigins, Func<int, FittedForecast?> forecastFrom)
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
        foreach (int origin in Origins(start, values.Count, maximumOrigins))
        {
            double scaleError = NaiveScale(values, origin, m);
            if (scaleError <= 0 || forecastFrom(origin) is not { } forecast)
            {
                continue;
            }

            origins++;
            double last = values[origin - 1];
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
                naive += Math.Abs(actual - last) / scaleError;
                if (m > 1)
                {
                    seasonalNaive += Math.Abs(actual - values[origin - m + ((point.Step - 1) % m)]) / scaleError;
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

    /// <summary>The in-sample mean absolute error of the (seasonal) naive one-step forecast over the first <paramref name="length"/> values.</summary>
    private static double NaiveScale(IReadOnlyList<double> values, int length, int m)
    {
        int lag = m > 1 && length > m ? m : 1;
        double sum = 0;
        for (int t = lag; t < length; t++)
        {
            sum += Math.Abs(values[t] - values[t - lag]);
        }

        return length > lag ? sum / (length - lag) : 0;
    }
}
