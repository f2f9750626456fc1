using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage.Migrations;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Migrations;

/// <summary>
/// Migration <c>0015_stale_indicators</c> on a store as version 14 left it: a store with batches and runs gets every
/// catalogued indicator marked, since the rule before it could not say which indicators a batch imported without its
/// run left behind; a store without a run is computed whole at its next start and gets no marks.
/// </summary>
public abstract class StaleIndicatorsMigrationTests<TStore> : MigrationTests<TStore>
    where TStore : TestStore, new()
{
    // The version before 0015_stale_indicators.
    private const int PreviousVersion = 14;

    // Two catalogued indicators and a batch, as version 14 stored them.
    private const string PreviousRows = """
        INSERT INTO indicators VALUES ('population', 'count', 1, false, '{}'), ('unemployed-share', 'proportion', 100, false, '{}');
        INSERT INTO import_batches (id, source, file_name, content_hash, mapping_hash, status, partial, imported_at, imported_by,
                                    rows_read, rows_imported, rows_rejected, rows_derived, rows_superseded)
        VALUES (nextval('import_batch_ids'), 'paavo', 'a.csv', 'h1', 'm', 'committed', false, TIMESTAMP '2026-01-02 03:04:05', 'test', 1, 1, 0, 0, 0);
        """;

    [Theory]
    [InlineData(true, new[] { "population", "unemployed-share" })]
    [InlineData(false, new string[0])]
    public async Task Migrate_StoreWithBatches_MarksEveryIndicatorOnlyIfItHasRuns(bool withRun, string[] marked)
    {
        await using DbConnection raw = await RawStore.OpenAsync(Place, Token);
        Assert.Equal(PreviousVersion, await Migrator.MigrateAsync(raw, TimeProvider.System, PreviousVersion, Token));
        await raw.ExecuteAsync(new CommandDefinition(PreviousRows, cancellationToken: Token));
        if (withRun)
        {
            // A run after the batch: by the old rule the store was up to date, whatever the run covered.
            await raw.ExecuteAsync(new CommandDefinition(
                "INSERT INTO compute_runs VALUES (nextval('compute_run_ids'), TIMESTAMP '2026-01-02 05:00:00', TIMESTAMP '2026-01-02 05:00:01', 'indicators unemployed-share', 1, 0)",
                cancellationToken: Token));
        }

        Assert.Equal(1, await Migrator.MigrateAsync(raw, TimeProvider.System, 15, Token));

        Assert.Equal(
            marked,
            await raw.QueryAsync<string>(new CommandDefinition("SELECT indicator_id FROM stale_indicators WHERE batch_id = 0 AND change = 'migration' ORDER BY indicator_id", cancellationToken: Token)));
    }
}
