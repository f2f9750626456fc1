using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Situation;

namespace WelfareAtlas.Storage.Situation;

/// <summary>Reads the previous data vintage: each current delivered observation with the one of an earlier batch it superseded.</summary>
/// <remarks>
/// Raw observations, before disclosure control: only for analysts' situational picture. Derived rows (sums, crosswalk
/// estimates) are left out; their revisions follow from the delivered ones.
/// </remarks>
/// <param name="dataSource">The store's connections.</param>
public sealed class RevisionRepository(DbDataSource dataSource)
{
    /// <summary>The revisions of <paramref name="indicators"/>, by indicator, area, period and breakdown.</summary>
    public async Task<IReadOnlyList<ObservationRevision>> ListAsync(IReadOnlyCollection<IndicatorId> indicators, CancellationToken cancellationToken = default)
    {
        if (indicators.Count == 0)
        {
            return [];
        }

        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<RevisionRow> rows = await connection.QueryAsync<RevisionRow>(new CommandDefinition(
            """
            SELECT n.indicator_id, n.area_code, n.period, n.breakdown,
                   n.numerator AS new_numerator, n.denominator AS new_denominator, n.value AS new_value,
                   n.lower_limit AS new_lower, n.upper_limit AS new_upper, n.status AS new_status, n.batch_id AS new_batch,
                   o.numerator AS old_numerator, o.denominator AS old_denominator, o.value AS old_value,
                   o.lower_limit AS old_lower, o.upper_limit AS old_upper, o.status AS old_status, o.batch_id AS old_batch
            FROM observations o
            JOIN observations n ON n.batch_id = o.superseded_by AND n.indicator_id = o.indicator_id AND n.area_code = o.area_code
                                AND n.period = o.period AND n.breakdown = o.breakdown
            WHERE n.superseded_by IS NULL AND n.derivation IS NULL AND o.derivation IS NULL AND n.indicator_id IN $ids
            ORDER BY n.indicator_id, n.area_code, n.period, n.breakdown
            """,
            new { ids = indicators.Select(i => i.Value).ToArray() },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row =>
        {
            IndicatorId indicator = IndicatorId.Parse(row.indicator_id);
            AreaCode area = AreaCode.Parse(row.area_code);
            Period period = Period.Parse(row.period);
            Breakdown breakdown = Breakdown.TryParseKey(row.breakdown, out Breakdown parsed, out string? error) ? parsed : throw new StoreException($"An observation in the store has a bad breakdown: {error}");
            return new ObservationRevision(
                new Observation(indicator, area, period, breakdown, row.new_numerator, row.new_denominator, row.new_value, row.new_lower, row.new_upper, Status(row.new_status)),
                row.new_batch,
                new Observation(indicator, area, period, breakdown, row.old_numerator, row.old_denominator, row.old_value, row.old_lower, row.old_upper, Status(row.old_status)),
                row.old_batch);
        })];
    }

    private static ObservationStatus Status(string status) => status switch
    {
        "available" => ObservationStatus.Available,
        "suppressed" => ObservationStatus.SuppressedBySource,
        _ => ObservationStatus.Missing,
    };

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the query.
    private sealed record RevisionRow(
        string indicator_id,
        string area_code,
        string period,
        string breakdown,
        double? new_numerator,
        double? new_denominator,
        double? new_value,
        double? new_lower,
        double? new_upper,
        string new_status,
        long new_batch,
        double? old_numerator,
        double? old_denominator,
        double? old_value,
        double? old_lower,
        double? old_upper,
        string old_status,
        long old_batch);
#pragma warning restore IDE1006, CA1707
}
