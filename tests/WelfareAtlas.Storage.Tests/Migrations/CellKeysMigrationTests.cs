using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Engines;
using WelfareAtlas.Storage.Migrations;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Migrations;

/// <summary>
/// Migration <c>0013_cell_keys</c> on a store as version 12 left it: the cells table gives way to <c>cell_rows</c>
/// keyed by numbers and a view <c>indicator_cells</c> with exactly the old table's columns; and <c>0014_cell_blocks</c>
/// after it, which replaces the rows by blocks. The old cells are derived data and go each time, so the store is stale
/// until the next compute run.
/// </summary>
public abstract class CellKeysMigrationTests<TStore> : MigrationTests<TStore>
    where TStore : TestStore, new()
{
    // The version before 0013_cell_keys.
    private const int PreviousVersion = 12;

    // An observation, a run and one of its cells, as version 12 stored them.
    private const string PreviousRows = """
        INSERT INTO areas (code, type, name_fi, name_sv, name_en, parent_code) VALUES ('091', 'city', 'Helsinki', 'Helsingfors', 'Helsinki', NULL);
        INSERT INTO import_batches (id, source, file_name, content_hash, mapping_hash, status, partial, imported_at, imported_by,
                                    rows_read, rows_imported, rows_rejected, rows_derived, rows_superseded)
        VALUES (nextval('import_batch_ids'), 'paavo', 'a.csv', 'h1', 'm', 'committed', false, TIMESTAMP '2026-01-02 03:04:05', 'test', 1, 1, 0, 0, 0);
        INSERT INTO observation_indicators VALUES (1, 'population');
        INSERT INTO observation_areas VALUES (1, '091');
        INSERT INTO observation_periods VALUES (1, '2023', DATE '2023-01-01', DATE '2023-12-31');
        INSERT INTO observation_breakdowns VALUES (1, 'total');
        INSERT INTO observation_statuses VALUES (1, 'available');
        INSERT INTO observation_rows VALUES (1, 1, 1, 1, 1, 663237, NULL, NULL, NULL, NULL, 1, NULL, 2, NULL, NULL);
        INSERT INTO compute_runs VALUES (nextval('compute_run_ids'), TIMESTAMP '2026-01-02 04:00:00', TIMESTAMP '2026-01-02 04:00:01', 'full', 1, 1);
        INSERT INTO indicator_cells (run_id, audience, indicator_id, area_code, area_type, period, period_start, breakdown, batch_id,
                                     disclosure, disclosure_reason, numerator, value, city95, city998, parent95, parent998, peer_count, trend)
        VALUES (1, 'all', 'population', '091', 'city', '2023', DATE '2023-01-01', 'total', 1, 'published', 'none', 663237, 663237,
                'not-compared', 'not-compared', 'not-compared', 'not-compared', 1, 'cannot-be-calculated');
        """;

    [Fact]
    public async Task Migrate_StoreAtPreviousVersion_ReplacesTheTableByAViewOfTheSameColumnsAndIsStale()
    {
        await using DbConnection raw = await RawStore.OpenAsync(Place, Token);
        Assert.Equal(PreviousVersion, await Migrator.MigrateAsync(raw, TimeProvider.System, PreviousVersion, Token));
        await raw.ExecuteAsync(new CommandDefinition(PreviousRows, cancellationToken: Token));
        IReadOnlyList<(string Name, ColumnType Type)> columns = await StoreTables.ListColumnsAsync(raw, "indicator_cells", Token);
        Assert.Equal(1L, await raw.ExecuteScalarAsync<long>("SELECT count(*) FROM indicator_cells"));

        Assert.Equal(1, await Migrator.MigrateAsync(raw, TimeProvider.System, 13, Token));

        Assert.Equal(38, columns.Count);
        Assert.Equal(columns, await StoreTables.ListColumnsAsync(raw, "indicator_cells", Token));
        Assert.Equal(0L, await raw.ExecuteScalarAsync<long>("SELECT count(*) FROM indicator_cells"));
        Assert.Equal(0L, await raw.ExecuteScalarAsync<long>("SELECT count(*) FROM compute_runs"));
        Assert.Equal(1L, await raw.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations WHERE version = 13"));
    }

    /// <summary>
    /// Migration <c>0014_cell_blocks</c> after 0013 with cells: the rows and their view give way to <c>cell_blocks</c>,
    /// the cells go (derived data), so the store is stale, and a compute run writes blocks that read back as cells.
    /// </summary>
    [Fact]
    public async Task Open_StoreWithCellRows_ReplacesThemByBlocksAndIsStaleUntilARun()
    {
        await using (DbConnection raw = await RawStore.OpenAsync(Place, Token))
        {
            Assert.Equal(PreviousVersion, await Migrator.MigrateAsync(raw, TimeProvider.System, PreviousVersion, Token));
            await raw.ExecuteAsync(new CommandDefinition(PreviousRows, cancellationToken: Token));
            Assert.Equal(1, await Migrator.MigrateAsync(raw, TimeProvider.System, 13, Token));
            await raw.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO compute_runs VALUES (nextval('compute_run_ids'), TIMESTAMP '2026-01-02 05:00:00', TIMESTAMP '2026-01-02 05:00:01', 'full', 1, 1);
                INSERT INTO cell_texts VALUES (1, 'all'), (2, '091'), (3, 'city'), (4, 'total'), (5, 'published'), (6, 'none'), (7, 'not-compared'), (8, 'cannot-be-calculated');
                INSERT INTO cell_rows (run_id, audience_key, indicator_key, area_key, area_type_key, period_key, breakdown_key, batch_id,
                                       disclosure_key, disclosure_reason_key, numerator, value, city95_key, city998_key, parent95_key, parent998_key, peer_count, trend_key)
                VALUES (2, 1, 1, 2, 3, 1, 4, 1, 5, 6, 663237, 663237, 7, 7, 7, 7, 1, 8);
                """,
                cancellationToken: Token));
            Assert.Equal(1L, await raw.ExecuteScalarAsync<long>("SELECT count(*) FROM indicator_cells"));
            await RawStore.MarkSeededAsync(Place, raw, Token);
        }

        await using AtlasStore store = await AtlasStore.OpenAsync(Place.Location, TimeProvider.System, Token);

        await using DbConnection connection = await store.DataSource.OpenConnectionAsync(Token);
        IReadOnlyList<string> tables = await StoreTables.ListAllAsync(connection, Token);
        Assert.DoesNotContain("cell_rows", tables);
        Assert.Contains("cell_blocks", tables);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'indicator_cells'"));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM compute_runs"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations WHERE version = 14"));
        ComputeRunner runner = new(store.DataSource, TimeProvider.System);
        Assert.True(await runner.IsStaleAsync(Token));
        await TestIndicators.InsertAsync(store.DataSource, "population", "count");

        ComputeRun run = await runner.RunAllAsync("after the upgrade", Token);

        // The kept texts keep their numbers; the run's one cell reads back whole from its block.
        (long runId, string audience, StoredCell cell) = Assert.Single(await new CellRepository(store.DataSource).ListEveryCellAsync(Token));
        Assert.Equal((run.Id, "all"), (runId, audience));
        Assert.Equal(("population", "091", "2023", "total"), (cell.Indicator.Value, cell.Area.Value, cell.Period.ToString(), cell.Breakdown));
        Assert.Equal(663237.0, cell.Numerator);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM cell_texts WHERE text = 'all' AND text_key = 1"));
        Assert.False(await runner.IsStaleAsync(Token));
    }
}
