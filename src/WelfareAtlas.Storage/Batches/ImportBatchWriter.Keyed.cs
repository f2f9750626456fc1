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

    // The status of a staged row as a small code (available 0, suppressed 1, missing 2: bulk_key_status), not its text:
    // the 10 M-row statements over staged_keyed (the sums, the insert into observation_rows) compare or join a number.
    private const string CreateKeyTables = """
        CREATE TEMP TABLE bulk_key_status AS
            SELECT CAST(code AS INTEGER) AS code, status FROM (VALUES (0, 'available'), (1, 'suppressed'), (2, 'missing')) AS v (code, status);
        CREATE TEMP TABLE bulk_key_indicator (ix INTEGER NOT NULL, id VARCHAR NOT NULL);
        CREATE TEMP TABLE bulk_key_area (ix INTEGER NOT NULL, code VARCHAR NOT NULL);
        CREATE TEMP TABLE bulk_key_period (ix INTEGER NOT NULL, period VARCHAR NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL);
        CREATE TEMP TABLE bulk_key_breakdown (ix INTEGER NOT NULL, key VARCHAR NOT NULL);
        """;

    private static readonly ColumnType[] KeyTextColumns = [ColumnType.Int32, ColumnType.Text];
    private static readonly ColumnType[] KeyPeriodColumns = [ColumnType.Int32, ColumnType.Text, ColumnType.Date, ColumnType.Date];

    // How many values each key dimension has, once the staged rows are keyed by numbers; null for rows staged with texts.
    private (long Indicators, long Areas, long Periods, long Breakdowns)? keySizes;

    // Whether staged_keyed has the columns value, lower_limit and upper_limit: only when some values entry maps one.
    // Without them (counts: numerator and denominator only) every staged row is 24 bytes narrower, and the statements
    // read NULL in their place (StagedValue).
    private bool stagedValues = true;

    /// <summary>
    /// The table of the keyed rows. <paramref name="withValues"/>: with the columns value, lower_limit and upper_limit,
    /// which are NULL in every row when no values entry maps them.
    /// </summary>
    private static string CreateKeyed(bool withValues) => $"""
        CREATE TEMP TABLE staged_keyed (
            seq BIGINT NOT NULL, line INTEGER,
            indicator_ix INTEGER NOT NULL, area_ix INTEGER NOT NULL, period_ix INTEGER NOT NULL, breakdown_ix INTEGER NOT NULL,
            numerator DOUBLE PRECISION, denominator DOUBLE PRECISION,
            {(withValues ? "value DOUBLE PRECISION, lower_limit DOUBLE PRECISION, upper_limit DOUBLE PRECISION," : string.Empty)}
            status_code INTEGER NOT NULL, source_symbol VARCHAR)
        """;

    /// <summary>
    /// <paramref name="column"/> (value, lower_limit or upper_limit) of the keyed row <paramref name="alias"/>, or NULL
    /// when staged_keyed has no such column.
    /// </summary>
    private string StagedValue(string alias, string column) => stagedValues ? alias + "." + column : "CAST(NULL AS DOUBLE PRECISION)";

    /// <summary>
    /// The view <c>staged_observations</c> over the keyed rows: the same columns, names and types as the staging table
    /// it replaces (ImportBatchWriter.cs, CreateStaging).
    /// </summary>
    private string KeyedView() => $"""
        DROP TABLE staged_observations;
        CREATE TEMP VIEW staged_observations AS
            SELECT k.seq, k.line, CAST(NULL AS VARCHAR) AS location, i.id AS indicator_id, a.code AS area_code,
                   p.period, p.period_start, p.period_end, b.key AS breakdown,
                   k.numerator, k.denominator, {StagedValue("k", "value")} AS value, {StagedValue("k", "lower_limit")} AS lower_limit,
                   {StagedValue("k", "upper_limit")} AS upper_limit, s.status, k.source_symbol
            FROM staged_keyed k
            JOIN bulk_key_indicator i ON i.ix = k.indicator_ix
            JOIN bulk_key_area a ON a.ix = k.area_ix
            JOIN bulk_key_period p ON p.ix = k.period_ix
            JOIN bulk_key_breakdown b ON b.ix = k.breakdown_ix
            JOIN bulk_key_status s ON s.code = k.status_code;
        """;

    /// <summary>Writes the values of the key numbers and puts the view <c>staged_observations</c> over the keyed rows.</summary>
    private async Task UseKeyedAsync(Stager stager, CancellationToken cancellationToken)
    {
        await ExecuteAsync(CreateKeyTables, null, cancellationToken);
        await WriteKeysAsync("bulk_key_indicator", stager.Indicators, cancellationToken);
        await WriteKeysAsync("bulk_key_area", stager.Areas, cancellationToken);
        await WriteKeysAsync("bulk_key_breakdown", stager.Breakdowns, cancellationToken);
        await using (BulkWriter rows = await engine.BeginBulkInsertAsync(connection, "bulk_key_period", KeyPeriodColumns, cancellationToken))
        {
            for (int ix = 0; ix < stager.Periods.Count; ix++)
            {
                Period period = stager.Periods.Values[ix];
                years.Add(period.Start.Year);
                rows.StartRow();
                rows.Write(ix);
                rows.Write(stager.Periods.TextOf(period));
                rows.Write(period.Start);
                rows.Write(period.End);
                rows.EndRow();
            }

            await rows.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(KeyedView(), null, cancellationToken);
        keySizes = (stager.Indicators.Count, stager.Areas.Count, stager.Periods.Count, stager.Breakdowns.Count);
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
    private string SumKeyedToParents(bool deliversChildren, bool deliversParents) => $"""
        INSERT INTO staged_derived_keyed
        WITH children AS (
            SELECT t.area_key, t.parent_key FROM bulk_area_tree t
            WHERE t.type = $childType AND t.parent_key IS NOT NULL
              AND ($childType <> 'sub-district' OR t.code IN (SELECT to_code FROM area_overlaps))),
        expected AS (SELECT parent_key, count(*) AS children FROM children GROUP BY parent_key),
        -- The level's areas with their parents, and whether the parent waits for them (counted): a few hundred rows,
        -- so the batch's rows join one small table, by the batch's area number or by the store's area key.
        level AS (
            SELECT t.area_key, t.parent_key, t.area_key IN (SELECT area_key FROM children) AS counted
            FROM bulk_area_tree t WHERE t.type = $childType AND t.parent_key IS NOT NULL),
        additive AS (SELECT k.ix FROM bulk_key_indicator k JOIN indicators i ON i.id = k.id AND i.measure IN {Additive}),
        batch AS (
            {(deliversChildren ? $"""
            SELECT k.indicator_ix, l.parent_key, k.period_ix, k.breakdown_ix, l.counted,
                   {StagedValue("k", "value")} IS NULL AND k.indicator_ix IN (SELECT ix FROM additive) AS summable,
                   k.status_code = 0 AS available, k.numerator, k.denominator
            FROM staged_keyed k
            JOIN (SELECT a.ix, l.parent_key, l.counted FROM bulk_store_area a JOIN level l ON l.area_key = a.area_key) AS l ON l.ix = k.area_ix
            UNION ALL
            """ : string.Empty)}
            SELECT d.indicator_ix, l.parent_key, d.period_ix, d.breakdown_ix, l.counted,
                   d.indicator_ix IN (SELECT ix FROM additive) AS summable, d.available, d.numerator, d.denominator
            FROM staged_derived_keyed d JOIN level l ON l.area_key = d.area_key),
        grouped AS (
            SELECT indicator_ix, parent_key, period_ix, breakdown_ix,
                   count(*) FILTER (WHERE counted) AS present,
                   count(*) FILTER (WHERE summable) AS summed,
                   bool_and(available) FILTER (WHERE summable) AS complete,
                   {ExactSum("numerator", "summable")} AS numerator,
                   {ExactSum("denominator", "summable")} AS denominator
            FROM batch
            GROUP BY indicator_ix, parent_key, period_ix, breakdown_ix)
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
