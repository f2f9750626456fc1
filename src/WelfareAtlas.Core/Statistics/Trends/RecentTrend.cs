using System.Runtime.InteropServices;
using MathNet.Numerics.Distributions;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Statistics.Trends;

/// <summary>The recent trend over the last five periods of a series: increasing, decreasing or no significant change.</summary>
/// <remarks>
/// <para>Fingertips "recent trends" (Public Health England, Fingertips technical guidance, "Recent trends: methodology");
/// formulas as in the dhsc-govuk/PHEindicatormethods branch <c>add_trend_markers</c> (<c>assign_trend_markers</c>), see
/// METHODS.md section 1.12.</para>
/// <para>Proportions: the chi-square test for linear trend (Armitage, Berry &amp; Matthews, Statistical Methods in
/// Medical Research, 4th ed., 2002, section 15.2), with cases c, denominators D and periods t:
/// χ² = ΣD(ΣD·Σct − Σc·ΣDt)² / (Σc(ΣD − Σc)(ΣD·ΣDt² − (ΣDt)²)).</para>
/// <para>Rates and other values: inverse-variance weighted least-squares regression of the value on the period,
/// with σ = (upper − lower) / (2z) from each value's confidence interval, and the Wald statistic χ² = β² / var(β)
/// (Fingertips recent-trend method for values with confidence intervals). A rate's interval is asymmetric at small
/// counts; its width is still the reference's choice of standard error.</para>
/// <para>A trend is significant when χ² exceeds the chi-square quantile with 1 degree of freedom at the test level
/// (99.8 % by default: 9.5495, the Fingertips threshold). A significant trend is then checked for robustness: if
/// leaving out any one of the five points reverses the slope's sign, it is reported as no significant change
/// ("outlier found").</para>
/// <para>Cannot be calculated, with the reason: fewer than five periods, a missing value among the last five,
/// two points with the same period, a proportion series with no cases or only cases (no variation to test), or a
/// value with a zero-width interval.</para>
/// </remarks>
public static class RecentTrend
{
    /// <summary>The number of most recent periods tested.</summary>
    public const int PointCount = 5;

    /// <summary>Tests the trend of a proportion series.</summary>
    /// <param name="series">The series in any order; the five latest periods are used.</param>
    /// <param name="level">The test's confidence level; 99.8 % by default.</param>
    public static TrendResult ForProportions(IReadOnlyList<ProportionTrendPoint> series, ConfidenceLevel? level = null)
    {
        double critical = CriticalValue(level);
        string? reason = CheckPeriods(series, p => p.Period);
        if (reason is not null)
        {
            return Cannot(reason);
        }

        List<ProportionTrendPoint> recent = Recent(series, p => p.Period);
        return ProportionsOfRecent(CollectionsMarshal.AsSpan(recent), critical);
    }

    /// <summary>Tests the trend of a series of values with confidence intervals (rates, DSRs, means).</summary>
    /// <param name="series">The series in any order; the five latest periods are used.</param>
    /// <param name="intervalLevel">The level of the points' intervals (95 % when they are the profile's inner limits).</param>
    /// <param name="level">The test's confidence level; 99.8 % by default.</param>
    public static TrendResult ForValues(IReadOnlyList<ValueTrendPoint> series, ConfidenceLevel intervalLevel, ConfidenceLevel? level = null)
    {
        double critical = CriticalValue(level);
        string? reason = CheckPeriods(series, p => p.Period);
        if (reason is not null)
        {
            return Cannot(reason);
        }

        List<ValueTrendPoint> recent = Recent(series, p => p.Period);
        return ValuesOfRecent(CollectionsMarshal.AsSpan(recent), intervalLevel.Z, critical);
    }

    /// <summary>
    /// <see cref="ForProportions"/> of the window of <see cref="PointCount"/> points a compute run tests for each cell,
    /// without copying it: the same result, taken by the same steps when the periods ascend (the usual window) and by
    /// <see cref="ForProportions"/> itself otherwise.
    /// </summary>
    internal static TrendResult ForProportionWindow(ReadOnlySpan<ProportionTrendPoint> window, ConfidenceLevel? level = null)
    {
        bool ascending = window.Length == PointCount && !double.IsNaN(window[0].Period);
        for (int i = 1; i < window.Length && ascending; i++)
        {
            ascending = window[i].Period > window[i - 1].Period;
        }

        return ascending ? ProportionsOfRecent(window, CriticalValue(level)) : ForProportions(window.ToArray(), level);
    }

