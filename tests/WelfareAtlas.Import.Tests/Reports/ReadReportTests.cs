using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.Tests.Reports;

public sealed class ReadReportTests
{
    [Fact]
    public void Error_WithPosition_FormatsFileLineColumnCodeAndValue()
    {
        ReadReport report = new("data.csv");

        report.Error("CSV_FIELD_COUNT", "Too few fields.", 12, 3, value: "091;2023");

        Assert.Equal("data.csv:12:3: error CSV_FIELD_COUNT: Too few fields. (value \"091;2023\")", report.Problems[0].ToString());
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Warning_WithLocationOnly_FormatsLocation()
    {
        ReadReport report = new("x.json");

        report.Warning("VALUE_EMPTY", "No values.", location: "$.value");

        Assert.Equal("x.json: warning VALUE_EMPTY: No values. at $.value", report.Problems[0].ToString());
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void Error_HugeValue_IsShortened()
    {
        ReadReport report = new("big.csv");

        report.Error("CSV_FIELD_TOO_LONG", "Long.", 1, 1, value: new string('x', 1_000_000));

        Assert.Equal(ImportProblem.MaxValueLength + 1, report.Problems[0].Value!.Length);
        Assert.EndsWith("…", report.Problems[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_MoreThanMaximum_KeepsFirstAndCountsTheRest()
    {
        ReadReport report = new("bad.csv");

        for (int line = 1; line <= ReadReport.MaxProblems + 5; line++)
        {
            report.Error("CSV_FIELD_COUNT", "Bad.", line);
        }

        Assert.Equal(ReadReport.MaxProblems, report.Problems.Count);
        Assert.Equal((5, ReadReport.MaxProblems + 5), (report.SuppressedCount, report.ErrorCount));
        Assert.Equal(1, report.Problems[0].Line);
    }
}
