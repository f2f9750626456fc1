using WelfareAtlas.Cli.Stats;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Cli.Tests.Stats;

public sealed class StatsCsvProcessorTests
{
    private static CsvTable Csv(string text) => CsvTable.Read(new StringReader(text));

    private static string Cell(CsvTable table, int row, string column) => table.Rows[row][table.IndexOf(column)];

    [Fact]
    public void Proportion_ValidRow_PassesColumnsThroughAndAddsWilsonLimits()
    {
        StatsRun run = StatsCsvProcessor.Proportion(Csv("area,numerator,denominator,note\n091,65,100,\"Helsinki, all\"\n"), StatsOptions.Default);

        CsvTable output = run.Output!;
        Assert.Equal(
            ["area", "numerator", "denominator", "note", "value", "lower95", "upper95", "lower99_8", "upper99_8", "method", "error"],
            output.Header);
        Assert.Equal("091", Cell(output, 0, "area"));
        Assert.Equal("Helsinki, all", Cell(output, 0, "note"));
        Assert.Equal("0.65", Cell(output, 0, "value"));
        // byars_wilson.csv: 65/100 at 95 %, round-trip formatted.
        Assert.Equal(0.55254443296887967, double.Parse(Cell(output, 0, "lower95"), System.Globalization.CultureInfo.InvariantCulture), 14);
        Assert.Equal("Wilson", Cell(output, 0, "method"));
        Assert.Equal(string.Empty, Cell(output, 0, "error"));
        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData("-1,100", "numerators must be greater than or equal to zero")]
    [InlineData("101,100", "numerators must be less than or equal to denominator for a proportion statistic")]
    [InlineData("1,0", "denominators must be greater than zero")]
    [InlineData("abc,100", "line 2: numerator 'abc' is not a number (use a point for decimals, no thousands separators)")]
    [InlineData("\"1,5\",100", "line 2: numerator '1,5' is not a number (use a point for decimals, no thousands separators)")] // a Finnish decimal comma
    [InlineData(",100", "line 2: numerator is missing")]
    public void Proportion_BadRow_EmptyValuesAndReason(string cells, string error)
    {
        StatsRun run = StatsCsvProcessor.Proportion(Csv($"numerator,denominator\n{cells}\n5,10\n"), StatsOptions.Default);

        CsvTable output = run.Output!;
        Assert.Equal(error, Cell(output, 0, "error"));
        Assert.Equal(string.Empty, Cell(output, 0, "value"));
        Assert.Equal(string.Empty, Cell(output, 0, "lower95"));
        Assert.Equal("0.5", Cell(output, 1, "value"));
        Assert.Equal(1, run.FailedRows);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Proportion_BadRowAfterABlankLineAndAFieldOverTwoLines_NamesTheLineItIsOn()
    {
        // Line 1 the header, 2 blank, 3–4 one row (a quoted note over two lines), 5 the bad row.
        StatsRun run = StatsCsvProcessor.Proportion(Csv("numerator,denominator,note\n\n5,10,\"first\nsecond\"\nabc,100,x\n"), StatsOptions.Default);

        Assert.Equal(string.Empty, Cell(run.Output!, 0, "error"));
        Assert.Equal("line 5: numerator 'abc' is not a number (use a point for decimals, no thousands separators)", Cell(run.Output!, 1, "error"));
    }

    [Fact]
    public void Rate_Only95AndMultiplier_WritesThoseColumns()
    {
        StatsRun run = StatsCsvProcessor.Rate(Csv("numerator,denominator\n1,1000\n10,1000\n"), new StatsOptions(true, false, 1000));

        CsvTable output = run.Output!;
        Assert.Equal(["numerator", "denominator", "value", "lower95", "upper95", "method", "error"], output.Header);
        Assert.Equal("1", Cell(output, 0, "value"));
        Assert.Equal("Exact", Cell(output, 0, "method"));
        Assert.Equal("Byars", Cell(output, 1, "method"));
        // derived_edge_cases.csv: 10 of 1000 per 100 000 has upper 1839.1458605756472, i.e. 18.391458605756472 per 1000.
        Assert.Equal(18.391458605756472, double.Parse(Cell(output, 1, "upper95"), System.Globalization.CultureInfo.InvariantCulture), 12);
    }

    [Fact]
    public void Rate_NumeratorAboveDenominator_Allowed()
    {
        StatsRun run = StatsCsvProcessor.Rate(Csv("numerator,denominator\n250,220\n"), StatsOptions.Default);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Rate_NoDenominatorColumn_Unusable()
    {
        StatsRun run = StatsCsvProcessor.Rate(Csv("numerator,population\n1,100\n"), StatsOptions.Default);

        Assert.Null(run.Output);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'denominator'", run.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Mean_Groups_OneRowPerGroupInFirstSeenOrder()
    {
        StatsRun run = StatsCsvProcessor.Mean(Csv("group,value\nB,1\nA,2\nB,3\nA,4\nA,6\n"), StatsOptions.Default);

        CsvTable output = run.Output!;
        Assert.Equal(["B", "A"], output.Rows.Select(r => r[0]));
        Assert.Equal("2", Cell(output, 0, "value"));
        Assert.Equal("2", Cell(output, 0, "count"));
        Assert.Equal("3", Cell(output, 1, "count"));
        Assert.Equal("4", Cell(output, 1, "value"));
        Assert.Equal("Student's t", Cell(output, 1, "method"));
    }

    [Fact]
    public void DirectlyStandardised_Esp2013ByOrder_EqualBandRatesGiveThatRate()
    {
        // 19 bands each at 10 per 1000: every weighting gives 1000 per 100 000.
        string rows = string.Concat(Enumerable.Repeat("10,1000\n", EuropeanStandardPopulation.Esp2013.Count));

        StatsRun run = StatsCsvProcessor.DirectlyStandardised(Csv("numerator,denominator\n" + rows), StatsOptions.Default);

        CsvTable output = run.Output!;
        Assert.Equal(1000, double.Parse(Cell(output, 0, "value"), System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal("190", Cell(output, 0, "total_count"));
        Assert.Equal("Dobson", Cell(output, 0, "method"));
    }

    [Fact]
    public void DirectlyStandardised_FewerThanTenEvents_SuppressedWithReason()
    {
        StatsRun run = StatsCsvProcessor.DirectlyStandardised(
            Csv("group,numerator,denominator,standard_population\nX,4,1000,60000\nX,5,1000,40000\n"), StatsOptions.Default);

        CsvTable output = run.Output!;
        Assert.Equal("9", Cell(output, 0, "total_count"));
        Assert.Equal(string.Empty, Cell(output, 0, "value"));
        Assert.Equal("dsr NA for total count < 10", Cell(output, 0, "error"));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void IndirectlyStandardised_Ratio_ObservedOverExpected()
    {
        // Expected = 100 × 10/1000 + 400 × 10/1000 = 5; observed 10; ratio × 100 = 200.
        StatsRun run = StatsCsvProcessor.IndirectlyStandardised(
            Csv("numerator,denominator,reference_numerator,reference_denominator\n4,100,10,1000\n6,400,10,1000\n"),
            new StatsOptions(true, true, 100),
            asRate: false);

        CsvTable output = run.Output!;
        Assert.Equal("10", Cell(output, 0, "observed"));
        Assert.Equal(200, double.Parse(Cell(output, 0, "value"), System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal("Byars", Cell(output, 0, "method"));
    }

    [Theory]
    [InlineData(null, true, true)]
    [InlineData("95", true, false)]
    [InlineData("99.8", false, true)]
    [InlineData("95,99.8", true, true)]
    public void TryParseConfidence_Valid_Levels(string? text, bool include95, bool include998)
    {
        Assert.True(StatsOptions.TryParseConfidence(text, out bool at95, out bool at998, out _));
        Assert.Equal(include95, at95);
        Assert.Equal(include998, at998);
    }

    [Fact]
    public void TryParseConfidence_OtherLevel_Error()
    {
        Assert.False(StatsOptions.TryParseConfidence("90", out _, out _, out string? error));
        Assert.Contains("'90'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectlyStandardisedNonIndependent_TwoFrequencies_EventsCountedByFrequency()
    {
        // Band A: 10 people with 1 event and 5 with 2 → 20 events of 1000; band B: 10 events of 1000. Equal band
        // rates would give a plain average; here (20/1000 · 60000 + 10/1000 · 40000) / 100000 × 100000 = 1600.
        StatsRun run = StatsCsvProcessor.DirectlyStandardisedNonIndependent(
            Csv("ageband,eventfreq,numerator,denominator,standard_population\nA,1,10,1000,60000\nA,2,5,1000,60000\nB,1,10,1000,40000\n"),
            StatsOptions.Default);

        CsvTable output = run.Output!;
        Assert.Equal("30", Cell(output, 0, "total_count"));
        Assert.Equal("2000", Cell(output, 0, "total_population"));
        Assert.Equal(1600, double.Parse(Cell(output, 0, "value"), System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal("Dobson, non-independent events", Cell(output, 0, "method"));
    }

    [Fact]
    public void DirectlyStandardisedNonIndependent_NoAgeBandColumn_Unusable()
    {
        StatsRun run = StatsCsvProcessor.DirectlyStandardisedNonIndependent(
            Csv("eventfreq,numerator,denominator,standard_population\n1,10,1000,60000\n"), StatsOptions.Default);

        Assert.Equal(2, run.ExitCode);
    }
}