    /// <summary>
    /// <see cref="ForValues"/> of the window of <see cref="PointCount"/> points a compute run tests for each cell, as
    /// <see cref="ForProportionWindow"/> does for proportions.
    /// </summary>
    internal static TrendResult ForValueWindow(ReadOnlySpan<ValueTrendPoint> window, ConfidenceLevel intervalLevel, ConfidenceLevel? level = null)
    {
        bool ascending = window.Length == PointCount && !double.IsNaN(window[0].Period);
        for (int i = 1; i < window.Length && ascending; i++)
        {
            ascending = window[i].Period > window[i - 1].Period;
        }

        return ascending ? ValuesOfRecent(window, intervalLevel.Z, CriticalValue(level)) : ForValues(window.ToArray(), intervalLevel, level);
    }

    /// <summary>The test of the <see cref="PointCount"/> latest points of a proportion series, in period order.</summary>
    private static TrendResult ProportionsOfRecent(ReadOnlySpan<ProportionTrendPoint> recent, double critical)
    {
        foreach (ProportionTrendPoint p in recent)
        {
            if (double.IsNaN(p.Numerator) || double.IsNaN(p.Denominator))
            {
                return Cannot("a value is missing in the last five periods");
            }
        }

        foreach (ProportionTrendPoint p in recent)
        {
            if (p.Numerator < 0 || p.Denominator <= 0 || p.Numerator > p.Denominator)
            {
                return Cannot("a point is not a proportion (numerator below 0 or above its denominator, or denominator not above 0)");
            }
        }

        (double ChiSquare, double Slope)? test = ProportionStatistic(recent);
        if (test is null)
        {
            return Cannot("no variation to test: the cases are all zero or all of the population");
        }

        return Judge(test.Value.ChiSquare, test.Value.Slope, critical, recent, static (points, _) => ProportionStatistic(points)?.Slope, 0);
    }

    /// <summary>The test of the <see cref="PointCount"/> latest points of a series of values, in period order; <paramref name="z"/> is their intervals' level's.</summary>
    private static TrendResult ValuesOfRecent(ReadOnlySpan<ValueTrendPoint> recent, double z, double critical)
    {
        foreach (ValueTrendPoint p in recent)
        {
            if (double.IsNaN(p.Value) || double.IsNaN(p.Interval.Lower) || double.IsNaN(p.Interval.Upper))
            {
                return Cannot("a value or confidence limit is missing in the last five periods");
            }
        }

        foreach (ValueTrendPoint p in recent)
        {
            if (!(p.Interval.Upper > p.Interval.Lower))
            {
                return Cannot("a confidence interval has no width, so the value has no standard error");
            }
        }

        (double ChiSquare, double Slope) test = WeightedRegression(recent, z);
        return Judge(test.ChiSquare, test.Slope, critical, recent, static (points, z) => WeightedRegression(points, z).Slope, z);
    }

    /// <summary>
    /// Tests the trend of a crude rate given as counts: each period's rate and 95 % interval (exact below 10 events,
    /// Byars from 10) go into <see cref="ForValues"/>.
    /// </summary>
    /// <param name="series">The series in any order; the five latest periods are used.</param>
    /// <param name="level">The test's confidence level; 99.8 % by default.</param>
    public static TrendResult ForRates(IReadOnlyList<RateTrendPoint> series, ConfidenceLevel? level = null)
    {
        var values = new List<ValueTrendPoint>(series.Count);
        foreach (RateTrendPoint point in series)
        {
            StatisticResult<Estimate> rate = CrudeRate.Compute(point.Events, point.Population);
            if (!rate.IsSuccess && rate.Error.Kind != StatisticErrorKind.MissingValue)
            {
                return Cannot($"the rate for period {point.Period.ToString(System.Globalization.CultureInfo.InvariantCulture)} cannot be computed: {rate.Error.Message}");
            }

            values.Add(rate.IsSuccess
                ? new ValueTrendPoint(point.Period, rate.Value.Value, rate.Value.Ci95!.Value)
                : new ValueTrendPoint(point.Period, double.NaN, new Interval(double.NaN, double.NaN)));
        }

        return ForValues(values, ConfidenceLevel.Percent95, level);
    }

    // The chi-square quantile is iterative and costly; profiles test at the two standard levels millions of times.
    private static readonly double Critical998 = ChiSquared.InvCDF(1, ConfidenceLevel.Percent998.Value);
    private static readonly double Critical95 = ChiSquared.InvCDF(1, ConfidenceLevel.Percent95.Value);

    private static double CriticalValue(ConfidenceLevel? level)
    {
        ConfidenceLevel chosen = level ?? ConfidenceLevel.Percent998;
        return chosen == ConfidenceLevel.Percent998 ? Critical998
            : chosen == ConfidenceLevel.Percent95 ? Critical95
            : ChiSquared.InvCDF(1, chosen.Value);
    }

