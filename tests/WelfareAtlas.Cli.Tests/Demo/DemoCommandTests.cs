using System.Text.Json;
using Dapper;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;

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

    [Fact]
    public async Task Demo_CityWithSeed7_EveryDeliveryImportsThroughAtlasImportWithTheSpecBesideIt()
    {
        string output = Path.Combine(directory.FullName, "out");
        string data = Path.Combine(directory.FullName, "data");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "demo", "--seed", "7", "--out", output)).ExitCode);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", data)).ExitCode);

        List<string> files = await ImportEveryFileAsync(output, data);

        Assert.Equal(15, files.Count);
        Assert.Equal(15L, await ScalarAsync<long>(data, "SELECT count(*) FROM import_batches"));
        // Every city-scale indicator but the real Sotkanet ones (which the first start imports from their own extract).
        Assert.Equal(
            Indicators.Catalogue.IndicatorCatalogue.All.Count(i => !i.Id.Value.StartsWith("sotkanet-", StringComparison.Ordinal)),
            await ScalarAsync<long>(data, "SELECT count(DISTINCT indicator_id) FROM observations"));
    }

    [Fact]
    public async Task Demo_NationalSmall_LoadsThroughAreasImportAndAtlasImportWithEveryIndicator()
    {
        string output = Path.Combine(directory.FullName, "national");
        string data = Path.Combine(directory.FullName, "data");
        CliRun demo = await CliRun.RunAsync(NoEnvironment, "demo", "--scale", "national", "--seed", "7", "--municipalities", "3", "--out", output);
        Assert.True(demo.ExitCode == ExitCodes.Success, demo.Error);
        Assert.Contains("area file DEMO_aluejako_kansallinen.json", demo.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", data)).ExitCode);

        string areaFile = Path.Combine(output, "DEMO_aluejako_kansallinen.json");
        CliRun areas = await CliRun.RunAsync(NoEnvironment, "areas", "import", areaFile, "--data-dir", data);
        Assert.True(areas.ExitCode == ExitCodes.Success, areas.Error);
        // Municipalities 1 and 2: the city, a major district, 2 districts, 4 sub-districts, 3 postal areas (11 areas, 6 crosswalk
        // rows); municipality 3 has one district: 1 + 1 + 1 + 2 sub-districts + 1 postal area (6 areas, 2 rows).
        Assert.Contains("Added 28 areas and 14 crosswalk rows", areas.Output, StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync<long>(data, "SELECT count(*) FROM audit_log WHERE action = 'areas-added' AND subject = 'DEMO_aluejako_kansallinen.json' AND detail = '28 areas, 14 crosswalk rows'"));

        List<string> files = await ImportEveryFileAsync(output, data);

        Assert.Equal(15, files.Count);
        Assert.Equal(Indicators.Catalogue.IndicatorCatalogue.All.Count, await ScalarAsync<long>(data, "SELECT count(DISTINCT indicator_id) FROM observations"));
        Assert.Equal(0L, await ScalarAsync<long>(data, "SELECT count(*) FROM observations WHERE area_code NOT LIKE '999%'"));
        // The postal areas' population summed through the crosswalk and up the hierarchy reaches each municipality whole.
        Assert.Equal(
            await ScalarAsync<double>(data, "SELECT sum(numerator) FROM observations WHERE indicator_id = 'population' AND period = '2025' AND breakdown = 'total' AND area_code LIKE '9990019%'"),
            await ScalarAsync<double>(data, "SELECT numerator FROM observations WHERE indicator_id = 'population' AND period = '2025' AND breakdown = 'total' AND area_code = '9990010000'"),
            6);

        // An area file goes in once: the second time every code clashes and nothing is added.
        CliRun again = await CliRun.RunAsync(NoEnvironment, "areas", "import", areaFile, "--data-dir", data);
        Assert.Equal(ExitCodes.ImportRejected, again.ExitCode);
        Assert.Contains("already has 28 of the file's areas", again.Error, StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync<long>(data, "SELECT count(*) FROM audit_log WHERE action = 'areas-added'"));
    }

    [Fact]
    public async Task Init_DemoNationalSmall_ComputesCellsForEveryIndicatorInTheSyntheticAreas()
    {
        string data = Path.Combine(directory.FullName, "data");

        CliRun run = await CliRun.RunAsync(NoEnvironment, "init", "--demo", "--scale", "national", "--seed", "7", "--municipalities", "2", "--data-dir", data);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(15L, await ScalarAsync<long>(data, "SELECT count(*) FROM import_batches"));
        List<StoredCell> synthetic;
        await using (AtlasStore store = await AtlasStore.OpenAsync(data, TimeProvider.System, TestContext.Current.CancellationToken))
        {
            synthetic = [.. (await new CellRepository(store.DataSource).ListEveryCellAsync(TestContext.Current.CancellationToken))
                .Select(c => c.Cell)
                .Where(c => c.Area.Value.StartsWith("999", StringComparison.Ordinal))];
        }

        Assert.Equal(Indicators.Catalogue.IndicatorCatalogue.All.Count, synthetic.Select(c => c.Indicator).Distinct().Count());
        // Sub-districts are compared with their own municipality, not with Helsinki.
        Assert.DoesNotContain(synthetic, c => c.Area.Value.StartsWith("999002", StringComparison.Ordinal)
            && c.VersusCity.Benchmark is { } city && city.Value != "9990020000");
        Assert.Contains(synthetic, c => c.Area.Value.StartsWith("999002", StringComparison.Ordinal) && c.VersusCity.Benchmark?.Value == "9990020000");
    }

    [Fact]
    public async Task Init_SeedWithoutDemo_IsInvalidInput()
    {
        CliRun run = await CliRun.RunAsync(NoEnvironment, "init", "--seed", "7", "--data-dir", Path.Combine(directory.FullName, "data"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("--demo", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Imports every file of the demo index in <paramref name="output"/> with the mapping spec written beside it, as a steward would.</summary>
    private static async Task<List<string>> ImportEveryFileAsync(string output, string data)
    {
        using JsonDocument index = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(output, "manifest.json"), TestContext.Current.CancellationToken));
        List<string> files = [];
        foreach (JsonElement file in index.RootElement.GetProperty("files").EnumerateArray())
        {
            string name = file.GetProperty("file").GetString()!;
            CliRun import = await CliRun.RunAsync(
                NoEnvironment, "import", Path.Combine(output, name), "--mapping", Path.Combine(output, file.GetProperty("mapping").GetString()!), "--no-compute", "--data-dir", data);
            Assert.True(import.ExitCode == ExitCodes.Success, $"{name}: {import.Error}");
            files.Add(name);
        }

        return files;
    }

    private static async Task<T> ScalarAsync<T>(string data, string sql)
    {
        await using AtlasStore store = await AtlasStore.OpenAsync(data, TimeProvider.System, TestContext.Current.CancellationToken);
        await using System.Data.Common.DbConnection connection = await store.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
