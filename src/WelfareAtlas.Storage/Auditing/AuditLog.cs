using System.Data.Common;
using Dapper;
using WelfareAtlas.Auditing;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Auditing;

/// <summary>The store's append-only, hash-chained audit log (<see cref="AuditChain"/>).</summary>
/// <param name="dataSource">The store's connections.</param>
/// <param name="time">The clock for the entries' times.</param>
public sealed class AuditLog(DbDataSource dataSource, TimeProvider time)
{
    private const string Columns = "seq AS Sequence, recorded_at AS At, actor AS Actor, action AS Action, subject AS Subject, detail AS Detail, previous_hash AS PreviousHash, hash AS Hash";

    /// <summary>Appends one entry after the last one, under the store's <c>audit-log</c> lock, and returns it.</summary>
    /// <param name="actor">Who; never a password or a key.</param>
    /// <param name="action">What happened.</param>
    /// <param name="subject">What it concerns.</param>
    /// <param name="detail">More about it; empty when there is nothing more.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    public async Task<AuditEntry> AppendAsync(string actor, AuditAction action, string subject, string detail = "", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(detail);
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using IAsyncDisposable appendLock = await StoreEngine.Of(dataSource).LockAsync(connection, "audit-log", cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        AuditEntry entry = await AppendAsync(connection, transaction, actor, action, subject, detail, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    /// <summary>
    /// Appends one entry in the caller's transaction, so that it is committed with the change it records or not at all:
    /// written after the commit, a process killed between the two left the change without its entry. The caller holds a
    /// lock of the store (<see cref="StoreEngine.LockAsync"/>, taken before its transaction began); the audit log's is
    /// taken as well until the transaction ends (<see cref="StoreEngine.LockInTransactionAsync"/>), so that no other entry
    /// takes the same place in the chain.
    /// </summary>
    /// <param name="connection">The caller's connection.</param>
    /// <param name="transaction">The caller's transaction, which the caller commits.</param>
    /// <param name="actor">Who; never a password or a key.</param>
    /// <param name="action">What happened.</param>
    /// <param name="subject">What it concerns.</param>
    /// <param name="detail">More about it; empty when there is nothing more.</param>
    /// <param name="cancellationToken">Cancels; the caller's transaction is then to be rolled back.</param>
    public async Task<AuditEntry> AppendAsync(
        DbConnection connection,
        DbTransaction transaction,
        string actor,
        AuditAction action,
        string subject,
        string detail,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(detail);
        await StoreEngine.Of(dataSource).LockInTransactionAsync(connection, transaction, "audit-log", cancellationToken);
        AuditEntry? last = await connection.QuerySingleOrDefaultAsync<AuditEntry>(new CommandDefinition(
            $"SELECT {Columns} FROM audit_log ORDER BY seq DESC LIMIT 1", transaction: transaction, cancellationToken: cancellationToken));
        AuditEntry entry = AuditChain.Next(last is null ? null : Normalise(last), time.GetUtcNow().UtcDateTime, actor, action, subject, detail);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log VALUES ($Sequence, $At, $Actor, $Action, $Subject, $Detail, $PreviousHash, $Hash)",
            entry,
            transaction,
            cancellationToken: cancellationToken));
        return entry;
    }

    /// <summary>The last <paramref name="limit"/> entries, oldest of them first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<AuditEntry> rows = await connection.QueryAsync<AuditEntry>(new CommandDefinition(
            $"SELECT {Columns} FROM audit_log ORDER BY seq DESC LIMIT $limit", new { limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(Normalise).Reverse()];
    }

    /// <summary>Checks the whole chain, streaming it in sequence order.</summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) => VerifyAsync(null, cancellationToken);

    /// <summary>Checks the whole chain, and that it still holds <paramref name="anchor"/> (<see cref="AuditChain.Verify"/>).</summary>
    public async Task<AuditVerification> VerifyAsync(AuditAnchor? anchor, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<AuditEntry> rows = await connection.QueryAsync<AuditEntry>(new CommandDefinition(
            $"SELECT {Columns} FROM audit_log ORDER BY seq", flags: CommandFlags.None, cancellationToken: cancellationToken));
        return AuditChain.Verify(rows.Select(Normalise), anchor);
    }

    /// <summary>The database returns times without a kind; they are UTC.</summary>
    private static AuditEntry Normalise(AuditEntry entry) => entry with { At = DateTime.SpecifyKind(entry.At, DateTimeKind.Utc) };
}
