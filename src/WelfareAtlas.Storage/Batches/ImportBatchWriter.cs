using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Auditing;
using WelfareAtlas.Observations;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// Writes one batch: observations and rejected rows are bulk-inserted into temporary tables of its own connection
/// (DuckDB's appender, PostgreSQL's binary COPY), then <see cref="CommitAsync"/> checks duplicate keys and moves
/// everything into the store in one transaction.
/// </summary>
/// <remarks>
/// Temporary tables never reach the store, so a process killed while appending or committing leaves the store as it
/// was: the database rolls an unfinished transaction back. Disposing the writer without committing discards the batch.
/// Readers see the whole batch or nothing of it. Commits (and rollbacks) of the same source wait for each other, so
/// the later one supersedes the earlier one's rows (<see cref="StoreEngine.LockAsync"/>). One writer is used by
/// one caller at a time.
/// </remarks>
public sealed partial class ImportBatchWriter : IAsyncDisposable
{
    private const string CreateStaging = """
        CREATE TEMP TABLE staged_observations (
            seq BIGINT NOT NULL, line INTEGER, location VARCHAR,
            indicator_id VARCHAR NOT NULL, area_code VARCHAR NOT NULL, period VARCHAR NOT NULL,
            period_start DATE NOT NULL, period_end DATE NOT NULL, breakdown VARCHAR NOT NULL,
            numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, value DOUBLE PRECISION,
            lower_limit DOUBLE PRECISION, upper_limit DOUBLE PRECISION,
            status VARCHAR NOT NULL, source_symbol VARCHAR);
        CREATE TEMP TABLE staged_rejections (line INTEGER, location VARCHAR, code VARCHAR NOT NULL, message VARCHAR NOT NULL, value VARCHAR);
        """;

    // Bounds the caches below: a free breakdown with millions of categories must not hold them all.
    private const int MaxCachedTexts = 10_000;

    // Rejected rows wait in memory and go to their staging table in chunks: a PostgreSQL connection runs one COPY at a
    // time, so the observations' COPY is completed (and later reopened) for each chunk.
    private const int RejectionChunk = 10_000;

    private static readonly ColumnType[] StagedObservationColumns =
    [
        ColumnType.Int64, ColumnType.Int32, ColumnType.Text,
        ColumnType.Text, ColumnType.Text, ColumnType.Text,
        ColumnType.Date, ColumnType.Date, ColumnType.Text,
        ColumnType.Double, ColumnType.Double, ColumnType.Double, ColumnType.Double, ColumnType.Double,
        ColumnType.Text, ColumnType.Text,
    ];

    // The DUPLICATE_KEY message of a row of staged_duplicates, one expression for the report and the stored rejected
    // rows: the line (or cube cell) of the key's first row, then each part's value and where it comes from
    // (DuplicateOrigins: the parameters $indicatorOrigin, $areaOrigin, $periodOrigin and $breakdownOrigin).
    private const string DuplicateMessage = """
        'The key came earlier in the file' || COALESCE(' on line ' || first_line, ' at ' || first_location, '')
            || ': indicator "' || indicator_id || '"' || $indicatorOrigin
            || ', area "' || area_code || '"' || $areaOrigin
            || ', period "' || period || '"' || $periodOrigin
            || ', breakdown "' || breakdown || '"' || $breakdownOrigin
            || '; the first is kept.'
        """;

    private static readonly ColumnType[] StagedRejectionColumns = [ColumnType.Int32, ColumnType.Text, ColumnType.Text, ColumnType.Text, ColumnType.Text];

    private readonly DbDataSource dataSource;
    private readonly DbConnection connection;
    private readonly StoreEngine engine;
    private readonly ImportBatchHeader header;
    private readonly TimeProvider time;
    private readonly List<RejectedRow> pendingRejections = [];
    private BulkWriter? observations;
    // A batch has few distinct periods and breakdowns; their texts are computed once, not once per row.
    private readonly Dictionary<Periods.Period, (string Text, DateOnly Start, DateOnly End)> periods = [];
    private readonly Dictionary<Breakdown, string> breakdowns = [];
    private readonly SortedSet<int> years = [];
    private long sequence;
    private long rejected;
    private bool finished;

