using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Auditing;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Engines;
using WelfareAtlas.Storage.Situation;

namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// Publication times of batches (embargo): sets them, and when one has passed, recomputes the indicators the batch
/// touches so that the public cells include its data, and records that in the audit log.
/// </summary>
/// <param name="dataSource">The store's connections.</param>
/// <param name="time">The clock that decides which embargoes have ended.</param>
public sealed class BatchPublication(DbDataSource dataSource, TimeProvider time)
{
    /// <summary>
    /// The lock a change of publication holds while it updates its batches and writes their entries: on PostgreSQL a key
    /// of its own, so that it takes a batch's row before the audit log's lock, in the order a rollback takes them (one
    /// holding the audit log and waiting for the row, the other the other way round, was a deadlock); on DuckDB the
    /// store's one lock, which the entry written in the transaction needs (<see cref="StoreEngine.LockInTransactionAsync"/>).
    /// </summary>
    private const string PublicationLock = "publication";

    /// <summary>Sets batch <paramref name="batchId"/>'s publication time; returns <see langword="false"/> if there is no committed batch with that id.</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="at">When its data become public, UTC; now or earlier publishes it at once (run <see cref="ReleaseDueAsync"/> next).</param>
    /// <param name="actor">Who sets it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    public async Task<bool> SetAsync(long batchId, DateTime at, string actor, CancellationToken cancellationToken = default)
    {
        // The change and its audit entry in one transaction (PublicationLock).
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using IAsyncDisposable publicationLock = await StoreEngine.Of(dataSource).LockAsync(connection, PublicationLock, cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        int changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE import_batches SET published_at = $at, embargo_lifted_at = NULL WHERE id = $batchId AND status = 'committed'",
            new { batchId, at = DateTime.SpecifyKind(at, DateTimeKind.Utc) },
            transaction,
            cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return false;
        }

        // Whichever way the time moves, the public cells of the batch's indicators may now be wrong: a batch the public
        // saw and now under embargo again must leave them, one published earlier must enter them.
        await StaleIndicators.MarkAsync(connection, transaction, batchId, StaleIndicators.Publication, StaleIndicators.OfBatchRows, cancellationToken);

        await new AuditLog(dataSource, time).AppendAsync(
            connection,
            transaction,
            actor,
            AuditAction.Publication,
            batchId.ToString(CultureInfo.InvariantCulture),
            "publish at " + at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The committed batches whose publication time has passed but whose data the public cells do not have yet
    /// (no compute run since the embargo ended).
    /// </summary>
    public async Task<IReadOnlyList<long>> DueAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<long>(new CommandDefinition(
            """
            SELECT id FROM import_batches
            WHERE status = 'committed' AND published_at IS NOT NULL AND published_at <= $now
              AND published_at > imported_at AND embargo_lifted_at IS NULL
            ORDER BY id
            """,
            new { now = time.GetUtcNow().UtcDateTime },
            cancellationToken: cancellationToken))];
    }

    /// <summary>
    /// Ends every embargo whose time has passed: one compute run of the indicators those batches touch (and the refresh of
    /// their forecasts and statuses), then marks them lifted and records each in the audit log, in one transaction.
    /// Returns the batches marked (none: nothing was run); a batch rolled back, given a later time, or released by another
    /// process in the meantime is neither marked nor recorded.
    /// </summary>
    /// <remarks>
    /// The public cells include a batch from the compute run's commit on; the mark and the entry follow in a transaction
    /// of their own. A failure or a cancellation between the two leaves the batch due, and the next call (the server checks
    /// every minute) runs and marks it again.
    /// </remarks>
    /// <param name="actor">Who releases (the CLI's user, or <c>system</c> for the hosted service).</param>
    /// <param name="cancellationToken">Cancels; what has committed by then stays (see the remarks).</param>
    public async Task<IReadOnlyList<long>> ReleaseDueAsync(string actor, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<long> due = await DueAsync(cancellationToken);
        if (due.Count == 0)
        {
            return due;
        }

        ComputeRunner runner = new(dataSource, time);
        HashSet<IndicatorId> indicators = [];
        foreach (long batch in due)
        {
            indicators.UnionWith(await runner.IndicatorsOfBatchAsync(batch, cancellationToken));
        }

        // Taken before the compute run, which includes every batch published by its own start: a time moved to later than
        // this while the run works is not marked as reached.
        DateTime cutoff = time.GetUtcNow().UtcDateTime;
        await runner.RunAsync(indicators, "embargo ended: batch " + string.Join(", ", due.Select(id => id.ToString(CultureInfo.InvariantCulture))), cancellationToken);
        // The public forecasts and statuses follow the public cells that now include the released batches.
        await new IndicatorRefresher(dataSource, time).RefreshStaleAsync(cancellationToken);
        // The batches marked lifted and their audit entries in one transaction (PublicationLock); only those still
        // committed, still due when the compute run began (cutoff) and not marked by someone else.
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using IAsyncDisposable publicationLock = await StoreEngine.Of(dataSource).LockAsync(connection, PublicationLock, cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        List<long> marked = [.. (await connection.QueryAsync<long>(new CommandDefinition(
            """
            UPDATE import_batches SET embargo_lifted_at = $now
            WHERE id IN $ids AND status = 'committed' AND embargo_lifted_at IS NULL AND published_at <= $cutoff
            RETURNING id
            """,
            new { now = time.GetUtcNow().UtcDateTime, cutoff, ids = due.ToArray() },
            transaction,
            cancellationToken: cancellationToken))).Order()];
        AuditLog log = new(dataSource, time);
        foreach (long batch in marked)
        {
            await log.AppendAsync(
                connection, transaction, actor, AuditAction.Publication, batch.ToString(CultureInfo.InvariantCulture), "embargo ended; public cells recomputed", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return marked;
    }
}
