using MathNet.Numerics.Distributions;

namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>
/// Forecasts an indicator's series on a scale that keeps forecasts and prediction intervals inside the measure's
/// range, with Poisson variation added for small counts.
/// </summary>
/// <remarks>
/// <para>Proportions are modelled as logit(p), with p clamped to [ε, 1 − ε] (ε = 0.5 / the largest denominator,
/// or 10⁻⁴ without denominators); non-negative values as ln(x + c), with c half the smallest positive value (or 1
/// when all are zero). Limits are transformed back, so a 95 % interval of the transformed value is a 95 %
/// interval of the value and the point forecast is a median.</para>
/// <para>Counts with denominators (events in a population): the model forecasts the rate. Its intervals come from
/// observed rates and so already include their sampling noise, but a Gaussian error on the log or logit scale
/// misses the discreteness of small counts (a month with no events at all). So each limit is widened, never
/// narrowed, to the (1 − L)/2 and (1 + L)/2 quantiles of a Poisson count with mean the forecast rate times the next
/// denominator, divided back by the denominator. At large counts the model's limits are wider and stay; at small
/// counts the Poisson limits take over. (An earlier version took the Poisson quantiles at the model's limits, which
/// counts the sampling noise twice: its 80 % intervals held 99 % of backtested values on the demo's register data.)</para>
/// </remarks>
public static class SeriesForecaster
{
    /// <summary>The fewest points a series needs for a forecast.</summary>
    public const int MinimumPoints = 5;

    /// <summary>Forecasts a series of values, or returns <see langword="null"/> when it is shorter than <see cref="MinimumPoints"/>.</summary>
    /// <param name="values">The values in time order, equally spaced, no gaps.</param>
    /// <param name="scale">The range of the values.</param>
    /// <param name="horizon">Steps ahead, ≥ 1.</param>
    /// <param name="seasonLength">Periods per season (12 for months); 1 for none.</param>
    public static FittedForecast? Forecast(IReadOnlyList<double> values, ForecastScale scale, int horizon, int seasonLength = 1)
    {
        if (values.Count < MinimumPoints)
        {
            return null;
        }

        Transform transform = Transform.For(scale, values, null);
        return ForecastTransformed(values, transform, horizon, seasonLength, null);
    }

    /// <summary>
    /// Forecasts a series of counts with denominators as rates (count ÷ denominator), with Poisson-aware intervals
    /// for the observed rate; the next periods are assumed to have the last denominator.
    /// </summary>
    /// <param name="counts">The events per period.</param>
    /// <param name="denominators">The population per period, &gt; 0.</param>
    /// <param name="scale"><see cref="ForecastScale.Proportion"/> when the count is part of the denominator, else <see cref="ForecastScale.NonNegative"/>.</param>
    /// <param name="horizon">Steps ahead, ≥ 1.</param>
    /// <param name="seasonLength">Periods per season; 1 for none.</param>
    /// <returns>Forecasts on the rate scale (count ÷ denominator, not multiplied), or <see langword="null"/> for a short series.</returns>
    public static FittedForecast? ForecastCounts(IReadOnlyList<double> counts, IReadOnlyList<double> denominators, ForecastScale scale, int horizon, int seasonLength = 1)
    {
        if (counts.Count != denominators.Count)
        {
            throw new ArgumentException("Counts and denominators must have the same length.", nameof(denominators));
        }

        if (counts.Count < MinimumPoints)
        {
            return null;
        }

        double[] rates = [.. counts.Select((count, i) => count / denominators[i])];
        Transform transform = Transform.For(scale, rates, denominators.Max());
        return ForecastTransformed(rates, transform, horizon, seasonLength, denominators[^1]);
    }

