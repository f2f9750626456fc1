using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// The dimension tables of <c>observation_rows</c> (migration <c>0011_observation_keys</c>): each text of an
/// observation (indicator, area, period with its dates, breakdown, status, derivation) is stored once with an integer
/// key, and rows carry the keys. The view <c>observations</c> joins them back.
/// </summary>
/// <remarks>
/// A batch gives its new texts keys before its transaction (<see cref="EnsureAsync"/>), each statement on its own and
/// under the store lock <c>observation-keys</c> (the writer takes it), so a commit never holds another's uncommitted
/// keys; a text another process numbered meanwhile is skipped (<c>ON CONFLICT DO NOTHING</c>) and its key read. A key whose batch then fails or is rolled back stays unused, like a sequence number; the view shows only
/// what rows reference, so it changes nothing that readers see.
/// </remarks>
internal static class ObservationKeys
{
    /// <summary>Every status an observation can have (<see cref="ObservationStatuses"/>).</summary>
    private const string Statuses = "SELECT status FROM (VALUES ('available'), ('suppressed'), ('missing')) AS v (status)";

    /// <summary>Every way a row can be derived (<c>ImportBatchWriter.Derivation.cs</c>).</summary>
    private const string Derivations =
        "SELECT derivation FROM (VALUES ('crosswalk-population'), ('crosswalk-area'), ('crosswalk-mixed'), ('sum')) AS v (derivation)";

    /// <summary>
    /// Gives a key to every text of the sources that has none yet, and to every status and derivation.
    /// </summary>
    /// <param name="connection">The import's connection, outside any transaction.</param>
    /// <param name="sources">Queries that give each dimension's texts of the batch, distinct, in the dimension's column names.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    public static async Task EnsureAsync(DbConnection connection, KeySources sources, CancellationToken cancellationToken)
    {
        await InsertNewAsync(connection, "observation_indicators", "indicator_key", "observation_indicator_keys", ["indicator_id"], sources.Indicators, cancellationToken);
        // Every area of the store is numbered, not only the batch's: derived rows' parents need keys too.
        await InsertNewAsync(connection, "observation_areas", "area_key", "observation_area_keys", ["area_code"],
            $"""
            SELECT code AS area_code FROM areas
            UNION SELECT parent_code FROM areas WHERE parent_code IS NOT NULL
            UNION SELECT area_code FROM ({sources.Areas}) AS batch
            """,
            cancellationToken);
        await InsertNewAsync(connection, "observation_periods", "period_key", "observation_period_keys", ["period", "period_start", "period_end"], sources.Periods, cancellationToken);
        await InsertNewAsync(connection, "observation_breakdowns", "breakdown_key", "observation_breakdown_keys", ["breakdown"], sources.Breakdowns, cancellationToken);
        await InsertNewAsync(connection, "observation_statuses", "status_key", "observation_status_keys", ["status"], Statuses, cancellationToken);
        await InsertNewAsync(connection, "observation_derivations", "derivation_key", "observation_derivation_keys", ["derivation"], Derivations, cancellationToken);
    }

    private static async Task InsertNewAsync(
        DbConnection connection,
        string table,
        string key,
        string sequence,
        string[] columns,
        string source,
        CancellationToken cancellationToken)
    {
        // Table, columns and sources are this class's and the writer's constants. The first column is the text the key stands for (unique); the others (a period's dates) follow from it.
        string text = columns[0];
        string names = string.Join(", ", columns);
        string values = string.Join(", ", columns.Select(column => "n." + column));
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO {table} ({key}, {names})
            SELECT nextval('{sequence}'), {values} FROM ({source}) AS n
            WHERE NOT EXISTS (SELECT 1 FROM {table} d WHERE d.{text} = n.{text})
            ON CONFLICT ({text}) DO NOTHING
            """,
            cancellationToken: cancellationToken));
    }
}
