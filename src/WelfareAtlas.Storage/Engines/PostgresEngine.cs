using System.Data.Common;
using Dapper;
using Npgsql;

namespace WelfareAtlas.Storage.Engines;

/// <summary>
/// The server store: a PostgreSQL 15+ database, or one schema of it (the first schema of the connection's search
/// path). Bulk inserts use binary <c>COPY</c>; commits of the same source, and compute runs, are serialised by advisory locks, so
/// several app instances and CLI runs can import and compute at once.
/// </summary>
internal sealed partial class PostgresEngine : StoreEngine
{
    // Advisory locks are per database; the key names the schema too, so stores in different schemas do not wait on each other.
    private const string LockKey = "'welfare-atlas:' || current_schema() || ':' || $key";

    public override StoreProvider Provider => StoreProvider.Postgres;

    public override DbConnection Wrap(DbConnection connection) => new PostgresConnection((NpgsqlConnection)connection);

    public override async Task<BulkWriter> BeginBulkInsertAsync(DbConnection connection, string table, IReadOnlyList<ColumnType> columns, CancellationToken cancellationToken)
    {
        NpgsqlBinaryImporter importer = await ((PostgresConnection)connection).Inner.BeginBinaryImportAsync(
            $"COPY {Quote(table)} FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        return new PostgresBulkWriter(importer, columns);
    }

    public override async Task PrepareImportSessionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // The commit's statements join a whole batch with the store (duplicates, derivation, supersession). PostgreSQL
        // underestimates such joins of freshly loaded rows and picks nested loops, which rescan the table for every
        // row; hash joins with room to work are right for all of them. Session settings of the import's own
        // connection only: Npgsql resets them when the connection returns to the pool.
        await connection.ExecuteAsync(new CommandDefinition("SET enable_nestloop = off; SET work_mem = '64MB'", cancellationToken: cancellationToken));

    public override async Task EndImportSessionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition("DISCARD TEMP; RESET ALL", cancellationToken: cancellationToken));

    public override Task<IAsyncDisposable> PrepareBulkCommitAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(new Deferred(() => ValueTask.CompletedTask));

    public override async Task AnalyzeAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        // Autovacuum never analyses temporary tables; without statistics the planner guesses their size.
#pragma warning disable CA2100 // The table name is the caller's constant.
        await connection.ExecuteAsync(new CommandDefinition($"ANALYZE {Quote(table)}", cancellationToken: cancellationToken));
#pragma warning restore CA2100
    }

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        DbTransaction transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SET TRANSACTION READ ONLY", transaction: transaction, cancellationToken: cancellationToken));
        return transaction;
    }

    public override async Task<IAsyncDisposable> LockAsync(DbConnection connection, string key, CancellationToken cancellationToken)
    {
        // A session lock, taken before the transaction begins: under READ COMMITTED the transaction's statements then
        // see what the previous holder committed (the other vintage of a source, which the waiting one supersedes).
        await connection.ExecuteAsync(new CommandDefinition(
            $"SELECT pg_advisory_lock(hashtextextended({LockKey}, 0))", new { key }, cancellationToken: cancellationToken));
        return new Deferred(async () =>
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await connection.ExecuteAsync($"SELECT pg_advisory_unlock(hashtextextended({LockKey}, 0))", new { key });
            }
        });
    }

    public override async Task LockInTransactionAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            $"SELECT pg_advisory_xact_lock(hashtextextended({LockKey}, 0))", new { key }, transaction, cancellationToken: cancellationToken));

    public override async Task<IReadOnlyList<(string Name, long Next)>> ReadSequencesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<(string, long)>(new CommandDefinition(
            """
            SELECT sequencename, COALESCE(last_value + increment_by, start_value) FROM pg_sequences
            WHERE schemaname = current_schema()
            ORDER BY sequencename
            """,
            cancellationToken: cancellationToken))];

    public override async Task SetSequenceAsync(DbConnection connection, string name, long next, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT setval(CAST($name AS regclass), $next, false)",
            new { name = Quote(name), next },
            cancellationToken: cancellationToken));
}
