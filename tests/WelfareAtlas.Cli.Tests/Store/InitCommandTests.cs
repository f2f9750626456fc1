using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Cli.Tests.Import;

namespace WelfareAtlas.Cli.Tests.Store;

/// <summary><c>atlas init</c> on a store that exists: it says what bringing it up to date took.</summary>
public sealed class InitCommandTests : IAsyncLifetime
{
    private ImportStore? store;

    private ImportStore Store => store!;

    public async ValueTask InitializeAsync() => store = await ImportStore.CreateAsync();

    public async ValueTask DisposeAsync() => await store!.DisposeAsync();

    [Fact]
    public async Task Init_StoreItMigrates_NamesTheMigrationsAndTheStaleCellsItComputed()
    {
        CliRun import = await Store.AtlasAsync(
            "import", RepositoryFiles.Path("data", "paavo", "paavo_12f7_helsinki_2023_latin1.csv"), "--mapping", RepositoryFiles.Path("docs", "import", "examples", "paavo-population-12f7.json"));
        Assert.True(import.ExitCode == ExitCodes.Success, import.Error);
        // The store as the build before 0015 left it: 0015 applied again marks every indicator stale (a store with
        // batches and runs), so the open computes them; 0016 follows it.
        await Store.ExecuteAsync("DROP TABLE stale_indicators");
        await Store.ExecuteAsync("DROP SEQUENCE stale_indicator_ids");
        await Store.ExecuteAsync("ALTER TABLE profile_indicators DROP COLUMN age_band");
        await Store.ExecuteAsync("DELETE FROM schema_migrations WHERE version >= 15");

        CliRun migrating = await Store.AtlasAsync("init");
        CliRun again = await Store.AtlasAsync("init");

        Assert.True(migrating.ExitCode == ExitCodes.Success, migrating.Error);
        string[] lines = migrating.Output.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("is up to date (583 areas): applied 2 migration(s), 0015_stale_indicators, 0016_profile_age_bands.", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Computed the cells that were older than their observations: compute run ", lines[1], StringComparison.Ordinal);
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM stale_indicators"));
        // Nothing left to do: the one line says so and names nothing.
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.EndsWith("is up to date (583 areas).", again.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', again.Output.TrimEnd());
    }

    [Fact]
    public async Task Init_StoreAnotherProcessComputedMeanwhile_ReportsOnlyItsOwnRun()
    {
        CliRun import = await Store.AtlasAsync(
            "import", RepositoryFiles.Path("data", "paavo", "paavo_12f7_helsinki_2023_latin1.csv"), "--mapping", RepositoryFiles.Path("docs", "import", "examples", "paavo-population-12f7.json"));
        Assert.True(import.ExitCode == ExitCodes.Success, import.Error);
        // A server sharing the store (on PostgreSQL) recorded a run while this command opened it; its clock is ahead.
        await Store.ExecuteAsync(
            "INSERT INTO compute_runs (id, started_at, finished_at, reason, indicators, cells) SELECT max(id) + 1, TIMESTAMP '2099-01-01 00:00:00', TIMESTAMP '2099-01-01 00:00:05', 'import of batch 7', 3, 12345 FROM compute_runs");

        CliRun init = await Store.AtlasAsync("init");

        Assert.True(init.ExitCode == ExitCodes.Success, init.Error);
        Assert.EndsWith("is up to date (583 areas).", init.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("Computed", init.Output, StringComparison.Ordinal);
    }
}
