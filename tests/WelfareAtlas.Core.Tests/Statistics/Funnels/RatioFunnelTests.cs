using WelfareAtlas.Statistics.Funnels;

namespace WelfareAtlas.Core.Tests.Statistics.Funnels;

public sealed class RatioFunnelTests
{
    [Theory]
    [InlineData(RatioType.Count, "count")]
    [InlineData(RatioType.IndirectlyStandardisedRatio, "isr")]
    public void Limits_AllRecords_MatchReferenceTable(RatioType ratioType, string suffix)
    {
        FunnelLimits limits = RatioFunnel.Limits(FunnelTestData.RatioRecords(), ratioType).GetValueOrThrow();

        IReadOnlyList<ReferenceRow> expected = ReferenceData.Load("funnel_ratio_limits.csv");
        Assert.Equal(expected.Count, limits.Points.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            ReferenceRow row = expected[i];
            FunnelPoint point = limits.Points[i];
            Assert.Equal(row.Number("Observed_events"), point.X);
            FunnelTestData.Limit(row, "lower_2s_exp_events", point.Denominators!.Lower95);
            FunnelTestData.Limit(row, "upper_2s_exp_events", point.Denominators.Upper95);
            FunnelTestData.Limit(row, "lower_3s_exp_events", point.Denominators.Lower998);
            FunnelTestData.Limit(row, "upper_3s_exp_events", point.Denominators.Upper998);
            FunnelTestData.Limit(row, $"lower_2s_{suffix}", point.Lower95);
            FunnelTestData.Limit(row, $"upper_2s_{suffix}", point.Upper95);
            FunnelTestData.Limit(row, $"lower_3s_{suffix}", point.Lower998);
            FunnelTestData.Limit(row, $"upper_3s_{suffix}", point.Upper998);
        }
    }

    [Fact]
    public void Significance_AllRecords_MatchReferenceLabels()
    {
        IReadOnlyList<ReferenceRow> rows = ReferenceData.Load("funnel_ratio_significance.csv");

        IReadOnlyList<FunnelSignificance> significance = RatioFunnel.Significance(FunnelTestData.RatioRecords()).GetValueOrThrow();

        for (int i = 0; i < rows.Count; i++)
        {
            Assert.True(rows[i]["significance"] == significance[i].ToReferenceLabel(), $"{rows[i]}: expected {rows[i]["significance"]}, got {significance[i].ToReferenceLabel()}");
        }
    }
}