    private ImportBatchWriter(DbDataSource dataSource, DbConnection connection, StoreEngine engine, ImportBatchHeader header, TimeProvider time)
    {
        this.dataSource = dataSource;
        this.connection = connection;
        this.engine = engine;
        this.header = header;
        this.time = time;
    }

    /// <summary>The batch being written.</summary>
    public ImportBatchHeader Header => header;

    /// <summary>Observations appended so far.</summary>
    public long Appended => sequence;

    /// <summary>Rejected rows appended so far.</summary>
    public long Rejected => rejected;

    /// <summary>
    /// The years of the periods' starts of the observations staged so far, ascending: the years a crosswalk is weighed
    /// for (<see cref="CommitOptions.Crosswalk"/>).
    /// </summary>
    public IReadOnlyCollection<int> Years => years;

    /// <summary>Adds one observation to the batch.</summary>
    /// <exception cref="InvalidOperationException">The batch is a file staged by <see cref="StageCsvAsync"/>.</exception>
    public async ValueTask AppendAsync(SourcedObservation item)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        if (keySizes is not null)
        {
            throw new InvalidOperationException("The batch is a whole file staged in bulk; nothing can be appended to it.");
        }

        Observation o = item.Observation;
        observations ??= await engine.BeginBulkInsertAsync(connection, "staged_observations", StagedObservationColumns, CancellationToken.None);
        if (!periods.TryGetValue(o.Period, out (string Text, DateOnly Start, DateOnly End) period))
        {
            period = (o.Period.ToString(), o.Period.Start, o.Period.End);
            years.Add(o.Period.Start.Year);
            if (periods.Count < MaxCachedTexts)
            {
                periods[o.Period] = period;
            }
        }

        if (!breakdowns.TryGetValue(o.Breakdown, out string? breakdown))
        {
            breakdown = o.Breakdown.Key;
            if (breakdowns.Count < MaxCachedTexts)
            {
                breakdowns[o.Breakdown] = breakdown;
            }
        }

