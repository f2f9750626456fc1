using System.Data.Common;

namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// Writing the batch into <c>observation_rows</c>, whose rows carry integer keys for their texts
/// (<see cref="ObservationKeys"/>; migration <c>0011_observation_keys</c>).
/// </summary>
/// <remarks>
/// Before the transaction the batch's texts get their store keys. The streaming path's rows are then inserted by
/// joining their texts with the dimension tables; the bulk path's rows are keyed by the batch's own numbers already
/// (<c>staged_keyed</c>), which map to store keys through five tables of a few rows each (the status codes too), so 10 M rows are written
/// with integer joins only and no text is stored per row.
/// </remarks>
public sealed partial class ImportBatchWriter
{
    // Derived rows have the batch's indicators, periods and breakdowns, and areas of the store (all numbered), so the
    // delivered rows give every text the batch writes.
    private static readonly KeySources StreamedKeys = new(
        "SELECT DISTINCT indicator_id FROM staged_observations",
        "SELECT DISTINCT area_code FROM staged_observations",
        "SELECT DISTINCT period, period_start, period_end FROM staged_observations",
        "SELECT DISTINCT breakdown FROM staged_observations");

    // The bulk path's key tables hold each value once.
    private static readonly KeySources BulkKeys = new(
        "SELECT id AS indicator_id FROM bulk_key_indicator",
        "SELECT code AS area_code FROM bulk_key_area",
        "SELECT period, period_start, period_end FROM bulk_key_period",
        "SELECT key AS breakdown FROM bulk_key_breakdown");

    // The batch's numbers with the store's keys they stand for.
    private const string CreateBulkStoreKeys = """
        CREATE TEMP TABLE bulk_store_indicator AS
            SELECT k.ix, d.indicator_key FROM bulk_key_indicator k JOIN observation_indicators d ON d.indicator_id = k.id;
        CREATE TEMP TABLE bulk_store_area AS
            SELECT k.ix, d.area_key FROM bulk_key_area k JOIN observation_areas d ON d.area_code = k.code;
        CREATE TEMP TABLE bulk_store_period AS
            SELECT k.ix, d.period_key FROM bulk_key_period k JOIN observation_periods d ON d.period = k.period;
        CREATE TEMP TABLE bulk_store_breakdown AS
            SELECT k.ix, d.breakdown_key FROM bulk_key_breakdown k JOIN observation_breakdowns d ON d.breakdown = k.key;
        CREATE TEMP TABLE bulk_store_status AS
            SELECT k.code, d.status_key FROM bulk_key_status k JOIN observation_statuses d ON d.status = k.status;
        """;

    // The keys of every row the batch writes, delivered and derived, for finding the older rows it supersedes.
    private const string CreateBatchKeys = """
        CREATE TEMP VIEW staged_batch_keys AS
            SELECT i.indicator_key, a.area_key, p.period_key, b.breakdown_key
            FROM staged_batch n
            JOIN observation_indicators i ON i.indicator_id = n.indicator_id
            JOIN observation_areas a ON a.area_code = n.area_code
            JOIN observation_periods p ON p.period = n.period
            JOIN observation_breakdowns b ON b.breakdown = n.breakdown
        """;

    // The same for a file staged in bulk: its rows by integer joins, the derived rows by texts or by numbers.
    private const string CreateBulkBatchKeys = """
        CREATE TEMP VIEW staged_batch_keys AS
            SELECT i.indicator_key, a.area_key, p.period_key, b.breakdown_key
            FROM staged_keyed k
            JOIN bulk_store_indicator i ON i.ix = k.indicator_ix
            JOIN bulk_store_area a ON a.ix = k.area_ix
            JOIN bulk_store_period p ON p.ix = k.period_ix
            JOIN bulk_store_breakdown b ON b.ix = k.breakdown_ix
            UNION ALL
            SELECT i.indicator_key, a.area_key, p.period_key, b.breakdown_key
            FROM staged_derived_rows n
            JOIN observation_indicators i ON i.indicator_id = n.indicator_id
            JOIN observation_areas a ON a.area_code = n.area_code
            JOIN observation_periods p ON p.period = n.period
            JOIN observation_breakdowns b ON b.breakdown = n.breakdown
        """;

    private const string CreateKeyedDerivedKeys = """
        CREATE TEMP VIEW staged_batch_keys AS
            SELECT i.indicator_key, a.area_key, p.period_key, b.breakdown_key
            FROM staged_keyed k
            JOIN bulk_store_indicator i ON i.ix = k.indicator_ix
            JOIN bulk_store_area a ON a.ix = k.area_ix
            JOIN bulk_store_period p ON p.ix = k.period_ix
            JOIN bulk_store_breakdown b ON b.ix = k.breakdown_ix
            UNION ALL
            SELECT i.indicator_key, d.area_key, p.period_key, b.breakdown_key
            FROM staged_derived_keyed d
            JOIN bulk_store_indicator i ON i.ix = d.indicator_ix
            JOIN bulk_store_period p ON p.ix = d.period_ix
            JOIN bulk_store_breakdown b ON b.ix = d.breakdown_ix
        """;

