using System.Data.Common;
using WelfareAtlas.Storage.Batches.Bulk;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Batches;

/// <summary>
/// The bulk CSV path: the file is read line by line (<see cref="BulkCsvReader"/>), each distinct text of each mapped
/// column is mapped once, and the staged observations, keyed by numbers, go straight into DuckDB's appender
/// (docs/import/pipeline.md).
/// </summary>
/// <remarks>
/// The path stages rows only when the result is exactly what the streaming path would stage: the same observations in
/// the same order, with the same lines. It gives up, staging nothing, when the reader declines the file (a field count,
/// a quote inside a field or a field over several lines, invalid UTF-8, a line over 64 K characters, a blank line), when
/// a column has more than <see cref="MaxDistinctTexts"/> distinct texts, or when any row would be rejected: the
/// streaming path then reads the file and reports every problem as always. Duplicate keys are not its concern: the
/// commit finds them in the staged rows, in file order, as for the streaming path.
/// </remarks>
public sealed partial class ImportBatchWriter
{
    /// <summary>The most distinct texts of one column (or of the breakdown columns together) that are mapped one by one; more gives up the bulk path.</summary>
    public const int MaxDistinctTexts = 1_000_000;

    /// <summary>How often the bulk path reports the rows it has read (a power of two).</summary>
    public const int ProgressRows = 16_384;

    /// <summary>
    /// Stages every observation of a CSV file, read in bulk with the mapping's answers for its distinct texts,
    /// before anything else is appended; on a PostgreSQL store, or when the file needs the streaming path (see the
    /// remarks), stages nothing and says why.
    /// </summary>
    /// <param name="mapping">The file and what its texts mean.</param>
    /// <param name="progress">Hears the number of data rows read every <see cref="ProgressRows"/> rows; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels; nothing is staged.</param>
    /// <exception cref="InvalidOperationException">Rows were already appended or rejected.</exception>
    public async Task<BulkOutcome> StageCsvAsync(BulkCsvMapping mapping, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        if (sequence > 0 || rejected > 0 || observations is not null)
        {
            throw new InvalidOperationException("The bulk path stages a whole file, before any row is appended.");
        }

        if (engine.Provider != StoreProvider.DuckDb)
        {
            return BulkOutcome.NotStaged("the bulk path stages in DuckDB; this store is PostgreSQL");
        }

        List<string> tables = [];
        try
        {
            BulkOutcome outcome = await StageCsvCoreAsync(mapping, progress, tables, cancellationToken);
            if (!outcome.Staged)
            {
                await ExecuteAsync("DELETE FROM staged_observations", null, cancellationToken);
            }

            return outcome;
        }
        catch (DbException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever DuckDB refuses while staging, the streaming path stages (and reports) its own way.
            await ExecuteAsync("DELETE FROM staged_observations", null, cancellationToken);
            return BulkOutcome.NotStaged("DuckDB: " + e.Message.Split('\n')[0]);
        }
        finally
        {
            await DropAsync(tables);
        }
    }

    /// <summary>Drops the bulk path's tables, which are large; a failure here must not hide the failure that got here.</summary>
    private async Task DropAsync(List<string> tables)
    {
        try
        {
            foreach (string table in tables)
            {
                await ExecuteAsync($"DROP TABLE IF EXISTS {table}", null, CancellationToken.None);
            }
        }
        catch (DbException)
        {
            // The connection is broken; its temporary tables go with it when the writer disposes it.
        }
    }

    private async Task<BulkOutcome> StageCsvCoreAsync(BulkCsvMapping mapping, IProgress<long>? progress, List<string> tables, CancellationToken cancellationToken)
    {
        BulkCsvFile file = mapping.File;
        if (file.Delimiter is not (';' or ',' or '\t' or '|') || file.HeaderLine < 1 || file.Columns < 1)
        {
            return BulkOutcome.NotStaged("the delimiter or header line is one the bulk path does not read");
        }

        Stager stager = new(mapping);
        stagedValues = mapping.Values.Any(v => v.Value is not null || v.Lower is not null || v.Upper is not null);
        tables.Add("staged_keyed");
        await ExecuteAsync(CreateKeyed(stagedValues), null, cancellationToken);
        using BulkCsvReader reader = new(file);
        await using (BulkWriter rows = await engine.BeginBulkInsertAsync(connection, "staged_keyed", KeyedColumns(stagedValues), cancellationToken))
        {
            if (!stager.Stage(reader, rows, stagedValues, progress, cancellationToken))
            {
                return BulkOutcome.NotStaged(stager.Declined!);
            }

            await rows.CompleteAsync(cancellationToken);
        }

        tables.Remove("staged_keyed");
        await UseKeyedAsync(stager, cancellationToken);
        sequence = stager.Staged;
        return new BulkOutcome(true, reader.Rows, stager.Skipped, null);
    }

    /// <summary>The column types of <c>staged_keyed</c> (<see cref="CreateKeyed"/>).</summary>
    private static ColumnType[] KeyedColumns(bool withValues) =>
    [
        ColumnType.Int64, ColumnType.Int32, ColumnType.Int32, ColumnType.Int32, ColumnType.Int32, ColumnType.Int32,
        ColumnType.Double, ColumnType.Double, .. withValues ? [ColumnType.Double, ColumnType.Double, ColumnType.Double] : (ColumnType[])[],
        ColumnType.Int32, ColumnType.Text,
    ];
}
