using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Migrations;
using WelfareAtlas.Storage.Tests.Batches;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Migrations;

/// <summary>
/// Migration <c>0011_observation_keys</c> on a store as the previous build left it: the rows of the table
/// <c>observations</c> move into <c>observation_rows</c> keyed by numbers, and the view of the same name reads them
/// back unchanged; imports, supersession and rollback go on working on the converted rows.
/// </summary>
public abstract class ObservationKeysMigrationTests<TStore> : MigrationTests<TStore>
    where TStore : TestStore, new()
{
    // The version before 0011_observation_keys.
    private const int PreviousVersion = 10;

    // Every column of the table 0004 created, in its order, the rows in a fixed order.
    private const string ReadAll = """
        SELECT batch_id, indicator_id, area_code, period, CAST(period_start AS VARCHAR) AS period_start, CAST(period_end AS VARCHAR) AS period_end, breakdown, numerator, denominator, value,
               lower_limit, upper_limit, status, source_symbol, source_line, derivation, superseded_by
        FROM observations ORDER BY batch_id, indicator_id, area_code, period, breakdown
        """;

    // Two batches of one source (the second supersedes a row of the first), every status, a derived row, limits, a
    // marker, a cube cell without a line, a free breakdown, a pooled period and an area code the areas table lacks.
    private const string PreviousRows = """
        INSERT INTO areas (code, type, name_fi, name_sv, name_en, parent_code) VALUES
            ('091', 'city', 'Helsinki', 'Helsingfors', 'Helsinki', NULL),
            ('0911', 'major-district', 'Eteläinen', 'Södra', 'Southern', '091'),
            ('00100', 'postal-area', 'Helsinki keskusta', 'Helsinki keskusta', 'Helsinki keskusta', '091');
        -- Batches 1 and 2, numbered by their sequence as the importer numbers them.
        INSERT INTO import_batches (id, source, file_name, content_hash, mapping_hash, status, partial, imported_at, imported_by,
                                    rows_read, rows_imported, rows_rejected, rows_derived, rows_superseded)
        VALUES (nextval('import_batch_ids'), 'paavo', 'a.csv', 'h1', 'm', 'committed', false, TIMESTAMP '2026-01-02 03:04:05', 'test', 4, 4, 0, 1, 0);
        INSERT INTO import_batches (id, source, file_name, content_hash, mapping_hash, status, partial, imported_at, imported_by,
                                    rows_read, rows_imported, rows_rejected, rows_derived, rows_superseded)
        VALUES (nextval('import_batch_ids'), 'paavo', 'b.csv', 'h2', 'm', 'committed', false, TIMESTAMP '2026-01-03 03:04:05', 'test', 1, 1, 0, 0, 1);
        INSERT INTO observations VALUES
            (1, 'population', '00100', '2023', DATE '2023-01-01', DATE '2023-12-31', 'total', 18462, NULL, NULL, NULL, NULL, 'available', NULL, 2, NULL, 2),
            (1, 'population', '091', '2023', DATE '2023-01-01', DATE '2023-12-31', 'total', 663237, NULL, NULL, NULL, NULL, 'available', NULL, NULL, 'sum', NULL),
            (1, 'chat-share', '00100', '2024M07', DATE '2024-07-01', DATE '2024-07-31', 'sex=female;age=7-17;topic=yksinäisyys', 11, 40, NULL, NULL, NULL, 'available', NULL, 3, NULL, NULL),
            (1, 'chat-share', '00100', '2024M08', DATE '2024-08-01', DATE '2024-08-31', 'sex=male', NULL, NULL, NULL, NULL, NULL, 'suppressed', '.', 4, NULL, NULL),
            (1, 'mean-age', '0919999999', '2021-2023', DATE '2021-01-01', DATE '2023-12-31', 'total', NULL, NULL, 41.5, 40.25, 42.75, 'available', NULL, NULL, NULL, NULL),
            (2, 'population', '00100', '2023', DATE '2023-01-01', DATE '2023-12-31', 'total', 18500, NULL, NULL, NULL, NULL, 'available', NULL, 2, NULL, NULL),
            (2, 'population', '00100', '2022', DATE '2022-01-01', DATE '2022-12-31', 'total', NULL, NULL, NULL, NULL, NULL, 'missing', '..', 3, NULL, NULL);
        """;

    [Fact]
    public async Task Open_StoreAtPreviousVersionWithRows_ReadsTheSameRows()
    {
        IReadOnlyList<Row> before = await CreatePreviousStoreAsync();

        await using AtlasStore store = await AtlasStore.OpenAsync(Place.Location, TimeProvider.System, Token);

        await using DbConnection connection = await store.DataSource.OpenConnectionAsync(Token);
        Assert.Equal(7, before.Count);
        Assert.Equal(before, await ReadAsync(connection));
        Assert.Equal(7L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM observation_rows"));
        // Every area is numbered, also the one without rows, and the code without an area row keeps its rows.
        Assert.Equal(4L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM observation_areas"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM observations WHERE area_code = '0919999999'"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations WHERE version = 11"));
    }

    [Fact]
    public async Task Open_StoreAtPreviousVersion_NextBatchSupersedesConvertedRowsAndRollbackRestoresThem()
    {
        IReadOnlyList<Row> before = await CreatePreviousStoreAsync();
        await using AtlasStore store = await AtlasStore.OpenAsync(Place.Location, TimeProvider.System, Token);
        ImportBatchRepository batches = new(store.DataSource, TimeProvider.System);

        // Same source and key as batch 2's current 2023 row, and a new period (a text that needs a new key).
        CommitResult result = await batches.CommitAsync(
            new ImportBatchHeader("paavo", "c.csv", "h3", "m", "test"),
            TestRows.Of(TestRows.Count(AreaCode.Parse("00100"), 2023, 18600, 2), TestRows.Count(AreaCode.Parse("00100"), 2025, 18700, 3)),
            [],
            new CommitOptions(),
            Token);

        Assert.Equal(CommitOutcome.Committed, result.Outcome);
        Assert.Equal(1L, result.RowsSuperseded);
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync(Token);
        Assert.Equal(3L, await connection.ExecuteScalarAsync<long>("SELECT superseded_by FROM observations WHERE batch_id = 2 AND period = '2023'"));
        Assert.Equal(
            [18600.0, 18700.0],
            await connection.QueryAsync<double>("SELECT numerator FROM observations WHERE batch_id = 3 ORDER BY period"));
        Assert.Equal("2025-12-31", await connection.ExecuteScalarAsync<string>("SELECT CAST(period_end AS VARCHAR) FROM observations WHERE period = '2025'"));

        Assert.Equal(RollbackOutcome.RolledBack, await batches.RollbackAsync(result.BatchId!.Value, "tests", Token));
        Assert.Equal(before, await ReadAsync(connection));
    }

    /// <summary>A store at <see cref="PreviousVersion"/> with <see cref="PreviousRows"/>, closed again; returns its rows as that version reads them.</summary>
    private async Task<IReadOnlyList<Row>> CreatePreviousStoreAsync()
    {
        await using DbConnection connection = await RawStore.OpenAsync(Place, Token);
        Assert.Equal(PreviousVersion, await Migrator.MigrateAsync(connection, TimeProvider.System, PreviousVersion, Token));
        await connection.ExecuteAsync(new CommandDefinition(PreviousRows, cancellationToken: Token));
        await RawStore.MarkSeededAsync(Place, connection, Token);

        return await ReadAsync(connection);
    }

    private static async Task<IReadOnlyList<Row>> ReadAsync(DbConnection connection) =>
        [.. await connection.QueryAsync<Row>(new CommandDefinition(ReadAll, cancellationToken: Token))];

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the schema.
    private sealed record Row(
        long batch_id, string indicator_id, string area_code, string period, string period_start, string period_end, string breakdown,
        double? numerator, double? denominator, double? value, double? lower_limit, double? upper_limit,
        string status, string? source_symbol, int? source_line, string? derivation, long? superseded_by);
#pragma warning restore IDE1006, CA1707
}
