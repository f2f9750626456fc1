using System.Data.Common;

namespace WelfareAtlas.Storage.Engines;

/// <summary>
/// What differs between the databases a store can live in, and nothing else: repositories write one portable SQL (with
/// <c>$name</c> parameters) against <see cref="AtlasDataSource"/>, and ask the engine only for bulk inserts, locks and
/// the few statements that have no common form. Each provider's differences live in its own file.
/// </summary>
internal abstract class StoreEngine
{
    /// <summary>Which database this is.</summary>
    public abstract StoreProvider Provider { get; }

    /// <summary>Turns a connection of the underlying data source into the one repositories use (PostgreSQL: parameter syntax).</summary>
    public abstract DbConnection Wrap(DbConnection connection);

    /// <summary>Starts a bulk insert into <paramref name="table"/>, whose columns (all of them, in order) have <paramref name="columns"/> types.</summary>
    /// <param name="connection">An open connection of this store; it runs nothing else until the writer completes.</param>
    /// <param name="table">A table name from the schema or a temporary table of the connection; never user input.</param>
    /// <param name="columns">The types of the table's columns in order.</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    public abstract Task<BulkWriter> BeginBulkInsertAsync(DbConnection connection, string table, IReadOnlyList<ColumnType> columns, CancellationToken cancellationToken);

    /// <summary>Settings for a connection that stages and commits a large import (DuckDB: a memory budget).</summary>
    public abstract Task PrepareImportSessionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Ends what <see cref="PrepareImportSessionAsync"/> and the staging left on a connection before it is closed: its
    /// temporary tables and views, and its settings (PostgreSQL; DuckDB drops them when the connection closes).
    /// </summary>
    /// <remarks>
    /// A pooled PostgreSQL connection would otherwise keep the staged rows, and temporary views that depend on the
    /// store's tables, until its next use or until the pool closes it. A schema change, or dropping the schema, would
    /// then meet those views: blocked by them, or deadlocked with the closed session's own clean-up of them.
    /// </remarks>
    public abstract Task EndImportSessionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Settings for the commit of a large batch, in force until disposed (DuckDB: string columns are compressed by
    /// dictionary or not at all, without trying FSST).
    /// </summary>
    public abstract Task<IAsyncDisposable> PrepareBulkCommitAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Refreshes the planner's statistics of a freshly filled (temporary) table, where the database needs that.</summary>
    public abstract Task AnalyzeAsync(DbConnection connection, string table, CancellationToken cancellationToken);

    /// <summary>
    /// Waits until no other holder of the lock <paramref name="key"/> runs on this store, and holds it until disposed:
    /// <c>source:NAME</c> for commits and rollbacks of a source's batches, <c>compute-run</c> for compute runs, <c>observation-keys</c> while a batch gives its texts keys,
    /// <c>audit-log</c> for an audit entry of its own and for a change of users, API keys or areas with its entry, <c>publication</c> for a change of batches' publication. Take it
    /// before beginning the transaction, so the transaction sees what the previous holder committed.
    /// </summary>
    /// <param name="connection">The connection that will run the transaction.</param>
    /// <param name="key">What is locked.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public abstract Task<IAsyncDisposable> LockAsync(DbConnection connection, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the lock <paramref name="key"/> as well, until <paramref name="transaction"/> ends, for a connection that
    /// already holds a lock of this store (<see cref="LockAsync"/>, another key or this one): the audit log's lock, for an
    /// entry written in the transaction of the change it records. On PostgreSQL a transaction-level lock of the key
    /// (released by the commit or the rollback; a session that holds the key's session lock already gets it at once, as
    /// advisory locks are re-entrant within a session; under READ COMMITTED, the store's level, the statements after it
    /// see what the previous holder committed); on DuckDB every key of a store is the one lock the caller holds already, so nothing more is taken
    /// (taking it again would wait for ever), and a caller that holds none is a bug (<see cref="InvalidOperationException"/>).
    /// </summary>
    /// <param name="connection">The connection that holds the other lock.</param>
    /// <param name="transaction">Its transaction.</param>
    /// <param name="key">What is locked.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public abstract Task LockInTransactionAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Begins a read-only transaction in which every statement sees the store as it was when the first one ran (DuckDB's
    /// transactions always do; PostgreSQL's under <c>REPEATABLE READ</c>), so that reads spread over many statements
    /// agree with each other as one statement's would.
    /// </summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Every sequence of the store's schema with the value its next <c>nextval</c> returns.</summary>
    public abstract Task<IReadOnlyList<(string Name, long Next)>> ReadSequencesAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Makes the next <c>nextval</c> of sequence <paramref name="name"/> return <paramref name="next"/>.</summary>
    public abstract Task SetSequenceAsync(DbConnection connection, string name, long next, CancellationToken cancellationToken);

    /// <summary>The engine of a store's data source.</summary>
    /// <exception cref="ArgumentException">The data source is not one of a store (<see cref="AtlasStore.DataSource"/>).</exception>
    public static StoreEngine Of(DbDataSource dataSource) => dataSource is AtlasDataSource atlas
        ? atlas.Engine
        : throw new ArgumentException("Storage code needs a store's data source (AtlasStore.DataSource), which knows its database.", nameof(dataSource));

    /// <summary>Quotes an identifier the same way in both databases.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
