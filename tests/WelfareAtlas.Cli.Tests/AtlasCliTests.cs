using System.Text.Json;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests;

public sealed class AtlasCliTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("atlas-cli-test-");

    private string DataDirectory => Path.Combine(directory.FullName, "data");

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public async Task ForecastBacktest_HoldoutZero_IsACommandLineErrorNamingIt()
    {
        string input = Path.Combine(DataDirectory, "series.csv");
        Directory.CreateDirectory(DataDirectory);
        await File.WriteAllTextAsync(input, "alue;vuosi;x\nA;2010;1\nA;2011;2\nA;2012;3\nA;2013;4\n", TestContext.Current.CancellationToken);

        CliRun run = await CliRun.RunAsync(NoEnvironment, "forecast", "backtest", "--input", input, "--id-column", "alue", "--time-column", "vuosi", "--holdout", "0", "--output", Path.Combine(DataDirectory, "out.csv"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("atlas: --holdout must be 1 or more, not 0.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForecastBacktest_OutputInADirectoryThatDoesNotExist_OneLineNamingThePath()
    {
        string input = Path.Combine(DataDirectory, "series.csv");
        Directory.CreateDirectory(DataDirectory);
        await File.WriteAllTextAsync(input, "alue;vuosi;x\nA;2010;1\nA;2011;2\nA;2012;3\nA;2013;4\nA;2014;5\n", TestContext.Current.CancellationToken);
        string output = Path.Combine(DataDirectory, "no-such-directory", "out.csv");

        CliRun run = await CliRun.RunAsync(NoEnvironment, "forecast", "backtest", "--input", input, "--id-column", "alue", "--time-column", "vuosi", "--output", output);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("atlas: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(output, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_NewDirectory_CreatesStoreWith583Areas()
    {
        CliRun run = await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        // Helsinki's 275 (the city, 8 + 34 + 148 districts, 84 postal areas) and the other 308 municipalities.
        Assert.Contains("with 583 areas", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(DataDirectory, "atlas.duckdb")));

        CliRun again = await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("up to date (583 areas)", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--demo", again.Output, StringComparison.Ordinal);

        // The demo goes only into a new store: asked of an existing one, it says it loaded nothing.
        CliRun demo = await CliRun.RunAsync(NoEnvironment, "init", "--demo", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.Success, demo.ExitCode);
        Assert.Contains("The store existed already, so --demo loaded nothing", demo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataDirectory_FromEnvironment_IsUsedWithoutOption()
    {
        Dictionary<string, string> environment = new() { ["ATLAS_DATA_DIR"] = DataDirectory };
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(environment, "init")).ExitCode);
        Assert.True(File.Exists(Path.Combine(DataDirectory, "atlas.duckdb")));
    }

    [Theory]
    [InlineData("city", 309)] // Helsinki and Finland's other municipalities of 2023
    [InlineData("major-district", 8)]
    [InlineData("district", 34)]
    [InlineData("sub-district", 148)]
    [InlineData("postal-area", 84)]
    public async Task AreasList_ByType_PrintsEveryAreaOfThatType(string type, int expected)
    {
        await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", DataDirectory);
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "list", "--type", type, "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected + 2, lines.Length); // a header, the areas, a count
        Assert.Equal($"{expected} areas", lines[^1].Trim());
    }

    [Fact]
    public async Task AreasList_JsonByParent_IsTheApiShape()
    {
        await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", DataDirectory);
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "list", "--parent", "0915503000", "--json", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        JsonElement[] areas = JsonSerializer.Deserialize<JsonElement[]>(run.Output)!;
        JsonElement tapanila = Assert.Single(areas, a => a.GetProperty("code").GetString() == "0915503392");
        Assert.Equal("Mosabacka", tapanila.GetProperty("names").GetProperty("sv").GetString());
        Assert.All(areas, a => Assert.Equal("0915503000", a.GetProperty("parent").GetString()));
    }

    [Fact]
    public async Task AreasShow_SubDistrict_PrintsNamesAndParentChain()
    {
        await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", DataDirectory);
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "show", "0915503392", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Name sv:  Mosabacka", run.Output, StringComparison.Ordinal);
        Assert.Contains("Helsinki (091) > Koillinen (0915000000) > Malmi (0915503000)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AreasShow_PostalCode_KeepsLeadingZeros()
    {
        await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", DataDirectory);
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "show", "00100", "--json", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("00100", JsonDocument.Parse(run.Output).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AreasShow_UnknownCode_FailsWithOneLineAndExit3()
    {
        await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", DataDirectory);
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "show", "0919999999", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Equal("atlas: no area with code '0919999999'.", run.Error.Trim());
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task AreasShow_MalformedCode_FailsWithExit2()
    {
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "show", "12-34", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("'12-34'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AreasList_UnknownType_FailsWithTheTypesAndExit2()
    {
        await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", DataDirectory);
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "list", "--type", "village", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal("atlas: unknown area type 'village'; use one of city, major-district, district, sub-district, postal-area.", run.Error.Trim());
    }

    [Fact]
    public async Task AreasList_NoStore_SaysToRunInitWithExit4()
    {
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "list", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.StoreUnavailable, run.ExitCode);
        Assert.Contains("atlas init", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task AreasList_UnreadableStore_NamesTheFileWithExit4()
    {
        Directory.CreateDirectory(DataDirectory);
        string path = Path.Combine(DataDirectory, "atlas.duckdb");
        await File.WriteAllBytesAsync(path, [0x00, 0xFF, 0x13, 0x37, 0x00, 0x42], TestContext.Current.CancellationToken);

        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "list", "--data-dir", DataDirectory);
        Assert.Equal(ExitCodes.StoreUnavailable, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task UnknownOption_FailsWithExit2()
    {
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "list", "--colour");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
    }
}
