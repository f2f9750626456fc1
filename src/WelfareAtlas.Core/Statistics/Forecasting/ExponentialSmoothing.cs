using MathNet.Numerics.Distributions;

namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>
/// Exponential smoothing with additive errors: fits the candidate models to a series, chooses one by AICc, and
/// forecasts with analytic prediction intervals.
/// </summary>
/// <remarks>
/// <para>Models and recursions: Hyndman, Koehler, Ord &amp; Snyder (2008), <i>Forecasting with Exponential
/// Smoothing: the State Space Approach</i>, Springer, ch. 2 and 6; Hyndman &amp; Athanasopoulos, <i>Forecasting:
/// Principles and Practice</i> (3rd ed.), section 8.7. With errors eₜ = yₜ − (ℓₜ₋₁ + φbₜ₋₁ + sₜ₋ₘ):
/// ℓₜ = ℓₜ₋₁ + φbₜ₋₁ + αeₜ, bₜ = φbₜ₋₁ + βeₜ, sₜ = sₜ₋ₘ + γeₜ.</para>
/// <para>Estimation: the smoothing parameters minimise the sum of squared one-step errors (the additive
/// Gaussian likelihood) by Nelder–Mead within α ∈ (0, 1), β ∈ (0, α), γ ∈ (0, 1 − α), φ ∈ [0.8, 0.98]; the
/// initial states are the usual heuristics (first value or first season's mean; the first difference or the
/// difference of the first two seasons' means per period; the first season's deviations).</para>
/// <para>Choice: the lowest AICc among the models the series is long enough for (k + 2 points for a model with
/// k parameters; seasonal models need two full seasons).</para>
/// <para>Prediction intervals (class 1 models, Hyndman et al. 2008, eq. 6.2): the h-step variance is
/// σ²[1 + Σⱼ₌₁ʰ⁻¹ cⱼ²] with cⱼ = α + β(φ + … + φʲ) + γ·[j mod m = 0], and the limits are the forecast ± z·sd.</para>
/// </remarks>
public static class ExponentialSmoothing
{
    private const double MinimumDamping = 0.8;
    private const double MaximumDamping = 0.98;

    /// <summary>Fits every model the series allows and returns them best first (lowest AICc).</summary>
    /// <param name="series">The values in time order, equally spaced, no gaps; at least 3.</param>
    /// <param name="seasonLength">Periods per season (12 for monthly data, 4 for quarterly); 1 or less for none.</param>
    public static IReadOnlyList<SmoothingFit> FitAll(IReadOnlyList<double> series, int seasonLength = 1)
    {
        List<SmoothingFit> fits = [];
        foreach (SmoothingModel model in Enum.GetValues<SmoothingModel>())
        {
            if (TryFit(series, model, seasonLength) is { } fit)
            {
                fits.Add(fit);
            }
        }

        fits.Sort((a, b) => a.Aicc.CompareTo(b.Aicc));
        return fits;
    }

    /// <summary>The best model by AICc, or <see langword="null"/> when the series is too short for any.</summary>
    public static SmoothingFit? FitBest(IReadOnlyList<double> series, int seasonLength = 1)
    {
        IReadOnlyList<SmoothingFit> fits = FitAll(series, seasonLength);
        return fits.Count == 0 ? null : fits[0];
    }

