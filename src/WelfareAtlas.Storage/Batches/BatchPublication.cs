using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Auditing;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Cells;
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
    /// <summary>Sets batch <paramref name="batchId"/>'s publication time; returns <see langword="false"/> if there is no committed batch with that id.</summary>
    /// <param name="batchId">The batch.</param>
    /// <param name="at">When its data become public, UTC; now or earlier publishes it at once (run <see cref="ReleaseDueAsync"/> next).</param>
    /// <param name="actor">Who sets it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    public async Task<bool> SetAsync(long batchId, DateTime at, string actor, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        int changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE import_batches SET published_at = $at, embargo_lifted_at = NULL WHERE id = $batchId AND status = 'committed'",
            new { batchId, at = DateTime.SpecifyKind(at, DateTimeKind.Utc) },
            cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return false;
        }

        await new AuditLog(dataSource, time).AppendAsync(
            actor,
            AuditAction.Publication,
            batchId.ToString(CultureInfo.InvariantCulture),
            "publish at " + at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            cancellationToken);
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
    /// their forecasts and statuses), then marks
    /// them lifted and records each in the audit log. Returns the batches released (none: nothing was run).
    /// </summary>
    /// <param name="actor">Who releases (the CLI's user, or <c>system</c> for the hosted service).</param>
    /// <param name="cancellationToken">Cancels; the cells and the batches stay as they were.</param>
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

        await runner.RunAsync(indicators, "embargo ended: batch " + string.Join(", ", due.Select(id => id.ToString(CultureInfo.InvariantCulture))), cancellationToken);
        // The public forecasts and statuses follow the public cells that now include the released batches.
        await new IndicatorRefresher(dataSource, time).RefreshStaleAsync(cancellationToken);
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE import_batches SET embargo_lifted_at = $now WHERE id IN $ids",
            new { now = time.GetUtcNow().UtcDateTime, ids = due.ToArray() },
            cancellationToken: cancellationToken));
        AuditLog log = new(dataSource, time);
        foreach (long batch in due)
        {
            await log.AppendAsync(actor, AuditAction.Publication, batch.ToString(CultureInfo.InvariantCulture), "embargo ended; public cells recomputed", cancellationToken);
        }

        return due;
    }
}
