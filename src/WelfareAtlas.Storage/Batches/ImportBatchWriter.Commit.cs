using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Auditing;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Cells;

namespace WelfareAtlas.Storage.Batches;

/// <summary>The commit of a staged batch: the checks, then every row in one transaction.</summary>
public sealed partial class ImportBatchWriter
{
    /// <summary>
    /// Checks the staged batch and, unless it is rejected, a duplicate of a committed file or a dry run, writes the
    /// header, the observations, the derived observations and the rejected rows in one transaction, marks the
    /// older rows of the same source with the same keys as superseded, and records the batch in the audit log
    /// (<see cref="AuditAction.Import"/>, by <see cref="ImportBatchHeader.ImportedBy"/>) in the same transaction.
    /// </summary>
    public async Task<CommitResult> CommitAsync(CommitOptions options, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        await FlushAsync(cancellationToken);
        finished = true;
        await engine.AnalyzeAsync(connection, "staged_observations", cancellationToken);

        long? existing = await FindCommittedByHashAsync(connection, header.ContentHash, header.MappingHash, null, cancellationToken);
        if (existing is not null)
        {
            return new CommitResult(CommitOutcome.AlreadyImported, existing, 0, 0, 0, 0, []);
        }

        // DuckDB: when the keys' hashes (or the key numbers of a file staged in bulk) are all distinct, so are the
        // keys, and the search for repeated keys (an aggregate over the four texts) is skipped; equal hashes (a
        // repeated key, or rarely a collision) run it.
        bool mayRepeat = engine.Provider != StoreProvider.DuckDb || (keySizes is not null
            ? await KeyedMayRepeatAsync(cancellationToken)
            : await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT count(DISTINCT hash(indicator_id, area_code, period, breakdown)) < count(*) FROM staged_observations",
                cancellationToken: cancellationToken)));
        await ExecuteAsync(
            $"""
            CREATE TEMP TABLE staged_duplicates AS
            WITH repeated AS (
                -- A hash aggregate finds the repeated keys; only their rows (usually none) are sorted below.
                SELECT indicator_id, area_code, period, breakdown FROM staged_observations {(mayRepeat ? string.Empty : "WHERE false")}
                GROUP BY indicator_id, area_code, period, breakdown HAVING count(*) > 1)
            SELECT seq, line, location, indicator_id, area_code, period, breakdown, first_line, first_location
            FROM (
                -- A join, not a semi join: the repeated keys are unique, and both databases know the join.
                SELECT s.seq, s.line, s.location, s.indicator_id, s.area_code, s.period, s.breakdown,
                       first_value(s.line) OVER keys AS first_line, first_value(s.location) OVER keys AS first_location,
                       row_number() OVER keys AS n
                FROM staged_observations s JOIN repeated r USING (indicator_id, area_code, period, breakdown)
                WINDOW keys AS (PARTITION BY s.indicator_id, s.area_code, s.period, s.breakdown ORDER BY s.seq)
            ) AS keyed WHERE n > 1
            """,
            null,
            cancellationToken);
        long duplicates = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM staged_duplicates", cancellationToken: cancellationToken));
        DuplicateOrigins origins = DuplicateOrigins.Of(options.KeyOrigins);
        List<RejectedRow> duplicateRows = [.. (await connection.QueryAsync<DuplicateRow>(new CommandDefinition(
            $"SELECT line, location, {DuplicateMessage} AS message FROM staged_duplicates ORDER BY seq LIMIT $max",
            new { max = CommitResult.MaxReported, origins.indicatorOrigin, origins.areaOrigin, origins.periodOrigin, origins.breakdownOrigin },
            cancellationToken: cancellationToken))).Select(row => new RejectedRow(row.line, row.location, "DUPLICATE_KEY", row.message, null))];

        long accepted = sequence - duplicates;
        long totalRejected = rejected + duplicates;
        bool hasErrors = options.HasSourceErrors || totalRejected > 0;
        if (hasErrors && !options.AllowPartial)
        {
            return new CommitResult(CommitOutcome.Rejected, null, accepted, totalRejected, 0, 0, duplicateRows);
        }

        if (options.DryRun)
        {
            return new CommitResult(CommitOutcome.DryRun, null, accepted, totalRejected, 0, 0, duplicateRows);
        }

        if (duplicates > 0)
        {
            // From here on the staged observations are the batch's rows as they will be stored.
            await ExecuteAsync(
                $"DELETE FROM {(keySizes is null ? "staged_observations" : "staged_keyed")} WHERE seq IN (SELECT seq FROM staged_duplicates)",
                null,
                cancellationToken);
        }

        // Everything the batch writes is staged before the transaction, which then only copies it: derived rows are
        // computed from temporary tables, never from the transaction's own uncommitted rows (see the Derivation part).
        await UseStoreKeysAsync(cancellationToken);
        await StageCrosswalkAsync(options.Crosswalk, cancellationToken);
        long derived = await StageDerivedAsync(options.Crosswalk, cancellationToken);
        await CreateBatchKeysAsync(cancellationToken);
        await using IAsyncDisposable sourceLock = await engine.LockAsync(connection, "source:" + header.Source, cancellationToken);
        await using IAsyncDisposable bulkCommit = await engine.PrepareBulkCommitAsync(connection, cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        long id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('import_batch_ids')", transaction: transaction, cancellationToken: cancellationToken));
        if (await FindCommittedByHashAsync(connection, header.ContentHash, header.MappingHash, transaction, cancellationToken) is { } raced)
        {
            // Another process committed the same file between the first check and this transaction.
            return new CommitResult(CommitOutcome.AlreadyImported, raced, 0, 0, 0, 0, []);
        }

        await InsertRowsAsync(keySizes is null ? InsertStreamed : InsertKeyed(), id, accepted, transaction, cancellationToken);
        await ExecuteAsync(
            $"""
            INSERT INTO rejected_rows SELECT $id, line, location, code, message, value FROM staged_rejections;
            INSERT INTO rejected_rows SELECT $id, line, location, 'DUPLICATE_KEY', {DuplicateMessage}, NULL FROM staged_duplicates;
            """,
            new { id, origins.indicatorOrigin, origins.areaOrigin, origins.periodOrigin, origins.breakdownOrigin },
            cancellationToken,
            transaction);
        await WriteDerivedAsync(id, derived, options.Crosswalk, transaction, cancellationToken);
        // The first batch of a source supersedes nothing; skipping the update spares a join over the whole table.
        bool hasEarlier = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT count(*) > 0 FROM import_batches WHERE source = $source AND status = 'committed'",
            new { source = header.Source },
            transaction,
            cancellationToken: cancellationToken));
        long superseded = 0;
        if (hasEarlier)
        {
            // The update joins the older rows with the new ones; PostgreSQL plans it well only when it knows how many
            // there are. The new rows are read from the staging tables, not from the transaction's own rows.
            await engine.AnalyzeAsync(connection, "observation_rows", cancellationToken);
            superseded = await ExecuteAsync(
                """
                UPDATE observation_rows AS o SET superseded_by = $id
                WHERE o.superseded_by IS NULL AND o.batch_id <> $id
                  AND o.batch_id IN (SELECT b.id FROM import_batches b WHERE b.source = $source AND b.status = 'committed')
                  AND EXISTS (
                      SELECT 1 FROM staged_batch_keys AS n
                      WHERE n.indicator_key = o.indicator_key AND n.area_key = o.area_key
                        AND n.period_key = o.period_key AND n.breakdown_key = o.breakdown_key)
                """,
                new { id, source = header.Source },
                cancellationToken,
                transaction);
        }
        await ExecuteAsync(
            """
            INSERT INTO import_batches VALUES ($id, $source, $fileName, $contentHash, $mappingHash, 'committed', $partial, $importedAt,
                $importedBy, $rowsRead, $imported, $rejected, $derived, $superseded, NULL, $publishedAt, NULL)
            """,
            new
            {
                id,
                source = header.Source,
                fileName = header.FileName,
                contentHash = header.ContentHash,
                mappingHash = header.MappingHash,
                partial = totalRejected > 0 || options.HasSourceErrors,
                importedAt = time.GetUtcNow().UtcDateTime,
                importedBy = header.ImportedBy,
                rowsRead = options.RowsRead,
                imported = accepted,
                rejected = totalRejected,
                derived,
                superseded,
                publishedAt = header.PublishAt,
            },
            cancellationToken,
            transaction);
        // Its indicators' cells are old until a compute run covers them (the import's own, or a later one). Derived and
        // superseded rows are of the delivered rows' indicators; a file staged in bulk has them in its key table.
        await StaleIndicators.MarkAsync(
            connection,
            transaction,
            id,
            StaleIndicators.Import,
            keySizes is null ? "SELECT DISTINCT indicator_id FROM staged_observations" : "SELECT id AS indicator_id FROM bulk_key_indicator",
            cancellationToken);
        await new AuditLog(dataSource, time).AppendAsync(
            connection,
            transaction,
            header.ImportedBy,
            AuditAction.Import,
            id.ToString(CultureInfo.InvariantCulture),
            header.PublishAt is { } embargo
                ? header.FileName + "; publish at " + embargo.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : header.FileName,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CommitResult(CommitOutcome.Committed, id, accepted, totalRejected, derived, superseded, duplicateRows);
    }
}
