using System.Text.Json;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Demo;

public sealed class DemoCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("atlas-demo-cli-test-");

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public async Task Demo_CityWithSeed_WritesEveryDeliveryAndManifest()
    {
        string output = Path.Combine(directory.FullName, "out");

        CliRun run = await CliRun.RunAsync(NoEnvironment, "demo", "--seed", "7", "--out", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Wrote 15 deliveries", run.Output, StringComparison.Ordinal);
        using JsonDocument index = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(output, "manifest.json"), TestContext.Current.CancellationToken));
        Assert.Equal(7, index.RootElement.GetProperty("seed").GetInt32());
        Assert.Equal("city", index.RootElement.GetProperty("scale").GetString());
        foreach (JsonElement file in index.RootElement.GetProperty("files").EnumerateArray())
        {
            Assert.True(File.Exists(Path.Combine(output, file.GetProperty("file").GetString()!)));
            Assert.True(File.Exists(Path.Combine(output, file.GetProperty("manifest").GetString()!)));
        }

        // Real: the two population-estimate files and the Paavo-derived indicators; the other twelve are synthetic.
        Assert.Equal(3, index.RootElement.GetProperty("files").EnumerateArray().Count(f => !f.GetProperty("synthetic").GetBoolean()));
    }

    [Fact]
    public async Task Demo_UnknownScale_IsInvalidInput()
    {
        CliRun run = await CliRun.RunAsync(NoEnvironment, "demo", "--scale", "galaxy", "--out", directory.FullName);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("galaxy", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_NewStore_HoldsTheCatalogueAndProfiles()
    {
        string data = Path.Combine(directory.FullName, "data");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", data)).ExitCode);

        await using Storage.AtlasStore store = await Storage.AtlasStore.OpenAsync(data, TimeProvider.System, TestContext.Current.CancellationToken);
        IReadOnlyList<Indicators.Indicator> indicators = await new Storage.Indicators.IndicatorRepository(store.DataSource).ListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Indicators.Catalogue.IndicatorCatalogue.All.Count, indicators.Count);
        Assert.Equal(15, indicators.Count(i => i.Synthetic));
        Assert.Equal(3, (await new Storage.Profiles.ProfileRepository(store.DataSource).ListAsync(TestContext.Current.CancellationToken)).Count);
    }
}
