using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Auditing;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Batches;

/// <summary>Import batches: writes a new one atomically, lists, shows and rolls back.</summary>
/// <param name="dataSource">The store's connections.</param>
/// <param name="time">The clock for the batch's times.</param>
public sealed class ImportBatchRepository(DbDataSource dataSource, TimeProvider time)
{
    private const string BatchColumns = """
        b.id, b.source, b.file_name, b.content_hash, b.status, b.partial, b.imported_at, b.imported_by, b.rows_read, b.rows_imported,
        b.rows_rejected, b.rows_derived, b.rows_superseded,
        (SELECT count(*) FROM observation_rows o WHERE o.batch_id = b.id AND o.superseded_by IS NULL) AS current_rows,
        b.rolled_back_at, b.published_at
        """;

    /// <summary>Starts a batch: rows appended to the writer reach the store only when it commits.</summary>
    public Task<ImportBatchWriter> BeginAsync(ImportBatchHeader header, CancellationToken cancellationToken = default) =>
        ImportBatchWriter.OpenAsync(dataSource, header, time, cancellationToken);

    /// <summary>
    /// Commits a whole batch from already-parsed observations in one call: stages <paramref name="accepted"/> and
    /// <paramref name="rejected"/>, then commits as <see cref="ImportBatchWriter.CommitAsync"/> does.
    /// </summary>
    /// <param name="header">Where the batch comes from.</param>
    /// <param name="accepted">The observations; duplicates of an earlier key are rejected by the store.</param>
    /// <param name="rejected">Rows the caller already rejected, with the reason.</param>
    /// <param name="options">Partial import, dry run, crosswalk; <see cref="CommitOptions.HasSourceErrors"/> is set when <paramref name="rejected"/> is not empty.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written.</param>
    public async Task<CommitResult> CommitAsync(
        ImportBatchHeader header,
        IAsyncEnumerable<SourcedObservation> accepted,
        IEnumerable<RejectedRow> rejected,
        CommitOptions options,
        CancellationToken cancellationToken = default)
    {
        await using ImportBatchWriter writer = await BeginAsync(header, cancellationToken);
        long read = 0;
        await foreach (SourcedObservation item in accepted.WithCancellation(cancellationToken))
        {
            await writer.AppendAsync(item);
            read++;
        }

        foreach (RejectedRow row in rejected)
        {
            await writer.RejectAsync(row);
            read++;
        }

        return await writer.CommitAsync(
            options with { HasSourceErrors = options.HasSourceErrors || writer.Rejected > 0, RowsRead = Math.Max(options.RowsRead, read) },
            cancellationToken);
    }

    /// <summary>The committed batch with this content and mapping hash, if any: importing the same file by the same mapping again is a no-op.</summary>
    public async Task<long?> FindCommittedByHashAsync(string contentHash, string mappingHash, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ImportBatchWriter.FindCommittedByHashAsync(connection, contentHash, mappingHash, null, cancellationToken);
    }

    /// <summary>Every catalogued indicator's measure, by id, for validating a batch.</summary>
    /// <exception cref="StoreException">An indicator has a measure this build does not know.</exception>
    public async Task<IReadOnlyDictionary<string, Measure>> ListIndicatorMeasuresAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(string Id, string Measure)> rows = await connection.QueryAsync<(string Id, string Measure)>(new CommandDefinition(
            "SELECT id, measure FROM indicators", cancellationToken: cancellationToken));
        Dictionary<string, Measure> measures = new(StringComparer.Ordinal);
        foreach ((string id, string slug) in rows)
        {
            measures[id] = Measures.TryParse(slug, out Measure measure)
                ? measure
                : throw new StoreException($"Indicator {id} in the store has an unknown measure '{slug}'.");
        }

