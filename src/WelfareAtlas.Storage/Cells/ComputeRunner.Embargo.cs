using System.Data.Common;
using Dapper;
using WelfareAtlas.Indicators;
using WelfareAtlas.ProfileCells;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// Embargo in the compute run (docs/security.md): while a batch's publication time (<c>import_batches.published_at</c>)
/// is in the future, analysts get the indicator's cells from every current observation, and the public gets cells
/// computed as if the batch had not come: without its observations, and with the rows it superseded still current.
/// </summary>
public sealed partial class ComputeRunner
{
    /// <summary>The committed batches whose publication time is after <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<long>> EmbargoedBatchesAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM import_batches WHERE status = 'committed' AND published_at > $now ORDER BY id",
            new { now },
            cancellationToken: cancellationToken))];
    }

    /// <summary>
    /// What the public may see at <paramref name="now"/> of the indicators an embargoed batch touches, or
    /// <see langword="null"/> when no batch is embargoed; indicators without an embargoed batch are not in it.
    /// </summary>
    private async Task<Dictionary<IndicatorId, List<StoredObservation>>?> ReadPublishedObservationsAsync(
        DbConnection connection,
        List<IndicatorMethod> methods,
        DateTime now,
        CancellationToken cancellationToken)
    {
        // Most runs find no embargoed batch: ask the few batch rows before the observations.
        long[] embargoedBatches = [.. await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM import_batches WHERE status = 'committed' AND published_at > $now",
            new { now },
            cancellationToken: cancellationToken))];
        if (embargoedBatches.Length == 0)
        {
            return null;
        }

        HashSet<string> touched = [.. await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT DISTINCT i.indicator_id
            FROM observation_rows r JOIN observation_indicators i ON i.indicator_key = r.indicator_key
            WHERE r.batch_id IN $batches OR r.superseded_by IN $batches
            """,
            new { batches = embargoedBatches },
            cancellationToken: cancellationToken))];
        if (touched.Count == 0)
        {
            return null;
        }

        List<IndicatorMethod> embargoed = [.. methods.Where(m => touched.Contains(m.Id.Value))];
        Dictionary<IndicatorId, List<StoredObservation>> published = await ReadObservationsAsync(connection, embargoed, now, cancellationToken);
        foreach (IndicatorMethod method in embargoed)
        {
            // An indicator whose only observations are embargoed has none for the public, which is still an answer.
            published.TryAdd(method.Id, []);
        }

        return published;
    }

    /// <summary>An embargoed indicator's cells for analysts: those computed from every observation.</summary>
    private static IndicatorResult ForAnalysts(IndicatorResult everything) =>
        everything with { Audiences = [.. everything.Audiences.Where(a => a.Audience != "public").Select(a => a with { Audience = "analyst" })] };

    /// <summary>An embargoed indicator's cells for the public: those computed from the published observations only.</summary>
    private static IndicatorResult ForPublic(IndicatorResult published) =>
        published with { Audiences = [.. published.Audiences.Where(a => a.Audience != "analyst").Select(a => a with { Audience = "public" })] };
}
