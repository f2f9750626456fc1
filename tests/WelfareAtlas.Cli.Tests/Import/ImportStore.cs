using System.Data.Common;
using Dapper;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Indicators;

namespace WelfareAtlas.Cli.Tests.Import;

/// <summary>A fresh store made by <c>atlas init</c> in a temp directory, with the catalogue rows the import tests need.</summary>
internal sealed class ImportStore : IAsyncDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("atlas-import-test-");

    private ImportStore()
    {
    }

    public string DataDirectory => Path.Combine(directory.FullName, "data");

    public string Scratch => directory.FullName;

    /// <summary>A store exactly as <c>atlas init</c> makes it: the catalogue's indicators and nothing else.</summary>
    public static async Task<ImportStore> CreateAsInitAsync()
    {
        ImportStore store = new();
        CliRun init = await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", store.DataDirectory);
        Assert.Equal(0, init.ExitCode);
        return store;
    }

    /// <summary>A store made by <c>atlas init</c>, with the tests' own indicators (below) added or redefined.</summary>
    public static async Task<ImportStore> CreateAsync()
    {
        ImportStore store = await CreateAsInitAsync();
        // The store's own catalogue (seeded by init) has some of these ids; the tests' definitions win. Each gets the
        // full metadata of its catalogue entry (or of a person register), because compute runs and disclosure control read all of it.
        await store.UpsertIndicatorsAsync(
            ("population", Measure.Count, 1, false),
            ("unemployed-share", Measure.Value, 1, false),
            ("chat-contacts", Measure.Proportion, 1000, true));
        return store;
    }

    private async Task UpsertIndicatorsAsync(params (string Id, Measure Measure, double Multiplier, bool Synthetic)[] indicators)
    {
        await using AtlasStore store = await AtlasStore.OpenAsync(DataDirectory, TimeProvider.System);
        Indicator register = IndicatorCatalogue.Get("unemployed-jobseekers") with { Disclosure = DisclosureRule.PersonRegister };
        await new IndicatorRepository(store.DataSource).UpsertAsync(
        [
            .. indicators.Select(i => (IndicatorCatalogue.Find(IndicatorId.Parse(i.Id)) ?? register) with
            {
                Id = IndicatorId.Parse(i.Id),
                Measure = i.Measure,
                Multiplier = i.Multiplier,
                Synthetic = i.Synthetic,
            }),
        ]);
    }

    public Task<CliRun> AtlasAsync(params string[] args) => CliRun.RunAsync(NoEnvironment, [.. args, "--data-dir", DataDirectory]);

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using AtlasStore store = await AtlasStore.OpenAsync(DataDirectory, TimeProvider.System);
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using AtlasStore store = await AtlasStore.OpenAsync(DataDirectory, TimeProvider.System);
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using AtlasStore store = await AtlasStore.OpenAsync(DataDirectory, TimeProvider.System);
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    public ValueTask DisposeAsync()
    {
        directory.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
