using System.Globalization;
using WelfareAtlas.Cli.Stats;

namespace WelfareAtlas.Cli.Tests.Stats;

public sealed class StatsCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("atlas-stats-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Invoke_ProportionUnderFinnishCulture_WritesInvariantNumbersAndExitsZero()
    {
        string input = Path.Combine(_directory.FullName, "in.csv");
        string output = Path.Combine(_directory.FullName, "out.csv");
        File.WriteAllText(input, "area,numerator,denominator\n091,1,8\n");
        CultureInfo original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi-FI");
        int exitCode;
        try
        {
            exitCode = StatsCommand.Create().Parse(["proportion", "--input", input, "--output", output, "--multiplier", "100"]).Invoke();
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.Equal(0, exitCode);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal("area,numerator,denominator,value,lower95,upper95,lower99_8,upper99_8,method,error", lines[0]);
        Assert.StartsWith("091,1,8,12.5,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",Wilson,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_BadRow_ExitCodeOneAndErrorColumn()
    {
        string input = Path.Combine(_directory.FullName, "in.csv");
        string output = Path.Combine(_directory.FullName, "out.csv");
        File.WriteAllText(input, "numerator,denominator\n3,0\n");

        int exitCode = StatsCommand.Create().Parse(["rate", "--input", input, "--output", output]).Invoke();

        Assert.Equal(1, exitCode);
        Assert.EndsWith(",denominators must be greater than zero", File.ReadAllLines(output)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_BadConfidence_ExitCodeTwoAndNoOutput()
    {
        string input = Path.Combine(_directory.FullName, "in.csv");
        string output = Path.Combine(_directory.FullName, "out.csv");
        File.WriteAllText(input, "numerator,denominator\n3,10\n");

        int exitCode = StatsCommand.Create().Parse(["proportion", "--input", input, "--output", output, "--confidence", "90"]).Invoke();

        Assert.Equal(2, exitCode);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Atlas_StatsProblems_AreOneAtlasLineEachOnTheErrorWriter()
    {
        string input = Path.Combine(_directory.FullName, "in.csv");
        string output = Path.Combine(_directory.FullName, "out.csv");
        string missing = Path.Combine(_directory.FullName, "missing.csv");
        File.WriteAllText(input, "numerator,count\n3,10\n");

        CliRun noFile = await CliRun.RunAsync(new Dictionary<string, string>(), "stats", "rate", "--input", missing, "--output", output);
        CliRun noColumn = await CliRun.RunAsync(new Dictionary<string, string>(), "stats", "rate", "--input", input, "--output", output);
        CliRun badLevel = await CliRun.RunAsync(new Dictionary<string, string>(), "stats", "rate", "--input", input, "--output", output, "--confidence", "90");

        Assert.Equal(2, noFile.ExitCode);
        Assert.Equal($"atlas: input file '{missing}' does not exist.", noFile.Error.TrimEnd());
        Assert.NotEqual(0, noColumn.ExitCode);
        Assert.StartsWith("atlas: in.csv: ", noColumn.Error, StringComparison.Ordinal);
        Assert.Contains("denominator", noColumn.Error, StringComparison.Ordinal);
        Assert.Equal(2, badLevel.ExitCode);
        Assert.StartsWith("atlas: ", badLevel.Error, StringComparison.Ordinal);
        Assert.Contains("90", badLevel.Error, StringComparison.Ordinal);
        Assert.All([noFile, noColumn, badLevel], run => Assert.Single(run.Error.TrimEnd().Split('\n')));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Invoke_IsrAsRate_UsesReferenceRate()
    {
        string input = Path.Combine(_directory.FullName, "in.csv");
        string output = Path.Combine(_directory.FullName, "out.csv");
        // Reference rate 20/2000 = 1 per 100 → per 100 000: 1000; O/E = 10/5 = 2 → 2000.
        File.WriteAllText(input, "numerator,denominator,reference_numerator,reference_denominator\n4,100,10,1000\n6,400,10,1000\n");

        int exitCode = StatsCommand.Create().Parse(["isr", "--rate", "--input", input, "--output", output]).Invoke();

        Assert.Equal(0, exitCode);
        string[] cells = File.ReadAllLines(output)[1].Split(',');
        Assert.Equal(2000, double.Parse(cells[3], CultureInfo.InvariantCulture), 9);
    }
}
