using MathNet.Numerics.Distributions;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.Core.Tests.Statistics.Trends;

public sealed class RecentTrendTests
{
    private static List<ProportionTrendPoint> Proportions(double[] cases, double denominator = 100) =>
        cases.Select((c, i) => new ProportionTrendPoint(2019 + i, c, denominator)).ToList();

    private static List<ValueTrendPoint> Values(double[] values, double standardError)
    {
        double z = ConfidenceLevel.Percent95.Z;
        return values.Select((v, i) => new ValueTrendPoint(2019 + i, v, new Interval(v - (z * standardError), v + (z * standardError)))).ToList();
    }

    [Fact]
    public void ForProportions_RisingFrom10To30Percent_IncreasingWithHandComputedChiSquare()
    {
        // 10, 15, 20, 25, 30 of 100: χ² = 15.625 by the trend formula (hand-computed; > 9.5495).
        TrendResult result = RecentTrend.ForProportions(Proportions([10, 15, 20, 25, 30]));

        Assert.Equal(TrendDirection.Increasing, result.Direction);
        Approx.Relatively(15.625, result.ChiSquare, "chi-square", 1e-12);
        Approx.Relatively(0.05, result.Slope, "slope per year", 1e-12);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void ForProportions_AnySeries_AgreesWithCochranArmitageForm()
    {
        // An independent form of the same statistic: [Σt(c − Dp̄)]² / (p̄(1 − p̄)(ΣDt² − (ΣDt)²/ΣD)).
        double[] cases = [61, 50, 42, 31, 20];
        double[] denominators = [120, 130, 110, 125, 118];
        List<ProportionTrendPoint> series = cases.Select((c, i) => new ProportionTrendPoint(i + 1, c, denominators[i])).ToList();
        double p = cases.Sum() / denominators.Sum();
        double numerator = Math.Pow(series.Sum(s => s.Period * (s.Numerator - (s.Denominator * p))), 2);
        double sumDt = series.Sum(s => s.Denominator * s.Period);
        double expected = numerator / (p * (1 - p) * (series.Sum(s => s.Denominator * s.Period * s.Period) - (sumDt * sumDt / denominators.Sum())));

        TrendResult result = RecentTrend.ForProportions(series);

        Approx.Relatively(expected, result.ChiSquare, "chi-square", 1e-12);
        Assert.Equal(TrendDirection.Decreasing, result.Direction);
    }

    [Fact]
    public void ForProportions_FlatSeries_NoSignificantChange()
    {
        TrendResult result = RecentTrend.ForProportions(Proportions([50, 48, 52, 49, 51]));

        Assert.Equal(TrendDirection.NoSignificantChange, result.Direction);
        Assert.True(result.ChiSquare < ChiSquared.InvCDF(1, 0.998));
    }

    [Fact]
    public void ForProportions_OnlyTheLatestFiveCount()
    {
        // A steep fall before the last five periods, then flat: no significant change.
        List<ProportionTrendPoint> series = Proportions([90, 80, 50, 48, 52, 49, 51]);

        TrendResult result = RecentTrend.ForProportions(series);

        Assert.Equal(TrendDirection.NoSignificantChange, result.Direction);
    }

    [Fact]
    public void ForProportions_OneSpike_OutlierFoundNoSignificantChange()
    {
        // 10, 10, 10, 10, 60 of 100: significant, but without the last point there is no slope at all.
        TrendResult result = RecentTrend.ForProportions(Proportions([10, 10, 10, 10, 60]));

        Assert.True(result.ChiSquare > ChiSquared.InvCDF(1, 0.998));
        Assert.Equal(TrendDirection.NoSignificantChange, result.Direction);
        Assert.StartsWith("outlier found", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ForProportions_FourPoints_CannotBeCalculated()
    {
        TrendResult result = RecentTrend.ForProportions(Proportions([10, 15, 20, 25]));

        Assert.Equal(TrendDirection.CannotBeCalculated, result.Direction);
        Assert.Equal("not enough data points: 4 of the 5 needed", result.Reason);
    }

    [Fact]
    public void ForProportions_MissingValue_CannotBeCalculated()
    {
        TrendResult result = RecentTrend.ForProportions(Proportions([10, 15, double.NaN, 25, 30]));

        Assert.Equal(TrendDirection.CannotBeCalculated, result.Direction);
        Assert.Equal("a value is missing in the last five periods", result.Reason);
    }

    [Fact]
    public void ForProportions_DuplicatePeriod_CannotBeCalculated()
    {
        List<ProportionTrendPoint> series = Proportions([10, 15, 20, 25, 30]);
        series[4] = series[4] with { Period = series[3].Period };

        TrendResult result = RecentTrend.ForProportions(series);

        Assert.Equal(TrendDirection.CannotBeCalculated, result.Direction);
        Assert.Equal("two or more points have the same period", result.Reason);
    }

    [Fact]
    public void ForProportions_NoCasesAtAll_CannotBeCalculated()
    {
        TrendResult result = RecentTrend.ForProportions(Proportions([0, 0, 0, 0, 0]));

        Assert.Equal(TrendDirection.CannotBeCalculated, result.Direction);
    }

    [Fact]
    public void ForValues_SteadyRiseOfTenWithStandardErrorFive_IncreasingChiSquare40()
    {
        // 100..140 with σ = 5: β = 10 per year, Σw(t − t̄)² = 10/25 = 0.4, χ² = 100 · 0.4 = 40 (hand-computed).
        TrendResult result = RecentTrend.ForValues(Values([100, 110, 120, 130, 140], 5), ConfidenceLevel.Percent95);

        Assert.Equal(TrendDirection.Increasing, result.Direction);
        Approx.Relatively(40, result.ChiSquare, "chi-square", 1e-12);
        Approx.Relatively(10, result.Slope, "slope", 1e-12);
    }

    [Fact]
    public void ForValues_SteadyFall_Decreasing()
    {
        TrendResult result = RecentTrend.ForValues(Values([140, 130, 120, 110, 100], 5), ConfidenceLevel.Percent95);

        Assert.Equal(TrendDirection.Decreasing, result.Direction);
    }

    [Fact]
    public void ForValues_NoisyFlat_NoSignificantChange()
    {
        TrendResult result = RecentTrend.ForValues(Values([100, 102, 101, 103, 102], 5), ConfidenceLevel.Percent95);

        Assert.Equal(TrendDirection.NoSignificantChange, result.Direction);
    }

    [Fact]
    public void ForValues_ZeroWidthInterval_CannotBeCalculated()
    {
        List<ValueTrendPoint> series = Values([100, 110, 120, 130, 140], 5);
        series[2] = series[2] with { Interval = new Interval(120, 120) };

        TrendResult result = RecentTrend.ForValues(series, ConfidenceLevel.Percent95);

        Assert.Equal(TrendDirection.CannotBeCalculated, result.Direction);
    }

    [Fact]
    public void ForValues_LowerTestLevel_MoreSensitive()
    {
        // χ² = 6.4 (β = 4, σ = 5): significant at 95 % (3.84) but not at 99.8 % (9.55).
        List<ValueTrendPoint> series = Values([100, 104, 108, 112, 116], 5);

        Assert.Equal(TrendDirection.NoSignificantChange, RecentTrend.ForValues(series, ConfidenceLevel.Percent95).Direction);
        Assert.Equal(TrendDirection.Increasing, RecentTrend.ForValues(series, ConfidenceLevel.Percent95, ConfidenceLevel.Percent95).Direction);
    }

    [Fact]
    public void ForRates_RisingCounts_IncreasingAndSameAsForValuesOnTheirIntervals()
    {
        // 100, 130, 160, 190, 220 events per 100 000 people: a clear rise.
        List<RateTrendPoint> series = [.. new[] { 100.0, 130, 160, 190, 220 }.Select((e, i) => new RateTrendPoint(2019 + i, e, 100_000))];
        List<ValueTrendPoint> asValues = series
            .Select(p => CrudeRate.Compute(p.Events, p.Population).GetValueOrThrow())
            .Select((e, i) => new ValueTrendPoint(2019 + i, e.Value, e.Ci95!.Value))
            .ToList();

        TrendResult result = RecentTrend.ForRates(series);

        Assert.Equal(TrendDirection.Increasing, result.Direction);
        Assert.Equal(RecentTrend.ForValues(asValues, ConfidenceLevel.Percent95).ChiSquare, result.ChiSquare);
    }

    [Fact]
    public void ForRates_NegativeCount_CannotBeCalculatedWithReason()
    {
        List<RateTrendPoint> series = [.. Enumerable.Range(0, 5).Select(i => new RateTrendPoint(2019 + i, i == 2 ? -1 : 50, 1000))];

        TrendResult result = RecentTrend.ForRates(series);

        Assert.Equal(TrendDirection.CannotBeCalculated, result.Direction);
        Assert.Equal("the rate for period 2021 cannot be computed: numerators must be greater than or equal to zero", result.Reason);
    }
}
