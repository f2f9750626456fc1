using System.Globalization;
using Dapper;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// The bulk path's staged rows keyed by numbers: the commit's expensive statements over the whole batch (repeated keys,
/// the sums up the hierarchy) group small integers instead of texts, and the rows are written into
/// <c>observation_rows</c> by integer joins with the store's keys (docs/import/pipeline.md, "The bulk CSV path").
/// </summary>
/// <remarks>
/// After <see cref="StageCsvAsync"/> stages a file, <c>staged_keyed</c> holds its observations with the numbers of
/// their indicator, area, period and breakdown (<see cref="KeyIndex{T}"/>), the tables <c>bulk_key_indicator</c>,
/// <c>bulk_key_area</c>, <c>bulk_key_period</c> and <c>bulk_key_breakdown</c> the values of the numbers, and
/// <c>staged_observations</c> becomes a view that joins them: every statement written for the streaming path's staged
/// texts reads the same rows from it, while the commit inserts <c>staged_keyed</c> itself, its numbers mapped to the
/// store's keys (<c>ImportBatchWriter.StoreKeys.cs</c>; no staged copy with texts). The numbers stand for equal texts exactly, so what the commit finds by numbers is what
/// it would find by texts.
/// </remarks>
public sealed partial class ImportBatchWriter
{
    // A bitmap over all combinations of the key numbers finds repeated keys in one pass without a hash table, when it
    // is at most this many bits (32 MiB); larger key spaces count distinct hashes instead.
    private const long MaxKeyBitmapBits = 1L << 28;

    private const string CreateKeyed = """
        CREATE TEMP TABLE staged_keyed (
            seq BIGINT NOT NULL, line INTEGER,
            indicator_ix INTEGER NOT NULL, area_ix INTEGER NOT NULL, period_ix INTEGER NOT NULL, breakdown_ix INTEGER NOT NULL,
            numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, value DOUBLE PRECISION,
            lower_limit DOUBLE PRECISION, upper_limit DOUBLE PRECISION,
            status VARCHAR NOT NULL, source_symbol VARCHAR)
        """;

    private const string CreateKeyTables = """
        CREATE TEMP TABLE bulk_key_indicator (ix INTEGER NOT NULL, id VARCHAR NOT NULL);
        CREATE TEMP TABLE bulk_key_area (ix INTEGER NOT NULL, code VARCHAR NOT NULL);
        CREATE TEMP TABLE bulk_key_period (ix INTEGER NOT NULL, period VARCHAR NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL);
        CREATE TEMP TABLE bulk_key_breakdown (ix INTEGER NOT NULL, key VARCHAR NOT NULL);
        """;

    // Same columns, names and types as the staging table it replaces (ImportBatchWriter.cs, CreateStaging).
    private const string KeyedView = """
        DROP TABLE staged_observations;
        CREATE TEMP VIEW staged_observations AS
            SELECT k.seq, k.line, CAST(NULL AS VARCHAR) AS location, i.id AS indicator_id, a.code AS area_code,
                   p.period, p.period_start, p.period_end, b.key AS breakdown,
                   k.numerator, k.denominator, k.value, k.lower_limit, k.upper_limit, k.status, k.source_symbol
            FROM staged_keyed k
            JOIN bulk_key_indicator i ON i.ix = k.indicator_ix
            JOIN bulk_key_area a ON a.ix = k.area_ix
            JOIN bulk_key_period p ON p.ix = k.period_ix
            JOIN bulk_key_breakdown b ON b.ix = k.breakdown_ix;
        """;

    private static readonly ColumnType[] KeyTextColumns = [ColumnType.Int32, ColumnType.Text];
    private static readonly ColumnType[] KeyPeriodColumns = [ColumnType.Int32, ColumnType.Text, ColumnType.Date, ColumnType.Date];

    // How many values each key dimension has, once the staged rows are keyed by numbers; null for rows staged with texts.
    private (long Indicators, long Areas, long Periods, long Breakdowns)? keySizes;

