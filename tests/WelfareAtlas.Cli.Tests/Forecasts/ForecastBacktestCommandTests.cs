using System.Globalization;
using System.Text;
using WelfareAtlas.Cli.Stats;

namespace WelfareAtlas.Cli.Tests.Forecasts;

public sealed class ForecastBacktestCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("atlas-forecast-test-");

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public async Task Backtest_WideTable_ScoresEverySeriesLongEnough()
    {
        // Two areas × 12 years of a share and a rate; area C has only 6 years, fewer than the 5 training
        // points + 3 held out a score needs, so it is skipped.
        StringBuilder csv = new("area,year,share %,rate\n");
        for (int year = 2001; year <= 2012; year++)
        {
            int t = year - 2001;
            csv.AppendLine(CultureInfo.InvariantCulture, $"A,{year},{20 + t},{100 + (5 * Math.Sin(t))}");
            csv.AppendLine(CultureInfo.InvariantCulture, $"B,{year},{50 - (0.5 * t)},{80 + (3 * Math.Cos(t))}");
        }

        for (int year = 2007; year <= 2012; year++)
        {
            csv.AppendLine(CultureInfo.InvariantCulture, $"C,{year},30,90");
        }

        string input = Path.Combine(directory.FullName, "wide.csv");
        string output = Path.Combine(directory.FullName, "scores.csv");
        await File.WriteAllTextAsync(input, csv.ToString(), TestContext.Current.CancellationToken);

        CliRun run = await CliRun.RunAsync(NoEnvironment, "forecast", "backtest", "--input", input, "--id-column", "area", "--output", output);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("4 series, 12 forecasts held out (3 per series)", run.Output, StringComparison.Ordinal);

        string[] lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal("id,column,scale,training,held,model,mase,naive_mase,beats_naive,inside80,inside95", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("A,share %,Proportion,9,3,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("B,rate,NonNegative,9,3,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Backtest_HostileSeriesIds_AreNeutralisedAndQuotedInTheOutput()
    {
        // Series ids a spreadsheet would run as formulas or commands, and ids with the delimiter, a quote and line ends.
        string[] ids =
        [
            "=HYPERLINK(\"http://evil.example/\",\"click\")", // formula, with a comma and quotes inside
            "+cmd|' /C calc'!A0",                                // DDE command
            "-2+3",                                              // arithmetic, not a plain number
            "@SUM(A1:A9)",
            "\tTab",
            "\rReturn",
            "two\nlines",                                        // a line feed in the middle must stay inside the quoted cell
            "a,b",
            "-12.5",                                             // a plain number is data and stays as it is
        ];
        StringBuilder csv = new("id,year,rate\n");
        foreach (string id in ids)
        {
            for (int year = 2001; year <= 2010; year++)
            {
                csv.Append('"').Append(id.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"')
                    .AppendLine(CultureInfo.InvariantCulture, $",{year},{100 + (3 * Math.Sin(year))}");
            }
        }

        string input = Path.Combine(directory.FullName, "hostile.csv");
        string output = Path.Combine(directory.FullName, "scores.csv");
        await File.WriteAllTextAsync(input, csv.ToString(), TestContext.Current.CancellationToken);

        CliRun run = await CliRun.RunAsync(NoEnvironment, "forecast", "backtest", "--input", input, "--id-column", "id", "--output", output);
        Assert.Equal(0, run.ExitCode);

        string written = await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken);
        CsvTable table = CsvTable.Read(new StringReader(written));
        Assert.Equal(["id", "column", "scale", "training", "held", "model", "mase", "naive_mase", "beats_naive", "inside80", "inside95"], table.Header);
        Assert.All(table.Rows, row => Assert.Equal(11, row.Count));
        string[] expected =
        [
            "'=HYPERLINK(\"http://evil.example/\",\"click\")", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1:A9)", "'\tTab", "'\rReturn", "two\nlines", "a,b", "-12.5",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), table.Rows.Select(r => r[0]).Order(StringComparer.Ordinal));

        // Every line of the file starts a record with a safe first character or a quote: no raw formula at a line start.
        Assert.DoesNotContain(written.Split('\n'), line => line.Length > 0 && "=+@\t".Contains(line[0], StringComparison.Ordinal));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\",rate,", written, StringComparison.Ordinal);
        Assert.Contains("\"two\nlines\",rate,", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest_MissingColumn_FailsWithExit2()
    {
        string input = Path.Combine(directory.FullName, "wide.csv");
        await File.WriteAllTextAsync(input, "area,year,x\nA,2001,1\n", TestContext.Current.CancellationToken);
        CliRun run = await CliRun.RunAsync(NoEnvironment, "forecast", "backtest", "--input", input, "--id-column", "kunta", "--output", Path.Combine(directory.FullName, "o.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no column 'kunta'", run.Error, StringComparison.Ordinal);
    }
}
