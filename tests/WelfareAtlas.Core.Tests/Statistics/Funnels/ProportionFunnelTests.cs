using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Funnels;

namespace WelfareAtlas.Core.Tests.Statistics.Funnels;

public sealed class ProportionFunnelTests
{
    [Fact]
    public void Limits_AllRecords_MatchReferenceTable()
    {
        // funnel_prop_limits.csv: all 303 records, multiplier 100; the axis starts at 0 (max > 2 × min).
        FunnelLimits limits = ProportionFunnel.Limits(FunnelTestData.ProportionRecords(), 100).GetValueOrThrow();

        IReadOnlyList<ReferenceRow> expected = ReferenceData.Load("funnel_prop_limits.csv");
        Assert.Equal(expected.Count, limits.Points.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            FunnelTestData.AssertPoint(expected[i], limits.Points[i], "Population");
            Approx.Absolutely(expected[i].Number("baseline"), limits.Baseline, $"{expected[i]} baseline", FunnelTestData.LimitTolerance);
        }
    }

    [Fact]
    public void Limits_NarrowDenominatorRange_AxisStartsAtRoundedMinimum()
    {
        // funnel_prop_limits_axis_variation.csv: only records with denominator < 31000, so max ≤ 2 × min.
        List<FunnelRecord> records = FunnelTestData.ProportionRecords().Where(r => r.Denominator < 31000).ToList();

        FunnelLimits limits = ProportionFunnel.Limits(records, 100).GetValueOrThrow();

        IReadOnlyList<ReferenceRow> expected = ReferenceData.Load("funnel_prop_limits_axis_variation.csv");
        Assert.Equal(expected.Count, limits.Points.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            FunnelTestData.AssertPoint(expected[i], limits.Points[i], "Population");
            Approx.Absolutely(expected[i].Number("baseline"), limits.Baseline, $"{expected[i]} baseline", FunnelTestData.LimitTolerance);
        }
    }

    [Fact]
    public void Significance_AllRecords_MatchReferenceLabels()
    {
        IReadOnlyList<ReferenceRow> rows = ReferenceData.Load("funnel_prop_significance.csv");

        IReadOnlyList<FunnelSignificance> significance = ProportionFunnel.Significance(FunnelTestData.ProportionRecords()).GetValueOrThrow();

        for (int i = 0; i < rows.Count; i++)
        {
            Assert.True(rows[i]["significance"] == significance[i].ToReferenceLabel(), $"{rows[i]}: expected {rows[i]["significance"]}, got {significance[i].ToReferenceLabel()}");
        }
    }

    // errors_and_warnings.csv, assign_funnel_significance / calculate_funnel_limits for proportions.
    [Theory]
    [InlineData(double.NaN, 10, "for proportions, numerators and denominators must be provided for all records, even when their values are zero")]
    [InlineData(-1, 10, "numerators must be greater than or equal to zero")]
    [InlineData(1, 0, "denominators must be greater than zero")]
    [InlineData(11, 10, "numerators must be less than or equal to denominator for a proportion statistic")]
    public void Significance_InvalidRecord_TypedError(double numerator, double denominator, string message)
    {
        StatisticResult<IReadOnlyList<FunnelSignificance>> result =
            ProportionFunnel.Significance([new FunnelRecord(5, 10), new FunnelRecord(numerator, denominator)]);

        Assert.Equal(StatisticErrorKind.InvalidInput, result.Error!.Kind);
        Assert.Equal(message, result.Error.Message);
    }

    [Theory]
    [InlineData(100000, 5)] // R prints 100000 as "1e+05": 5 characters
    [InlineData(120000, 6)]
    [InlineData(31, 2)]
    [InlineData(1000000, 5)] // "1e+06"
    public void RCharacterCount_WholeNumber_AsRPrintsIt(double value, int expected)
    {
        Assert.Equal(expected, FunnelAxis.RCharacterCount(value));
    }
}
