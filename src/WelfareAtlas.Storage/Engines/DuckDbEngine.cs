using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Dapper;
using DuckDB.NET.Data;

namespace WelfareAtlas.Storage.Engines;

/// <summary>
/// The embedded store: one DuckDB file. Bulk inserts use DuckDB's appender; commits of import batches and compute runs are
/// serialised in the process, which is the only one that can write the file.
/// </summary>
/// <param name="filePath">The store's file; commits to the same file share one lock, however many data sources open it.</param>
internal sealed partial class DuckDbEngine(string filePath) : StoreEngine
{
    // DuckDB resolves concurrent writes to the same rows by failing one transaction ("conflict"), not by waiting, so
    // writers wait here instead. One lock per file for every key: commits and compute runs write shared tables. Never
    // taken twice by one caller, so it cannot deadlock.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> CommitLocks = new(StringComparer.Ordinal);

    public override StoreProvider Provider => StoreProvider.DuckDb;

    public override DbConnection Wrap(DbConnection connection) => connection;

    public override Task<BulkWriter> BeginBulkInsertAsync(DbConnection connection, string table, IReadOnlyList<ColumnType> columns, CancellationToken cancellationToken) =>
        Task.FromResult<BulkWriter>(new DuckDbBulkWriter(((DuckDBConnection)connection).CreateAppender(table)));

    public override async Task PrepareImportSessionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // A bounded memory budget: staging beyond it spills to DuckDB's temporary directory next to the store. The
        // setting is DuckDB's, for the whole database instance in this process, not only this connection: in the web
        // app it stays in force after the import (512 MB is ample for the queries the app runs).
        await connection.ExecuteAsync(new CommandDefinition("SET memory_limit = '512MB'", cancellationToken: cancellationToken));

    public override Task EndImportSessionAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task<IAsyncDisposable> PrepareBulkCommitAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Writing a batch into `observation_rows` compresses every column of every row group; for each string column
        // DuckDB also tries FSST and dictionary-FSST, which cost a fifth of the insert's processor time when the rows
        // still held their texts, and are not chosen for the batches' repetitive texts (the source's markers), whose
        // segments are stored with dictionary compression either way. The setting is the database instance's, so it is put back
        // when the commit ends; a checkpoint of another connection in between merely skips FSST too.
        await connection.ExecuteAsync(new CommandDefinition("SET disabled_compression_methods = 'fsst,dict_fsst'", cancellationToken: cancellationToken));
        return new Deferred(async () =>
        {
            try
            {
                if (connection.State == System.Data.ConnectionState.Open)
                {
                    await connection.ExecuteAsync("RESET disabled_compression_methods");
                }
            }
            catch (DbException)
            {
                // A broken connection (the commit failed): the setting only changes how later segments are compressed.
            }
        });
    }

    public override Task AnalyzeAsync(DbConnection connection, string table, CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    public override async Task<IAsyncDisposable> LockAsync(DbConnection connection, string key, CancellationToken cancellationToken)
    {
        SemaphoreSlim gate = CommitLocks.GetOrAdd(filePath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Deferred(() =>
        {
            gate.Release();
            return ValueTask.CompletedTask;
        });
    }

    public override Task LockInTransactionAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) =>
        CommitLocks.TryGetValue(filePath, out SemaphoreSlim? gate) && gate.CurrentCount == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException($"The lock '{key}' is taken in a transaction of a store whose lock nobody holds: take a lock of the store (LockAsync) before the transaction begins.");

    public override async Task<IReadOnlyList<(string Name, long Next)>> ReadSequencesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<(string, long)>(new CommandDefinition(
            """
            SELECT sequence_name, COALESCE(last_value + increment_by, start_value) FROM duckdb_sequences()
            WHERE database_name = current_database() AND schema_name = current_schema() AND NOT temporary
            ORDER BY sequence_name
            """,
            cancellationToken: cancellationToken))];

    public override async Task SetSequenceAsync(DbConnection connection, string name, long next, CancellationToken cancellationToken)
    {
        // DuckDB has no setval or ALTER SEQUENCE … RESTART; a sequence nothing depends on is replaced instead. DDL takes
        // no parameters: the name comes from the catalogue and the number is formatted here.
#pragma warning disable CA2100
        await connection.ExecuteAsync(new CommandDefinition(
            $"CREATE OR REPLACE SEQUENCE {Quote(name)} START WITH {next.ToString(CultureInfo.InvariantCulture)}",
            cancellationToken: cancellationToken));
#pragma warning restore CA2100
    }
}