    /// <summary>Writes the values of the key numbers and puts the view <c>staged_observations</c> over the keyed rows.</summary>
    private async Task UseKeyedAsync(Lookups lookups, CancellationToken cancellationToken)
    {
        await ExecuteAsync(CreateKeyTables, null, cancellationToken);
        await WriteKeysAsync("bulk_key_indicator", lookups.Indicators, cancellationToken);
        await WriteKeysAsync("bulk_key_area", lookups.Areas, cancellationToken);
        await WriteKeysAsync("bulk_key_breakdown", lookups.Breakdowns, cancellationToken);
        await using (BulkWriter rows = await engine.BeginBulkInsertAsync(connection, "bulk_key_period", KeyPeriodColumns, cancellationToken))
        {
            for (int ix = 0; ix < lookups.Periods.Count; ix++)
            {
                Period period = lookups.Periods.Values[ix];
                rows.StartRow();
                rows.Write(ix);
                rows.Write(lookups.Periods.TextOf(period));
                rows.Write(period.Start);
                rows.Write(period.End);
                rows.EndRow();
            }

            await rows.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(KeyedView, null, cancellationToken);
        keySizes = (lookups.Indicators.Count, lookups.Areas.Count, lookups.Periods.Count, lookups.Breakdowns.Count);
    }

    private async Task WriteKeysAsync(string table, KeyIndex<string> keys, CancellationToken cancellationToken)
    {
        await using BulkWriter rows = await engine.BeginBulkInsertAsync(connection, table, KeyTextColumns, cancellationToken);
        for (int ix = 0; ix < keys.Count; ix++)
        {
            rows.StartRow();
            rows.Write(ix);
            rows.Write(keys.Values[ix]);
            rows.EndRow();
        }

        await rows.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// Whether some key of the keyed rows may repeat: <see langword="false"/> proves that none does. One bit per
    /// combination of the four numbers; a bit set twice shows as fewer bits than rows.
    /// </summary>
    private async Task<bool> KeyedMayRepeatAsync(CancellationToken cancellationToken)
    {
        (long indicators, long areas, long periods, long breakdowns) = keySizes!.Value;
        // The product is bounded in floating point first: four counts of up to a million each overflow a long.
        bool small = indicators > 0 && areas > 0 && periods > 0 && breakdowns > 0
            && (double)indicators * areas * periods * breakdowns <= MaxKeyBitmapBits;
        long bits = small ? indicators * areas * periods * breakdowns : 0;
        string sql = small
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"""
                SELECT COALESCE(bit_count(bitstring_agg(
                           ((CAST(indicator_ix AS BIGINT) * {areas} + area_ix) * {periods} + period_ix) * {breakdowns} + breakdown_ix,
                           0, {bits - 1})) < count(*), false)
                FROM staged_keyed
                """)
            : "SELECT count(DISTINCT hash(indicator_ix, area_ix, period_ix, breakdown_ix)) < count(*) FROM staged_keyed";
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// One level of the sums up the hierarchy for a file staged in bulk without a crosswalk (<see cref="SumToParents"/>,
    /// grouped by numbers): the level's rows are the keyed rows whose area is of <c>childType</c> (when the file
    /// delivers such areas: <paramref name="deliversChildren"/>) and the derived rows of the level below
    /// (<c>staged_derived_keyed</c>). Areas are the store's keys (<c>bulk_area_tree</c>), so parents have numbers at
    /// every level; indicator, period and breakdown stay the batch's numbers, which derived rows share. A parent's own
    /// key is looked for among the keyed rows when the file delivers parents of that level (<paramref name="deliversParents"/>);
    /// derived rows never hold it, since every level derives only the level above.
    /// </summary>
    private static string SumKeyedToParents(bool deliversChildren, bool deliversParents) => $"""
        INSERT INTO staged_derived_keyed
        WITH children AS (
            SELECT t.area_key, t.parent_key FROM bulk_area_tree t
            WHERE t.type = $childType AND t.parent_key IS NOT NULL
              AND ($childType <> 'sub-district' OR t.code IN (SELECT to_code FROM area_overlaps))),
        expected AS (SELECT parent_key, count(*) AS children FROM children GROUP BY parent_key),
        level AS (SELECT area_key, parent_key FROM bulk_area_tree WHERE type = $childType AND parent_key IS NOT NULL),
        additive AS (SELECT k.ix FROM bulk_key_indicator k JOIN indicators i ON i.id = k.id AND i.measure IN {Additive}),
        batch AS (
            {(deliversChildren ? """
            SELECT k.indicator_ix, a.area_key, k.period_ix, k.breakdown_ix, k.value, k.status = 'available' AS available, k.numerator, k.denominator
            FROM staged_keyed k JOIN bulk_store_area a ON a.ix = k.area_ix
            UNION ALL
            """ : string.Empty)}
            SELECT indicator_ix, area_key, period_ix, breakdown_ix, CAST(NULL AS DOUBLE PRECISION) AS value, available, numerator, denominator
            FROM staged_derived_keyed),
        grouped AS (
            SELECT o.indicator_ix, l.parent_key, o.period_ix, o.breakdown_ix,
                   count(*) FILTER (WHERE c.area_key IS NOT NULL) AS present,
                   count(*) FILTER (WHERE o.value IS NULL AND d.ix IS NOT NULL) AS summed,
                   bool_and(o.available) FILTER (WHERE o.value IS NULL AND d.ix IS NOT NULL) AS complete,
                   sum(o.numerator) FILTER (WHERE o.value IS NULL AND d.ix IS NOT NULL) AS numerator,
                   sum(o.denominator) FILTER (WHERE o.value IS NULL AND d.ix IS NOT NULL) AS denominator
            FROM batch o
            JOIN level l ON l.area_key = o.area_key
            LEFT JOIN children c ON c.area_key = o.area_key
            LEFT JOIN additive d ON d.ix = o.indicator_ix
            GROUP BY o.indicator_ix, l.parent_key, o.period_ix, o.breakdown_ix)
        SELECT d.indicator_ix, d.parent_key, d.period_ix, d.breakdown_ix,
               CASE WHEN d.complete THEN d.numerator END, CASE WHEN d.complete THEN d.denominator END, d.complete
        FROM grouped d
        LEFT JOIN expected e ON e.parent_key = d.parent_key
        WHERE d.summed > 0 AND d.present = COALESCE(e.children, 0)
        {(deliversParents ? """
              AND NOT EXISTS (
                  SELECT 1 FROM staged_keyed x JOIN bulk_store_area xa ON xa.ix = x.area_ix
                  WHERE xa.area_key = d.parent_key AND x.indicator_ix = d.indicator_ix
                    AND x.period_ix = d.period_ix AND x.breakdown_ix = d.breakdown_ix)
            """ : string.Empty)}
        """;
}