    // Loops rather than LINQ: a profile tests a trend for every cell, millions of times.
    private static string? CheckPeriods<T>(IReadOnlyList<T> series, Func<T, double> period)
    {
        if (series.Count < PointCount)
        {
            return $"not enough data points: {series.Count} of the {PointCount} needed";
        }

        // Strictly ascending periods (the compute run's windows) are neither missing (NaN compares false) nor repeated.
        bool ascending = true;
        for (int i = 1; i < series.Count && ascending; i++)
        {
            ascending = period(series[i]) > period(series[i - 1]);
        }

        if (ascending && !double.IsNaN(period(series[0])))
        {
            return null;
        }

        HashSet<double> seen = new(series.Count);
        bool duplicate = false;
        for (int i = 0; i < series.Count; i++)
        {
            double value = period(series[i]);
            if (double.IsNaN(value))
            {
                return "a period is missing";
            }

            duplicate |= !seen.Add(value);
        }

        return duplicate ? "two or more points have the same period" : null;
    }

    /// <summary>The <see cref="PointCount"/> latest points in period order.</summary>
    private static List<T> Recent<T>(IReadOnlyList<T> series, Func<T, double> period)
    {
        bool ascending = true;
        for (int i = 1; i < series.Count && ascending; i++)
        {
            ascending = period(series[i]) > period(series[i - 1]);
        }

        if (!ascending)
        {
            return [.. series.OrderBy(period).TakeLast(PointCount)];
        }

        List<T> recent = new(PointCount);
        for (int i = series.Count - PointCount; i < series.Count; i++)
        {
            recent.Add(series[i]);
        }

        return recent;
    }

    private static (double ChiSquare, double Slope)? ProportionStatistic(ReadOnlySpan<ProportionTrendPoint> points)
    {
        double sumD = 0;
        double sumC = 0;
        double sumCt = 0;
        double sumDt = 0;
        double sumDt2 = 0;
        foreach (ProportionTrendPoint point in points)
        {
            sumD += point.Denominator;
            sumC += point.Numerator;
            sumCt += point.Numerator * point.Period;
            sumDt += point.Denominator * point.Period;
            sumDt2 += point.Denominator * point.Period * point.Period;
        }

        double covariance = (sumD * sumCt) - (sumC * sumDt);
        double periodSpread = (sumD * sumDt2) - (sumDt * sumDt);
        double variance = sumC * (sumD - sumC) * periodSpread;
        if (!(variance > 0))
        {
            return null;
        }

        // The least-squares slope of the proportion on the period, weighted by the denominators: same sign as the test.
        return (sumD * covariance * covariance / variance, covariance / periodSpread);
    }

    private static (double ChiSquare, double Slope) WeightedRegression(ReadOnlySpan<ValueTrendPoint> points, double z)
    {
        double sumW = 0;
        double sumWt = 0;
        double sumWy = 0;
        foreach (ValueTrendPoint point in points)
        {
            double sigma = (point.Interval.Upper - point.Interval.Lower) / (2 * z);
            double weight = 1 / (sigma * sigma);
            sumW += weight;
            sumWt += weight * point.Period;
            sumWy += weight * point.Value;
        }

        double meanT = sumWt / sumW;
        double meanY = sumWy / sumW;
        double sxx = 0;
        double sxy = 0;
        foreach (ValueTrendPoint point in points)
        {
            double sigma = (point.Interval.Upper - point.Interval.Lower) / (2 * z);
            double weight = 1 / (sigma * sigma);
            sxx += weight * (point.Period - meanT) * (point.Period - meanT);
            sxy += weight * (point.Period - meanT) * (point.Value - meanY);
        }

        double slope = sxy / sxx;
        // var(β) = 1 / Σw(t − t̄)² with known variances, so χ² = β² · Σw(t − t̄)².
        return (slope * slope * sxx, slope);
    }

    private static TrendResult Judge<T>(double chiSquare, double slope, double critical, ReadOnlySpan<T> recent, SlopeOf<T> slopeOf, double z)
    {
        if (!(chiSquare > critical) || slope == 0)
        {
            return new TrendResult(TrendDirection.NoSignificantChange, chiSquare, slope);
        }

        // One buffer refilled for each point left out: the slope functions do not keep it.
        T[] others = new T[recent.Length - 1];
        for (int left = 0; left < recent.Length; left++)
        {
            int next = 0;
            for (int i = 0; i < recent.Length; i++)
            {
                if (i != left)
                {
                    others[next++] = recent[i];
                }
            }

            double? otherSlope = slopeOf(others, z);
            if (otherSlope is double value && Math.Sign(value) != Math.Sign(slope))
            {
                return new TrendResult(TrendDirection.NoSignificantChange, chiSquare, slope, "outlier found: leaving out one point reverses the trend");
            }
        }

        return new TrendResult(slope > 0 ? TrendDirection.Increasing : TrendDirection.Decreasing, chiSquare, slope);
    }

    /// <summary>The slope of a series of points; <paramref name="z"/> is the points' intervals' level's, where they have intervals.</summary>
    private delegate double? SlopeOf<T>(ReadOnlySpan<T> points, double z);

    private static TrendResult Cannot(string reason) => new(TrendDirection.CannotBeCalculated, null, null, reason);
}