        return measures;
    }

    /// <summary>Every batch, newest first.</summary>
    public async Task<IReadOnlyList<ImportBatch>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<BatchRow> rows = await connection.QueryAsync<BatchRow>(new CommandDefinition(
            $"SELECT {BatchColumns} FROM import_batches b ORDER BY b.id DESC",
            cancellationToken: cancellationToken));
        return [.. rows.Select(ToBatch)];
    }

    /// <summary>The batch with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public async Task<ImportBatch?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        BatchRow? row = await connection.QuerySingleOrDefaultAsync<BatchRow>(new CommandDefinition(
            $"SELECT {BatchColumns} FROM import_batches b WHERE b.id = $id",
            new { id },
            cancellationToken: cancellationToken));
        return row is null ? null : ToBatch(row);
    }

    /// <summary>The first <paramref name="limit"/> rejected rows of a batch, by line.</summary>
    public async Task<IReadOnlyList<RejectedRow>> ListRejectedAsync(long id, int limit, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(int? Line, string? Location, string Code, string Message, string? Value)> rows =
            await connection.QueryAsync<(int? Line, string? Location, string Code, string Message, string? Value)>(new CommandDefinition(
                "SELECT line, location, code, message, value FROM rejected_rows WHERE batch_id = $id ORDER BY line NULLS FIRST, code LIMIT $limit",
                new { id, limit },
                cancellationToken: cancellationToken));
        return [.. rows.Select(r => new RejectedRow(r.Line, r.Location, r.Code, r.Message, r.Value))];
    }

    /// <summary>
    /// Undoes a committed batch in one transaction: deletes its observations and makes the rows it superseded current
    /// again, unless a later batch superseded the batch's own row with that key (the older row is then superseded by that
    /// later batch). The batch's record and its rejected rows stay, marked rolled back, for the history, and the audit log
    /// records the rollback (<see cref="AuditAction.Rollback"/>) in the same transaction, which also marks the batch's
    /// indicators stale until a compute run covers them.
    /// </summary>
    /// <param name="id">The batch.</param>
    /// <param name="actor">Who rolls it back, for the audit log.</param>
    /// <param name="cancellationToken">Cancels; nothing is changed.</param>
    public async Task<RollbackOutcome> RollbackAsync(long id, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        string? source = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT source FROM import_batches WHERE id = $id", new { id }, cancellationToken: cancellationToken));
        if (source is null)
        {
            return RollbackOutcome.NotFound;
        }

        // Not while a batch of the same source commits: that one may be superseding the rows this one restores.
        await using IAsyncDisposable sourceLock = await StoreEngine.Of(dataSource).LockAsync(connection, "source:" + source, cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? status = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT status FROM import_batches WHERE id = $id", new { id }, transaction, cancellationToken: cancellationToken));
        if (status is null)
        {
            return RollbackOutcome.NotFound;
        }

        if (status != "committed")
        {
            return RollbackOutcome.AlreadyRolledBack;
        }

        // Its indicators are marked while its rows still say which they are: their cells are old until a compute run.
        await StaleIndicators.MarkAsync(connection, transaction, id, StaleIndicators.Rollback, StaleIndicators.OfBatchRows, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            -- A row this batch superseded is current again only where the batch's own row with that key is current: where
            -- a later batch superseded that one, the older row is that later batch's to supersede now (a rollback of the
            -- middle one of three vintages leaves the newest current, not two rows with one key).
            UPDATE observation_rows AS o SET superseded_by = n.superseded_by
            FROM observation_rows AS n
            WHERE o.superseded_by = $id AND n.batch_id = $id
              AND n.indicator_key = o.indicator_key AND n.area_key = o.area_key
              AND n.period_key = o.period_key AND n.breakdown_key = o.breakdown_key;
            UPDATE observation_rows SET superseded_by = NULL WHERE superseded_by = $id;
            DELETE FROM observation_rows WHERE batch_id = $id;
            DELETE FROM derivation_weights WHERE batch_id = $id;
            UPDATE import_batches SET status = 'rolled-back', rolled_back_at = $now WHERE id = $id;
            """,
            new { id, now = time.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: cancellationToken));
        await new AuditLog(dataSource, time).AppendAsync(
            connection, transaction, actor, AuditAction.Rollback, id.ToString(CultureInfo.InvariantCulture), string.Empty, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RollbackOutcome.RolledBack;
    }

    private static ImportBatch ToBatch(BatchRow row) => new(
        row.id,
        row.source,
        row.file_name,
        row.content_hash,
        row.status,
        row.partial,
        row.imported_at,
        row.imported_by,
        row.rows_read,
        row.rows_imported,
        row.rows_rejected,
        row.rows_derived,
        row.rows_superseded,
        row.current_rows,
        row.rolled_back_at,
        row.published_at);

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the schema.
    private sealed record BatchRow(
        long id,
        string source,
        string file_name,
        string content_hash,
        string status,
        bool partial,
        DateTime imported_at,
        string imported_by,
        long rows_read,
        long rows_imported,
        long rows_rejected,
        long rows_derived,
        long rows_superseded,
        long current_rows,
        DateTime? rolled_back_at,
        DateTime? published_at);
#pragma warning restore IDE1006, CA1707
}