    /// <summary>Fits one model, or <see langword="null"/> when the series is too short for it.</summary>
    public static SmoothingFit? TryFit(IReadOnlyList<double> series, SmoothingModel model, int seasonLength = 1)
    {
        bool seasonal = IsSeasonal(model);
        int m = seasonal ? seasonLength : 1;
        if (seasonal && (seasonLength < 2 || series.Count < 2 * seasonLength))
        {
            return null;
        }

        int smoothingCount = 1 + (HasTrend(model) ? 1 : 0) + (seasonal ? 1 : 0) + (model is SmoothingModel.DampedTrend or SmoothingModel.SeasonalDampedTrend ? 1 : 0);
        int stateCount = 1 + (HasTrend(model) ? 1 : 0) + (seasonal ? m - 1 : 0);
        int k = smoothingCount + stateCount + 1;
        if (series.Count < k + 2 || series.Any(v => !double.IsFinite(v)))
        {
            return null;
        }

        (double level, double trend, double[] season) = InitialStates(series, model, m);
        double[] values = [.. series];
        double[] workspace = new double[season.Length];
        (double[] best, double sse) = NelderMead.Minimise(u => Sse(values, Smoothing(u, model), level, trend, season, workspace), new double[smoothingCount]);
        (double alpha, double beta, double gamma, double phi) = Smoothing(best, model);
        SmoothingParameters parameters = new(alpha, beta, gamma, phi, level, trend, season);
        (double _, double finalLevel, double finalTrend, double[] finalSeason) = Run(series, parameters, model, m);

        int n = series.Count;
        double safeSse = Math.Max(sse, 1e-12 * Math.Max(1, series.Sum(v => v * v)));
        double aic = (n * Math.Log(safeSse / n)) + (2 * k);
        double aicc = aic + (2.0 * k * (k + 1) / (n - k - 1));
        return new SmoothingFit(model, m, parameters, finalLevel, finalTrend, finalSeason, safeSse / (n - k), aicc, k, n);
    }

    /// <summary>Forecasts <paramref name="horizon"/> steps ahead with 80 % and 95 % prediction intervals, on the fitted series' scale.</summary>
    public static IReadOnlyList<ForecastPoint> Forecast(SmoothingFit fit, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        SmoothingParameters p = fit.Parameters;
        double z80 = Normal.InvCDF(0, 1, 0.9);
        double z95 = Normal.InvCDF(0, 1, 0.975);
        List<ForecastPoint> points = new(horizon);
        for (int h = 1; h <= horizon; h++)
        {
            double mean = fit.FinalLevel + (DampedSum(p.Phi, h) * fit.FinalTrend);
            if (fit.FinalSeason.Count > 0)
            {
                mean += fit.FinalSeason[(h - 1) % fit.SeasonLength];
            }

            double sd = Math.Sqrt(StepVariance(fit, h));
            points.Add(new ForecastPoint(h, mean, mean - (z80 * sd), mean + (z80 * sd), mean - (z95 * sd), mean + (z95 * sd)));
        }

        return points;
    }

    /// <summary>The variance of the h-step forecast error: σ²[1 + Σⱼ₌₁ʰ⁻¹ cⱼ²].</summary>
    public static double StepVariance(SmoothingFit fit, int h)
    {
        SmoothingParameters p = fit.Parameters;
        double sum = 1;
        for (int j = 1; j < h; j++)
        {
            double c = p.Alpha + (p.Beta * DampedSum(p.Phi, j)) + (fit.SeasonLength > 1 && j % fit.SeasonLength == 0 ? p.Gamma : 0);
            sum += c * c;
        }

        return fit.Variance * sum;
    }

    /// <summary>
    /// The sum of squared one-step errors alone: the same recursion as <see cref="Run"/> without its allocations, as
    /// the minimiser calls it hundreds of times per fit. <paramref name="season"/> is scratch space of the length of
    /// <paramref name="initialSeason"/> (m, or 0 without a season).
    /// </summary>
    private static double Sse(double[] series, (double Alpha, double Beta, double Gamma, double Phi) smoothing, double level, double trend, double[] initialSeason, double[] season)
    {
        int m = season.Length;
        Array.Copy(initialSeason, season, m);
        (double alpha, double beta, double gamma, double phi) = smoothing;
        double sse = 0;
        int position = 0; // t mod m, kept without a division per step
        for (int t = 0; t < series.Length; t++)
        {
            double seasonal0 = m > 0 ? season[position] : 0;
            double error = series[t] - (level + (phi * trend) + seasonal0);
            sse += error * error;
            level = level + (phi * trend) + (alpha * error);
            trend = (phi * trend) + (beta * error);
            if (m > 0)
            {
                season[position] = seasonal0 + (gamma * error);
                position = position + 1 == m ? 0 : position + 1;
            }
        }

        return double.IsFinite(sse) ? sse : double.PositiveInfinity;
    }

