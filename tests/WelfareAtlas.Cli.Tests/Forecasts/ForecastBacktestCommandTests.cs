using System.Globalization;
using System.Text;

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
    public async Task Backtest_MissingColumn_FailsWithExit2()
    {
        string input = Path.Combine(directory.FullName, "wide.csv");
        await File.WriteAllTextAsync(input, "area,year,x\nA,2001,1\n", TestContext.Current.CancellationToken);
        CliRun run = await CliRun.RunAsync(NoEnvironment, "forecast", "backtest", "--input", input, "--id-column", "kunta", "--output", Path.Combine(directory.FullName, "o.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no column 'kunta'", run.Error, StringComparison.Ordinal);
    }
}
