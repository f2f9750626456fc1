using System.Data.Common;
using Dapper;
using WelfareAtlas.Observations;
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
