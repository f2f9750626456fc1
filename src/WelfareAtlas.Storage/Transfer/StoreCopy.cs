using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Transfer;

/// <summary>
/// Moves a whole store into a new one, in either direction between DuckDB and PostgreSQL (or between two of the same):
/// every table of the schema, row by row with bulk inserts, and the sequences' positions, so the new store goes on
/// numbering batches where the old one stopped. <c>atlas export-store</c> and <c>atlas import-store</c> run it.
/// </summary>
/// <remarks>
/// The new store is created as on a first start, so it never looks complete before the copy has finished: a DuckDB
/// target is written under a temporary name and renamed, a PostgreSQL target records its completion last. The target
/// must not hold a store yet. Both stores are at the newest schema (opening migrates), so their tables match; a
/// mismatch is refused with the table named. The migration history is each store's own and is not copied.
/// </remarks>
public static class StoreCopy
{
    /// <summary>Copies <paramref name="source"/> into a new store at <paramref name="target"/>.</summary>
    /// <param name="source">The open store to copy; it is only read. Do not import into it meanwhile.</param>
    /// <param name="target">Where the new store goes; it must hold no store.</param>
    /// <param name="time">The clock for the new store's migration history.</param>
    /// <param name="cancellationToken">Cancels; the target is left without a (complete) store.</param>
    /// <returns>Every table with its row count, by name.</returns>
    /// <exception cref="StoreException">The target holds a store or cannot be reached, or the schemas differ.</exception>
    public static async Task<IReadOnlyList<CopiedTable>> CopyAsync(AtlasStore source, StoreLocation target, TimeProvider time, CancellationToken cancellationToken = default)
    {
        List<CopiedTable> copied = [];
        AtlasStore created = await AtlasStore.CreateNewAsync(
            target,
            async (targetDataSource, token) =>
            {
                copied.Clear();
                copied.AddRange(await CopyTablesAsync(source.DataSource, targetDataSource, token));
            },
            time,
            cancellationToken);
        await created.DisposeAsync();
        return copied;
    }

    private static async Task<List<CopiedTable>> CopyTablesAsync(DbDataSource source, DbDataSource target, CancellationToken cancellationToken)
    {
        StoreEngine sourceEngine = StoreEngine.Of(source);
        StoreEngine targetEngine = StoreEngine.Of(target);
        await using DbConnection from = await source.OpenConnectionAsync(cancellationToken);
        await using DbConnection to = await target.OpenConnectionAsync(cancellationToken);

        IReadOnlyList<string> tables = await StoreTables.ListDataAsync(from, cancellationToken);
        IReadOnlyList<string> targetTables = await StoreTables.ListDataAsync(to, cancellationToken);
        if (!tables.SequenceEqual(targetTables, StringComparer.Ordinal))
        {
            throw new StoreException(
                $"The stores' schemas differ: the source has the tables {string.Join(", ", tables)}, the target {string.Join(", ", targetTables)}.");
        }

        List<CopiedTable> copied = [];
        foreach (string table in tables)
        {
            copied.Add(new CopiedTable(table, await CopyTableAsync(from, to, targetEngine, table, cancellationToken)));
        }

        foreach ((string name, long next) in await sourceEngine.ReadSequencesAsync(from, cancellationToken))
        {
            await targetEngine.SetSequenceAsync(to, name, next, cancellationToken);
        }

        return copied;
    }

    private static async Task<long> CopyTableAsync(DbConnection from, DbConnection to, StoreEngine targetEngine, string table, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string Name, ColumnType Type)> columns = await StoreTables.ListColumnsAsync(from, table, cancellationToken);
        IReadOnlyList<(string Name, ColumnType Type)> targetColumns = await StoreTables.ListColumnsAsync(to, table, cancellationToken);
        if (!columns.SequenceEqual(targetColumns))
        {
            throw new StoreException(
                $"Table {table} differs between the stores: ({Describe(columns)}) in the source, ({Describe(targetColumns)}) in the target.");
        }

        ColumnType[] types = [.. columns.Select(column => column.Type)];
        // Names from the store's own catalogue, quoted.
#pragma warning disable CA2100
        string select = $"SELECT {string.Join(", ", columns.Select(column => StoreEngine.Quote(column.Name)))} FROM {StoreEngine.Quote(table)}";
#pragma warning restore CA2100
        await using DbDataReader reader = await from.ExecuteReaderAsync(new CommandDefinition(select, cancellationToken: cancellationToken));
        await using BulkWriter writer = await targetEngine.BeginBulkInsertAsync(to, table, types, cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            writer.StartRow();
            for (int i = 0; i < types.Length; i++)
            {
                writer.WriteValue(reader.IsDBNull(i) ? null : reader.GetValue(i), types[i]);
            }

            writer.EndRow();
            rows++;
        }

        await writer.CompleteAsync(cancellationToken);
        return rows;
    }

    private static string Describe(IEnumerable<(string Name, ColumnType Type)> columns) =>
        string.Join(", ", columns.Select(column => $"{column.Name} {column.Type}"));
}