    /// <summary>The one-step errors and final states of <paramref name="parameters"/> on <paramref name="series"/>.</summary>
    internal static (double Sse, double Level, double Trend, double[] Season) Run(IReadOnlyList<double> series, SmoothingParameters parameters, SmoothingModel model, int m)
    {
        double level = parameters.Level;
        double trend = parameters.Trend;
        double[] season = [.. parameters.Season];
        bool seasonal = season.Length > 0;
        double sse = 0;
        for (int t = 0; t < series.Count; t++)
        {
            double seasonal0 = seasonal ? season[t % m] : 0;
            double forecast = level + (parameters.Phi * trend) + seasonal0;
            double error = series[t] - forecast;
            sse += error * error;
            double previousLevel = level;
            level = previousLevel + (parameters.Phi * trend) + (parameters.Alpha * error);
            trend = (parameters.Phi * trend) + (parameters.Beta * error);
            if (seasonal)
            {
                season[t % m] = seasonal0 + (parameters.Gamma * error);
            }
        }

        // Rotate so that FinalSeason[0] is the state for the next period.
        double[] next = seasonal ? [.. Enumerable.Range(0, m).Select(i => season[(series.Count + i) % m])] : [];
        return (double.IsFinite(sse) ? sse : double.PositiveInfinity, level, HasTrend(model) ? trend : 0, next);
    }

    /// <summary>α, β, γ and φ from the minimiser's unconstrained coordinates, each squashed into its range.</summary>
    private static (double Alpha, double Beta, double Gamma, double Phi) Smoothing(double[] u, SmoothingModel model)
    {
        int i = 0;
        double alpha = Squash(u[i++], 1e-4, 0.9999);
        double beta = HasTrend(model) ? Squash(u[i++], 1e-4, alpha) : 0;
        double gamma = IsSeasonal(model) ? Squash(u[i++], 1e-4, 1 - alpha) : 0;
        double phi = model is SmoothingModel.DampedTrend or SmoothingModel.SeasonalDampedTrend ? Squash(u[i], MinimumDamping, MaximumDamping) : 1;
        return (alpha, beta, gamma, phi);
    }

    /// <summary>Maps an unconstrained number into (low, high) by the logistic function; 0 maps to the middle.</summary>
    private static double Squash(double u, double low, double high) => low + ((high - low) / (1 + Math.Exp(-u)));

    private static (double Level, double Trend, double[] Season) InitialStates(IReadOnlyList<double> series, SmoothingModel model, int m)
    {
        if (!IsSeasonal(model))
        {
            return (series[0], HasTrend(model) ? series[1] - series[0] : 0, []);
        }

        double firstMean = series.Take(m).Average();
        double secondMean = series.Skip(m).Take(m).Average();
        double[] season = [.. series.Take(m).Select(v => v - firstMean)];
        return (firstMean, HasTrend(model) ? (secondMean - firstMean) / m : 0, season);
    }

    /// <summary>φ + φ² + … + φʰ; h when φ = 1.</summary>
    private static double DampedSum(double phi, int h)
    {
        double sum = 0;
        double power = 1;
        for (int i = 1; i <= h; i++)
        {
            power *= phi;
            sum += power;
        }

        return sum;
    }

    private static bool HasTrend(SmoothingModel model) => model is not (SmoothingModel.Simple or SmoothingModel.Seasonal);

    private static bool IsSeasonal(SmoothingModel model) => model is SmoothingModel.Seasonal or SmoothingModel.SeasonalHoltLinear or SmoothingModel.SeasonalDampedTrend;
}
