using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Storage.Disclosure;

/// <summary>
/// Reads what disclosure control needs about one indicator: its current observations (as delivered and derived) and
/// the crosswalk shares its derived sub-district counts were apportioned with. Read-only.
/// </summary>
/// <param name="dataSource">The store's connections.</param>
public sealed class DisclosureInputRepository(DbDataSource dataSource)
{
    /// <summary>
    /// The indicator's current observations (not superseded, of committed batches), one per cell, in key order. Where a
    /// cell is both delivered and derived (population delivered by sub-district and apportioned from postal areas) the
    /// delivered row wins, then the newest batch: that is the number outputs show.
    /// </summary>
    public async Task<IReadOnlyList<Observation>> ListCurrentAsync(IndicatorId indicator, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<ObservationRow> rows = await connection.QueryAsync<ObservationRow>(new CommandDefinition(
            """
            SELECT area_code, period, breakdown, numerator, denominator, value, lower_limit, upper_limit, status, source_symbol
            FROM (
                SELECT o.area_code, o.period, o.period_start, o.period_end, o.breakdown, o.numerator, o.denominator, o.value,
                    o.lower_limit, o.upper_limit, o.status, o.source_symbol,
                    row_number() OVER (
                        PARTITION BY o.area_code, o.period, o.breakdown ORDER BY o.derivation IS NULL DESC, o.batch_id DESC) AS choice
                FROM observations o JOIN import_batches b ON b.id = o.batch_id
                WHERE o.indicator_id = $indicator AND o.superseded_by IS NULL AND b.status = 'committed'
            ) ranked
            WHERE choice = 1
            ORDER BY area_code, period_start, period_end DESC, breakdown
            """,
            new { indicator = indicator.Value },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => ToObservation(indicator, row))];
    }

    /// <summary>
    /// The postal area → sub-district shares used for the indicator's current derived observations, one per period,
    /// postal area and sub-district.
    /// </summary>
    public async Task<IReadOnlyList<CrosswalkShare>> ListCrosswalkSharesAsync(IndicatorId indicator, CancellationToken cancellationToken = default) =>
        (await ListCrosswalkSharesAsync([indicator], cancellationToken))[indicator];

    /// <summary>
    /// The shares of <see cref="ListCrosswalkSharesAsync(IndicatorId, CancellationToken)"/> for several indicators in
    /// one query (a compute run's), by indicator; an indicator without derived observations has an empty list.
    /// </summary>
    public async Task<IReadOnlyDictionary<IndicatorId, IReadOnlyList<CrosswalkShare>>> ListCrosswalkSharesAsync(
        IReadOnlyCollection<IndicatorId> indicators,
        CancellationToken cancellationToken = default)
    {
        Dictionary<IndicatorId, List<CrosswalkShare>> shares = indicators.Distinct().ToDictionary(indicator => indicator, _ => new List<CrosswalkShare>());
        if (shares.Count > 0)
        {
            await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
            // By the observations' keys (0011): the batches of each indicator's current crosswalk rows, then their weights.
            await using DbDataReader reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                    """
                    SELECT DISTINCT i.indicator_id, w.period, w.from_code, w.to_code, w.weight
                    FROM derivation_weights w
                    JOIN (
                        SELECT DISTINCT r.indicator_key, r.batch_id
                        FROM observation_rows r JOIN observation_derivations d ON d.derivation_key = r.derivation_key
                        WHERE r.superseded_by IS NULL AND d.derivation LIKE 'crosswalk%') AS b ON b.batch_id = w.batch_id
                    JOIN observation_indicators i ON i.indicator_key = b.indicator_key
                    WHERE i.indicator_id IN $ids
                    ORDER BY i.indicator_id, w.period, w.from_code, w.to_code
                    """,
                    new { ids = shares.Keys.Select(indicator => indicator.Value).ToArray() },
                    cancellationToken: cancellationToken));
            // Tens of thousands of rows name a few hundred areas and periods: each text is parsed once.
            Dictionary<string, List<CrosswalkShare>> byIndicator = shares.ToDictionary(pair => pair.Key.Value, pair => pair.Value, StringComparer.Ordinal);
            Dictionary<string, Period> periods = new(StringComparer.Ordinal);
            Dictionary<string, AreaCode> areas = new(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                byIndicator[reader.GetString(0)].Add(new CrosswalkShare(
                    Parsed(periods, reader.GetString(1), ParsePeriod),
                    Parsed(areas, reader.GetString(2), AreaCode.Parse),
                    Parsed(areas, reader.GetString(3), AreaCode.Parse),
                    reader.GetDouble(4)));
            }
        }

        return shares.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<CrosswalkShare>)pair.Value);
    }

    private static Observation ToObservation(IndicatorId indicator, ObservationRow row)
    {
        if (!Breakdown.TryParseKey(row.breakdown, out Breakdown breakdown, out string? error))
        {
            throw new StoreException($"Observation {indicator}/{row.area_code}/{row.period} in the store has a bad breakdown: {error}");
        }

        ObservationStatus status = row.status switch
        {
            "available" => ObservationStatus.Available,
            "suppressed" => ObservationStatus.SuppressedBySource,
            "missing" => ObservationStatus.Missing,
            _ => throw new StoreException($"Observation {indicator}/{row.area_code}/{row.period} in the store has an unknown status '{row.status}'."),
        };
        return new Observation(
            indicator,
            AreaCode.Parse(row.area_code),
            ParsePeriod(row.period),
            breakdown,
            row.numerator,
            row.denominator,
            row.value,
            row.lower_limit,
            row.upper_limit,
            status,
            row.source_symbol);
    }

    private static T Parsed<T>(Dictionary<string, T> parsed, string text, Func<string, T> parse)
    {
        if (!parsed.TryGetValue(text, out T? value))
        {
            value = parse(text);
            parsed[text] = value;
        }

        return value;
    }

    private static Period ParsePeriod(string text) =>
        Period.TryParse(text, out Period period, out string? error) ? period : throw new StoreException($"A period in the store is not one: {error}");

    // Dapper maps columns by name; the lower-case names mirror the table.
#pragma warning disable IDE1006, CA1812 // Naming: column names; instantiated by Dapper.
    private sealed record ObservationRow(
        string area_code,
        string period,
        string breakdown,
        double? numerator,
        double? denominator,
        double? value,
        double? lower_limit,
        double? upper_limit,
        string status,
        string? source_symbol);
#pragma warning restore IDE1006, CA1812
}
