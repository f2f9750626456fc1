using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// The marks of indicators whose cells are older than their observations (<c>stale_indicators</c>, migration 0015):
/// a batch's commit, rollback or new publication time marks what it changes in its own transaction, and a compute run
/// removes the marks of the indicators it covers (<see cref="ComputeRunner"/>).
/// </summary>
internal static class StaleIndicators
{
    /// <summary>What made an indicator's cells old, kept with the mark.</summary>
    public const string Import = "import";

    /// <inheritdoc cref="Import"/>
    public const string Rollback = "rollback";

    /// <inheritdoc cref="Import"/>
    public const string Publication = "publication";

    /// <summary>The SQL of the indicators batch <c>$batchId</c> has observations of, current or superseded, or supersedes.</summary>
    public const string OfBatchRows = "SELECT DISTINCT indicator_id FROM observations WHERE batch_id = $batchId OR superseded_by = $batchId";

    /// <summary>
    /// Marks every indicator that <paramref name="indicatorsSql"/> (a query of one column, <c>indicator_id</c>, which may
    /// use <c>$batchId</c>) gives as changed by batch <paramref name="batchId"/>, in <paramref name="transaction"/>.
    /// </summary>
    public static async Task MarkAsync(DbConnection connection, DbTransaction transaction, long batchId, string change, string indicatorsSql, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO stale_indicators SELECT nextval('stale_indicator_ids'), indicator_id, $batchId, $change FROM ({indicatorsSql}) AS changed",
            new { batchId, change },
            transaction,
            cancellationToken: cancellationToken));
}