    private static FittedForecast? ForecastTransformed(IReadOnlyList<double> values, Transform transform, int horizon, int seasonLength, double? nextDenominator)
    {
        double[] transformed = [.. values.Select(transform.Forward)];
        if (ExponentialSmoothing.FitBest(transformed, seasonLength) is not { } fit)
        {
            return null;
        }

        List<ForecastPoint> points = [];
        foreach (ForecastPoint point in ExponentialSmoothing.Forecast(fit, horizon))
        {
            ForecastPoint back = new(
                point.Step,
                transform.Backward(point.Value),
                transform.Backward(point.Lower80),
                transform.Backward(point.Upper80),
                transform.Backward(point.Lower95),
                transform.Backward(point.Upper95));
            points.Add(nextDenominator is { } denominator ? WithPoisson(back, denominator, transform.Scale) : back);
        }

        return new FittedForecast(fit, transform.Scale, points, nextDenominator is not null);
    }

    private static ForecastPoint WithPoisson(ForecastPoint rate, double denominator, ForecastScale scale)
    {
        // The model was fitted on observed rates, so its intervals already hold their sampling noise; Poisson
        // quantiles at the forecast rate only widen them where counts are too small for that to hold.
        double expected = rate.Value * denominator;
        double Lower(double level) => PoissonQuantile(expected, (1 - level) / 2) / denominator;
        double Upper(double level) => PoissonQuantile(expected, (1 + level) / 2) / denominator;
        double cap = scale == ForecastScale.Proportion ? 1 : double.PositiveInfinity;
        return rate with
        {
            Lower80 = Math.Min(rate.Lower80, Lower(0.8)),
            Upper80 = Math.Min(cap, Math.Max(rate.Upper80, Upper(0.8))),
            Lower95 = Math.Min(rate.Lower95, Lower(0.95)),
            Upper95 = Math.Min(cap, Math.Max(rate.Upper95, Upper(0.95))),
        };
    }

    /// <summary>The smallest k with P(X ≤ k) ≥ <paramref name="probability"/> for X ~ Poisson(<paramref name="mean"/>).</summary>
    /// <remarks>
    /// Exact: the search starts at the Cornish–Fisher approximation mean + z√mean + (z² − 1)/6 and steps from there,
    /// updating the cumulative probability with the probability mass (P(k + 1) = P(k)·mean/(k + 1)), so a large
    /// mean costs one distribution function and a few steps, not a walk from zero.
    /// </remarks>
    internal static double PoissonQuantile(double mean, double probability)
    {
        if (mean <= 0)
        {
            return 0;
        }

        double z = Normal.InvCDF(0, 1, probability);
        int k = (int)Math.Max(0, Math.Floor(mean + (z * Math.Sqrt(mean)) + (((z * z) - 1) / 6)));
        double cumulative = Poisson.CDF(mean, k);
        double mass = Poisson.PMF(mean, k);
        while (cumulative < probability)
        {
            k++;
            mass *= mean / k;
            cumulative += mass;
        }

        while (k > 0 && cumulative - mass >= probability)
        {
            cumulative -= mass;
            mass *= k / mean;
            k--;
        }

        return k;
    }

    private sealed record Transform(ForecastScale Scale, Func<double, double> Forward, Func<double, double> Backward)
    {
        public static Transform For(ForecastScale scale, IReadOnlyList<double> values, double? largestDenominator)
        {
            switch (scale)
            {
                case ForecastScale.Proportion:
                    double epsilon = largestDenominator is { } d and > 0 ? Math.Min(0.5 / d, 1e-2) : 1e-4;
                    return new Transform(
                        scale,
                        p => Math.Log(Math.Clamp(p, epsilon, 1 - epsilon) / (1 - Math.Clamp(p, epsilon, 1 - epsilon))),
                        x => 1 / (1 + Math.Exp(-x)));
                case ForecastScale.NonNegative:
                    double smallestPositive = values.Where(v => v > 0).DefaultIfEmpty(2).Min();
                    double offset = smallestPositive / 2;
                    return new Transform(scale, v => Math.Log(Math.Max(v, 0) + offset), x => Math.Max(0, Math.Exp(x) - offset));
                default:
                    return new Transform(scale, v => v, x => x);
            }
        }
    }
}