        observations.StartRow();
        observations.Write(sequence++);
        observations.Write(item.Line);
        observations.Write(item.Location);
        observations.Write(o.Indicator.Value);
        observations.Write(o.Area.Value);
        observations.Write(period.Text);
        observations.Write(period.Start);
        observations.Write(period.End);
        observations.Write(breakdown);
        observations.Write(o.Numerator);
        observations.Write(o.Denominator);
        observations.Write(o.Value);
        observations.Write(o.Lower);
        observations.Write(o.Upper);
        observations.Write(ObservationStatuses.ToSlug(o.Status));
        observations.Write(o.SourceSymbol);
        observations.EndRow();
    }

    /// <summary>Records a rejected row (kept only if the batch is committed partially).</summary>
    public async ValueTask RejectAsync(RejectedRow row)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        pendingRejections.Add(row);
        rejected++;
        if (pendingRejections.Count >= RejectionChunk)
        {
            await FlushAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Checks the staged batch and, unless it is rejected, a duplicate of a committed file or a dry run, writes the
    /// header, the observations, the derived observations and the rejected rows in one transaction, marks the
    /// older rows of the same source with the same keys as superseded, and records the batch in the audit log
    /// (<see cref="AuditAction.Import"/>, by <see cref="ImportBatchHeader.ImportedBy"/>) in the same transaction.
    /// </summary>
    public async Task<CommitResult> CommitAsync(CommitOptions options, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        await FlushAsync(cancellationToken);
        finished = true;
        await engine.AnalyzeAsync(connection, "staged_observations", cancellationToken);

        long? existing = await FindCommittedByHashAsync(connection, header.ContentHash, header.MappingHash, null, cancellationToken);
        if (existing is not null)
        {
            return new CommitResult(CommitOutcome.AlreadyImported, existing, 0, 0, 0, 0, []);
        }

        // DuckDB: when the keys' hashes (or the key numbers of a file staged in bulk) are all distinct, so are the
        // keys, and the search for repeated keys (an aggregate over the four texts) is skipped; equal hashes (a
        // repeated key, or rarely a collision) run it.
        bool mayRepeat = engine.Provider != StoreProvider.DuckDb || (keySizes is not null
            ? await KeyedMayRepeatAsync(cancellationToken)
            : await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT count(DISTINCT hash(indicator_id, area_code, period, breakdown)) < count(*) FROM staged_observations",
                cancellationToken: cancellationToken)));
        await ExecuteAsync(
            $"""
            CREATE TEMP TABLE staged_duplicates AS
            WITH repeated AS (
                -- A hash aggregate finds the repeated keys; only their rows (usually none) are sorted below.
                SELECT indicator_id, area_code, period, breakdown FROM staged_observations {(mayRepeat ? string.Empty : "WHERE false")}
                GROUP BY indicator_id, area_code, period, breakdown HAVING count(*) > 1)
            SELECT seq, line, location, indicator_id, area_code, period, breakdown, first_line, first_location
            FROM (
                -- A join, not a semi join: the repeated keys are unique, and both databases know the join.
                SELECT s.seq, s.line, s.location, s.indicator_id, s.area_code, s.period, s.breakdown,
                       first_value(s.line) OVER keys AS first_line, first_value(s.location) OVER keys AS first_location,
                       row_number() OVER keys AS n
                FROM staged_observations s JOIN repeated r USING (indicator_id, area_code, period, breakdown)
                WINDOW keys AS (PARTITION BY s.indicator_id, s.area_code, s.period, s.breakdown ORDER BY s.seq)
            ) AS keyed WHERE n > 1
            """,
            null,
            cancellationToken);
        long duplicates = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM staged_duplicates", cancellationToken: cancellationToken));
        DuplicateOrigins origins = DuplicateOrigins.Of(options.KeyOrigins);
        List<RejectedRow> duplicateRows = [.. (await connection.QueryAsync<DuplicateRow>(new CommandDefinition(
            $"SELECT line, location, {DuplicateMessage} AS message FROM staged_duplicates ORDER BY seq LIMIT $max",
            new { max = CommitResult.MaxReported, origins.indicatorOrigin, origins.areaOrigin, origins.periodOrigin, origins.breakdownOrigin },
            cancellationToken: cancellationToken))).Select(row => new RejectedRow(row.line, row.location, "DUPLICATE_KEY", row.message, null))];

        long accepted = sequence - duplicates;
        long totalRejected = rejected + duplicates;
        bool hasErrors = options.HasSourceErrors || totalRejected > 0;
        if (hasErrors && !options.AllowPartial)
        {
            return new CommitResult(CommitOutcome.Rejected, null, accepted, totalRejected, 0, 0, duplicateRows);
        }

        if (options.DryRun)
        {
            return new CommitResult(CommitOutcome.DryRun, null, accepted, totalRejected, 0, 0, duplicateRows);
        }

        if (duplicates > 0)
        {
            // From here on the staged observations are the batch's rows as they will be stored.
            await ExecuteAsync(
                $"DELETE FROM {(keySizes is null ? "staged_observations" : "staged_keyed")} WHERE seq IN (SELECT seq FROM staged_duplicates)",
                null,
                cancellationToken);
        }

        // Everything the batch writes is staged before the transaction, which then only copies it: derived rows are
        // computed from temporary tables, never from the transaction's own uncommitted rows (see the Derivation part).
        await UseStoreKeysAsync(cancellationToken);
        await StageCrosswalkAsync(options.Crosswalk, cancellationToken);
        long derived = await StageDerivedAsync(options.Crosswalk, cancellationToken);
        await CreateBatchKeysAsync(cancellationToken);
        await using IAsyncDisposable sourceLock = await engine.LockAsync(connection, "source:" + header.Source, cancellationToken);
        await using IAsyncDisposable bulkCommit = await engine.PrepareBulkCommitAsync(connection, cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        long id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('import_batch_ids')", transaction: transaction, cancellationToken: cancellationToken));
        if (await FindCommittedByHashAsync(connection, header.ContentHash, header.MappingHash, transaction, cancellationToken) is { } raced)
        {
            // Another process committed the same file between the first check and this transaction.
            return new CommitResult(CommitOutcome.AlreadyImported, raced, 0, 0, 0, 0, []);
        }

        await InsertRowsAsync(keySizes is null ? InsertStreamed : InsertKeyed(), id, accepted, transaction, cancellationToken);
        await ExecuteAsync(
            $"""
            INSERT INTO rejected_rows SELECT $id, line, location, code, message, value FROM staged_rejections;
            INSERT INTO rejected_rows SELECT $id, line, location, 'DUPLICATE_KEY', {DuplicateMessage}, NULL FROM staged_duplicates;
            """,
            new { id, origins.indicatorOrigin, origins.areaOrigin, origins.periodOrigin, origins.breakdownOrigin },
            cancellationToken,
            transaction);
        await WriteDerivedAsync(id, derived, options.Crosswalk, transaction, cancellationToken);
        // The first batch of a source supersedes nothing; skipping the update spares a join over the whole table.
        bool hasEarlier = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT count(*) > 0 FROM import_batches WHERE source = $source AND status = 'committed'",
            new { source = header.Source },
            transaction,
            cancellationToken: cancellationToken));
        long superseded = 0;
        if (hasEarlier)
        {
            // The update joins the older rows with the new ones; PostgreSQL plans it well only when it knows how many
            // there are. The new rows are read from the staging tables, not from the transaction's own rows.
            await engine.AnalyzeAsync(connection, "observation_rows", cancellationToken);
            superseded = await ExecuteAsync(
                """
                UPDATE observation_rows AS o SET superseded_by = $id
                WHERE o.superseded_by IS NULL AND o.batch_id <> $id
                  AND o.batch_id IN (SELECT b.id FROM import_batches b WHERE b.source = $source AND b.status = 'committed')
                  AND EXISTS (
                      SELECT 1 FROM staged_batch_keys AS n
                      WHERE n.indicator_key = o.indicator_key AND n.area_key = o.area_key
                        AND n.period_key = o.period_key AND n.breakdown_key = o.breakdown_key)
                """,
                new { id, source = header.Source },
                cancellationToken,
                transaction);
        }
        await ExecuteAsync(
            """
            INSERT INTO import_batches VALUES ($id, $source, $fileName, $contentHash, $mappingHash, 'committed', $partial, $importedAt,
                $importedBy, $rowsRead, $imported, $rejected, $derived, $superseded, NULL, $publishedAt, NULL)
            """,
            new
            {
                id,
                source = header.Source,
                fileName = header.FileName,
                contentHash = header.ContentHash,
                mappingHash = header.MappingHash,
                partial = totalRejected > 0 || options.HasSourceErrors,
                importedAt = time.GetUtcNow().UtcDateTime,
                importedBy = header.ImportedBy,
                rowsRead = options.RowsRead,
                imported = accepted,
                rejected = totalRejected,
                derived,
                superseded,
                publishedAt = header.PublishAt,
            },
            cancellationToken,
            transaction);
        // Its indicators' cells are old until a compute run covers them (the import's own, or a later one). Derived and
        // superseded rows are of the delivered rows' indicators; a file staged in bulk has them in its key table.
        await StaleIndicators.MarkAsync(
            connection,
            transaction,
            id,
            StaleIndicators.Import,
            keySizes is null ? "SELECT DISTINCT indicator_id FROM staged_observations" : "SELECT id AS indicator_id FROM bulk_key_indicator",
            cancellationToken);
        await new AuditLog(dataSource, time).AppendAsync(
            connection,
            transaction,
            header.ImportedBy,
            AuditAction.Import,
            id.ToString(CultureInfo.InvariantCulture),
            header.PublishAt is { } embargo
                ? header.FileName + "; publish at " + embargo.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : header.FileName,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CommitResult(CommitOutcome.Committed, id, accepted, totalRejected, derived, superseded, duplicateRows);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        finished = true;
        try
        {
            if (observations is not null)
            {
                await observations.DisposeAsync();
            }
        }
        catch (DbException)
        {
            // The batch is being discarded; a failed flush of its staging rows changes nothing in the store.
        }

        try
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await engine.EndImportSessionAsync(connection, CancellationToken.None);
            }
        }
        catch (DbException)
        {
            // A connection that cannot run the clean-up is broken; closing it ends the session and its tables.
        }

        await connection.DisposeAsync();
    }

    internal static async Task<ImportBatchWriter> OpenAsync(DbDataSource dataSource, ImportBatchHeader header, TimeProvider time, CancellationToken cancellationToken)
    {
        StoreEngine engine = StoreEngine.Of(dataSource);
        DbConnection opened = await dataSource.OpenConnectionAsync(cancellationToken);
        ImportBatchWriter writer = new(dataSource, opened, engine, header, time);
        try
        {
            await engine.PrepareImportSessionAsync(opened, cancellationToken);
            await writer.ExecuteAsync(CreateStaging, null, cancellationToken);
        }
        catch
        {
            await writer.DisposeAsync();
            throw;
        }

        return writer;
    }

    /// <summary>
    /// The committed batch of the same file read by the same mapping: importing that again is a no-op. The same file
    /// with another mapping (another source, other indicators taken out of it) is another batch.
    /// </summary>
    internal static async Task<long?> FindCommittedByHashAsync(DbConnection connection, string contentHash, string mappingHash, DbTransaction? transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT min(id) FROM import_batches WHERE content_hash = $hash AND mapping_hash = $mapping AND status = 'committed'",
            new { hash = contentHash, mapping = mappingHash },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>Completes the observations' bulk insert and writes the pending rejected rows.</summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (observations is not null)
        {
            await observations.CompleteAsync(cancellationToken);
            observations = null;
        }

        if (pendingRejections.Count == 0)
        {
            return;
        }

        await using BulkWriter rejections = await engine.BeginBulkInsertAsync(connection, "staged_rejections", StagedRejectionColumns, cancellationToken);
        foreach (RejectedRow row in pendingRejections)
        {
            rejections.StartRow();
            rejections.Write(row.Line);
            rejections.Write(row.Location);
            rejections.Write(row.Code);
            rejections.Write(row.Message);
            rejections.Write(row.Value);
            rejections.EndRow();
        }

        await rejections.CompleteAsync(cancellationToken);
        pendingRejections.Clear();
    }

    private Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

#pragma warning disable IDE1006, CA1707 // Dapper maps columns and parameters to these names as the SQL spells them.
    private sealed record DuplicateRow(int? line, string? location, string message);

    /// <summary>The parameters of <see cref="DuplicateMessage"/>: each origin in parentheses after a space, or empty.</summary>
    private sealed record DuplicateOrigins(string indicatorOrigin, string areaOrigin, string periodOrigin, string breakdownOrigin)
    {
        public static DuplicateOrigins Of(KeyOrigins? origins) => origins is null
            ? new(string.Empty, string.Empty, string.Empty, string.Empty)
            : new(Of(origins.Indicator), Of(origins.Area), Of(origins.Period), Of(origins.Breakdown));

        private static string Of(string origin) => $" ({origin})";
    }
#pragma warning restore IDE1006, CA1707
}
