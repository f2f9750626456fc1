using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage;

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

    public static async Task<ImportStore> CreateAsync()
    {
        ImportStore store = new();
        CliRun init = await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", store.DataDirectory);
        Assert.Equal(0, init.ExitCode);
        // The store's own catalogue (seeded by init) has some of these ids; the tests' definitions win.
        await store.ExecuteAsync(
            """
            INSERT INTO indicators (id, measure, multiplier, synthetic, metadata) VALUES
                ('population', 'count', 1, false, '{}'),
                ('swedish-speakers', 'proportion', 100, false, '{}'),
                ('unemployed-share', 'value', 1, false, '{}'),
                ('social-assistance-share', 'value', 1, false, '{}'),
                ('chat-contacts', 'proportion', 1000, true, '{}')
            ON CONFLICT (id) DO UPDATE SET measure = excluded.measure, multiplier = excluded.multiplier
            """);
        return store;
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