    private const string InsertStreamed = """
        INSERT INTO observation_rows
        SELECT $id, i.indicator_key, a.area_key, p.period_key, b.breakdown_key, o.numerator, o.denominator, o.value,
               o.lower_limit, o.upper_limit, s.status_key, o.source_symbol, o.line, NULL, NULL
        FROM staged_observations o
        JOIN observation_indicators i ON i.indicator_id = o.indicator_id
        JOIN observation_areas a ON a.area_code = o.area_code
        JOIN observation_periods p ON p.period = o.period
        JOIN observation_breakdowns b ON b.breakdown = o.breakdown
        JOIN observation_statuses s ON s.status = o.status
        """;

    private string InsertKeyed() => $"""
        INSERT INTO observation_rows
        SELECT $id, i.indicator_key, a.area_key, p.period_key, b.breakdown_key, k.numerator, k.denominator, {StagedValue("k", "value")},
               {StagedValue("k", "lower_limit")}, {StagedValue("k", "upper_limit")}, s.status_key, k.source_symbol, k.line, NULL, NULL
        FROM staged_keyed k
        JOIN bulk_store_indicator i ON i.ix = k.indicator_ix
        JOIN bulk_store_area a ON a.ix = k.area_ix
        JOIN bulk_store_period p ON p.ix = k.period_ix
        JOIN bulk_store_breakdown b ON b.ix = k.breakdown_ix
        JOIN bulk_store_status s ON s.code = k.status_code
        """;

    private const string InsertDerived = """
        INSERT INTO observation_rows
        SELECT $id, i.indicator_key, a.area_key, p.period_key, b.breakdown_key, o.numerator, o.denominator, NULL,
               NULL, NULL, s.status_key, NULL, NULL, v.derivation_key, NULL
        FROM staged_derived o
        JOIN observation_indicators i ON i.indicator_id = o.indicator_id
        JOIN observation_areas a ON a.area_code = o.area_code
        JOIN observation_periods p ON p.period = o.period
        JOIN observation_breakdowns b ON b.breakdown = o.breakdown
        JOIN observation_statuses s ON s.status = o.status
        JOIN observation_derivations v ON v.derivation = o.derivation
        """;

    // Sums of a file staged in bulk without a crosswalk: keyed rows with the store's keys, no text joined.
    private const string InsertDerivedKeyed = """
        INSERT INTO observation_rows
        SELECT $id, i.indicator_key, d.area_key, p.period_key, b.breakdown_key, d.numerator, d.denominator, NULL,
               NULL, NULL, CASE WHEN d.available THEN s.available_key ELSE s.missing_key END, NULL, NULL, s.sum_key, NULL
        FROM staged_derived_keyed d
        JOIN bulk_store_indicator i ON i.ix = d.indicator_ix
        JOIN bulk_store_period p ON p.ix = d.period_ix
        JOIN bulk_store_breakdown b ON b.ix = d.breakdown_ix
        CROSS JOIN (
            SELECT (SELECT status_key FROM observation_statuses WHERE status = 'available') AS available_key,
                   (SELECT status_key FROM observation_statuses WHERE status = 'missing') AS missing_key,
                   (SELECT derivation_key FROM observation_derivations WHERE derivation = 'sum') AS sum_key) AS s
        """;

    // Whether the derived rows are in staged_derived_keyed (summed by numbers) rather than staged_derived.
    private bool derivedByKeys;

    /// <summary>
    /// Gives the batch's texts their store keys, and maps the bulk path's numbers to them; before the derived rows
    /// are computed, which the bulk path sums by the store's area keys.
    /// </summary>
    private async Task UseStoreKeysAsync(CancellationToken cancellationToken)
    {
        // One batch at a time gives texts their keys: DuckDB fails a transaction that inserts a text another one
        // inserts at the same time instead of waiting, and on PostgreSQL two batches bringing the same new texts in
        // different orders could each wait for the other. Held for these few statements only, not for the commit.
        await using (IAsyncDisposable keysLock = await engine.LockAsync(connection, "observation-keys", cancellationToken))
        {
            await ObservationKeys.EnsureAsync(connection, keySizes is null ? StreamedKeys : BulkKeys, cancellationToken);
        }

        if (keySizes is not null)
        {
            await ExecuteAsync(CreateBulkStoreKeys, null, cancellationToken);
        }
    }

    /// <summary>The view of every key the batch writes, once its derived rows are staged.</summary>
    private Task<int> CreateBatchKeysAsync(CancellationToken cancellationToken) =>
        ExecuteAsync(keySizes is null ? CreateBatchKeys : derivedByKeys ? CreateKeyedDerivedKeys : CreateBulkBatchKeys, null, cancellationToken);

    /// <summary>Runs one of the inserts into <c>observation_rows</c>, which must write <paramref name="expected"/> rows.</summary>
    /// <exception cref="StoreException">A row found no key: a text was not numbered, which is a bug; the transaction is not committed.</exception>
    private async Task InsertRowsAsync(string insert, long id, long expected, DbTransaction transaction, CancellationToken cancellationToken)
    {
        long written = await ExecuteAsync(insert, new { id }, cancellationToken, transaction);
        if (written != expected)
        {
            throw new StoreException($"Batch {id}: {written} observations written instead of {expected}; some text has no key in the store's dimension tables.");
        }
    }
}
