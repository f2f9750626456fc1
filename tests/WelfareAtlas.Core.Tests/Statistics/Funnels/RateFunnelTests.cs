using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Funnels;

namespace WelfareAtlas.Core.Tests.Statistics.Funnels;

public sealed class RateFunnelTests
{
    [Fact]
    public void Limits_Dsr_MatchReferenceTable()
    {
        // funnel_cases.csv: all 50 rows, dsr per 100 000, 3 years.
        FunnelLimits limits = RateFunnel.Limits(FunnelTestData.RatePointInputs(), RateType.DirectlyStandardised, 100_000, 3).GetValueOrThrow();

        AssertTable("funnel_rate_limits_dsr.csv", limits);
    }

    [Fact]
    public void Limits_CrudeWithFewEvents_MatchReferenceTable()
    {
        // As the dsr call but crude, with the largest event count replaced by 5.
        FunnelLimits limits = RateFunnel.Limits(FunnelTestData.RatePointInputs(maxEventsToFive: true), RateType.Crude, 100_000, 3).GetValueOrThrow();

        AssertTable("funnel_rate_limits_crude_lt10.csv", limits);
    }

    [Fact]
    public void Limits_CrudeWithZeroEventsAndDenominator_MatchReferenceTable()
    {
        // pop = 1e5 × ev / rate; the max-ev row gets ev = 0 and rate = 0; keep rows with pop > max(pop) / 2.
        List<RateFunnelRecord> records = FunnelTestData.RatePointInputs()
            .Select(r => r with { Denominator = 100_000 * r.Events / r.Rate })
            .ToList();
        double maxEvents = records.Max(r => r.Events);
        records = records.Select(r => r.Events == maxEvents ? r with { Events = 0, Rate = 0 } : r).ToList();
        double maxPopulation = records.Max(r => r.Denominator!.Value);
        records = records.Where(r => r.Denominator > maxPopulation / 2).ToList();

        FunnelLimits limits = RateFunnel.Limits(records, RateType.Crude, 100_000, 3).GetValueOrThrow();

        AssertTable("funnel_rate_limits_crude_zero_with_denom.csv", limits);
    }

    // funnel_cases.csv, funnel_rate_significance.csv: column → rate column, multiplier, type, whether rows with 0 events are kept.
    [Theory]
    [InlineData("dsr_per_100000_with_0", "rate_dsr", 100_000, RateType.DirectlyStandardised, true)]
    [InlineData("dsr_per_100_with_0", "rate_dsr", 100, RateType.DirectlyStandardised, true)]
    [InlineData("dsr_per_100000_without_0", "rate_dsr", 100_000, RateType.DirectlyStandardised, false)]
    [InlineData("dsr_per_100_without_0", "rate_dsr", 100, RateType.DirectlyStandardised, false)]
    [InlineData("crude_per_100000_with_0", "rate_crude_per_100000", 100_000, RateType.Crude, true)]
    [InlineData("crude_per_100_with_0", "rate_crude_per_100", 100, RateType.Crude, true)]
    [InlineData("crude_per_100000_without_0", "rate_crude_per_100000", 100_000, RateType.Crude, false)]
    [InlineData("crude_per_100_without_0", "rate_crude_per_100", 100, RateType.Crude, false)]
    public void Significance_ReferenceColumn_MatchesLabels(string column, string rateColumn, double multiplier, RateType rateType, bool withZero)
    {
        List<ReferenceRow> rows = ReferenceData.Load("funnel_rate_significance.csv")
            .Where(r => withZero || r.Number("count") != 0)
            .ToList();
        List<RateFunnelRecord> records = rows
            .Select(r => new RateFunnelRecord(r.Number("count"), r.Number(rateColumn), r.Number("pop")))
            .ToList();

        IReadOnlyList<FunnelSignificance> significance = RateFunnel.Significance(records, rateType, multiplier).GetValueOrThrow();

        for (int i = 0; i < rows.Count; i++)
        {
            Assert.True(rows[i][column] == significance[i].ToReferenceLabel(), $"{rows[i]} {column}: expected {rows[i][column]}, got {significance[i].ToReferenceLabel()}");
        }
    }

