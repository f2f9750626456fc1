using WelfareAtlas.Statistics.Funnels;

namespace WelfareAtlas.Core.Tests.Statistics.Funnels;

/// <summary>Rebuilds the funnel calls described in funnel_cases.csv.</summary>
public static class FunnelTestData
{
    /// <summary>
    /// The reference's funnel limit files are rounded: compare them to 1e-6 absolute (README.md), or, where the file
    /// prints fewer than six decimals (it keeps about ten significant digits), to one unit of its last digit.
    /// </summary>
    public const double LimitTolerance = 1e-6;

    public static void Limit(ReferenceRow row, string column, double actual)
    {
        string printed = row[column];
        int point = printed.IndexOf('.', StringComparison.Ordinal);
        int decimals = point < 0 || printed.Contains('E', StringComparison.Ordinal) ? 6 : printed.Length - point - 1;
        double lastDigit = Math.Pow(10, -decimals);
        Approx.Absolutely(row.Number(column), actual, $"{row} {column}", Math.Max(LimitTolerance, lastDigit));
    }

    public static List<FunnelRecord> ProportionRecords() =>
        ReferenceData.Load("funnel_prop_significance.csv").Select(r => new FunnelRecord(r.Number("numerator"), r.Number("denominator"))).ToList();

    public static List<FunnelRecord> RatioRecords() =>
        ReferenceData.Load("funnel_ratio_significance.csv").Select(r => new FunnelRecord(r.Number("obs"), r.Number("expected"))).ToList();

    public static List<RateFunnelRecord> RatePointInputs(bool maxEventsToFive = false)
    {
        List<ReferenceRow> rows = [.. ReferenceData.Load("funnel_rate_points_inputs.csv")];
        double maxEvents = rows.Max(r => r.Number("ev"));
        return rows
            .Select(r => new RateFunnelRecord(maxEventsToFive && r.Number("ev") == maxEvents ? 5 : r.Number("ev"), r.Number("rate")))
            .ToList();
    }

    public static void AssertPoint(ReferenceRow row, FunnelPoint point, string xColumn)
    {
        Assert.Equal(row.Number(xColumn), point.X);
        Limit(row, "lower_2s_limit", point.Lower95);
        Limit(row, "upper_2s_limit", point.Upper95);
        Limit(row, "lower_3s_limit", point.Lower998);
        Limit(row, "upper_3s_limit", point.Upper998);
    }
}