    [Fact]
    public void Points_AllThreeCalls_MatchReferenceColumns()
    {
        IReadOnlyList<ReferenceRow> rows = ReferenceData.Load("funnel_rate_points_inputs.csv");
        double maxEvents = rows.Max(r => r.Number("ev"));
        // dsr: max ev replaced by 5 (no point there); crude: as given; crude with denominator: max ev → 0, 5 years.
        List<RateFunnelRecord> fewEvents = rows
            .Select(r => new RateFunnelRecord(r.Number("ev") == maxEvents ? 5 : r.Number("ev"), r.Number("rate"))).ToList();
        List<RateFunnelRecord> zeroEvents = rows
            .Select(r => new RateFunnelRecord(r.Number("ev") == maxEvents ? 0 : r.Number("ev"), r.Number("rate"), r.Number("pop"))).ToList();

        IReadOnlyList<RateFunnelPoint> dsr = RateFunnel.Points(fewEvents, RateType.DirectlyStandardised, 100_000, 3).GetValueOrThrow();
        List<RateFunnelRecord> asGiven = rows.Select(r => new RateFunnelRecord(r.Number("ev"), r.Number("rate"))).ToList();
        IReadOnlyList<RateFunnelPoint> crude = RateFunnel.Points(asGiven, RateType.Crude, 100_000, 3).GetValueOrThrow();
        IReadOnlyList<RateFunnelPoint> withDenominator = RateFunnel.Points(zeroEvents, RateType.Crude, 100_000, 5).GetValueOrThrow();

        for (int i = 0; i < rows.Count; i++)
        {
            ReferenceRow row = rows[i];
            Approx.Relatively(row.Number("rate_chart"), dsr[i].Rate, $"{row} rate_chart");
            Approx.Relatively(row.Number("denominator_derived"), dsr[i].PopulationPerYear, $"{row} denominator_derived", 1e-9);
            Approx.Relatively(row.Number("rate_chart_crude"), crude[i].Rate, $"{row} rate_chart_crude");
            Approx.Relatively(row.Number("denominator_derived_crude"), crude[i].PopulationPerYear, $"{row} denominator_derived_crude", 1e-9);
            Approx.Relatively(row.Number("rate_chart_crude_with_denom"), withDenominator[i].Rate, $"{row} rate_chart_crude_with_denom");
            Approx.Relatively(row.Number("denominator_derived_crude_with_denom"), withDenominator[i].PopulationPerYear, $"{row} denominator_derived_crude_with_denom", 1e-9);
        }
    }

    // errors_and_warnings.csv, calculate_funnel_limits / assign_funnel_significance for rates.
    [Fact]
    public void Significance_MissingEvents_TypedError()
    {
        StatisticResult<IReadOnlyList<FunnelSignificance>> result =
            RateFunnel.Significance([new RateFunnelRecord(double.NaN, 10)], RateType.Crude, 100_000);

        Assert.Equal("for rates, numerators must be provided for all records, even when their values are zero", result.Error!.Message);
    }

    [Fact]
    public void Significance_ZeroEventsWithoutDenominator_TypedError()
    {
        StatisticResult<IReadOnlyList<FunnelSignificance>> result =
            RateFunnel.Significance([new RateFunnelRecord(12, 10), new RateFunnelRecord(0, 0)], RateType.Crude, 100_000);

        Assert.Equal(
            "for rates, where there are 0 events for a record, the denominator field needs to be provided using the denominator argument",
            result.Error!.Message);
    }

    [Fact]
    public void Limits_ZeroEventsWithZeroDenominator_TypedError()
    {
        StatisticResult<FunnelLimits> result =
            RateFunnel.Limits([new RateFunnelRecord(12, 10), new RateFunnelRecord(0, 0, 0)], RateType.Crude, 100_000, 1);

        Assert.Equal("for rates, where there are 0 events for a record, the denominator must be provided", result.Error!.Message);
    }

    private static void AssertTable(string file, FunnelLimits limits)
    {
        IReadOnlyList<ReferenceRow> expected = ReferenceData.Load(file);
        Assert.Equal(expected.Count, limits.Points.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            ReferenceRow row = expected[i];
            FunnelPoint point = limits.Points[i];
            FunnelTestData.AssertPoint(row, point, "Events");
            FunnelTestData.Limit(row, "baseline", limits.Baseline!.Value);
            FunnelTestData.Limit(row, "lower_2s_population_1_year", point.Denominators!.Lower95);
            FunnelTestData.Limit(row, "upper_2s_population_1_year", point.Denominators.Upper95);
            FunnelTestData.Limit(row, "lower_3s_population_1_year", point.Denominators.Lower998);
            FunnelTestData.Limit(row, "upper_3s_population_1_year", point.Denominators.Upper998);
        }
    }
}
