using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Access;
using WelfareAtlas.Auditing;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Access;

/// <summary>API keys: create (the key is returned once and only its hash kept), list, revoke, and find by key.</summary>
/// <param name="dataSource">The store's connections.</param>
/// <param name="time">The clock for the keys' times.</param>
public sealed class ApiKeyRepository(DbDataSource dataSource, TimeProvider time)
{
    /// <summary>
    /// Creates a key, with its audit entry (<see cref="AuditAction.KeyAdded"/>: the key's id; its role and name) in the
    /// same transaction; the returned text is the only copy of the key.
    /// </summary>
    /// <param name="name">What the key is for.</param>
    /// <param name="role">Its role.</param>
    /// <param name="actor">Who creates it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    public async Task<(StoredApiKey Key, string Secret)> AddAsync(string name, Role role, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string secret = ApiKeySecret.Create();
        DateTime now = time.GetUtcNow().UtcDateTime;
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using IAsyncDisposable auditLock = await StoreEngine.Of(dataSource).LockAsync(connection, "audit-log", cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        long id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('api_key_ids')", transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO api_keys VALUES ($id, $name, $role, $hash, $now, NULL)",
            new { id, name = name.Trim(), role = role.ToSlug(), hash = ApiKeySecret.Hash(secret), now },
            transaction,
            cancellationToken: cancellationToken));
        await new AuditLog(dataSource, time).AppendAsync(
            connection, transaction, actor, AuditAction.KeyAdded, id.ToString(CultureInfo.InvariantCulture), $"{role.ToSlug()}: {name.Trim()}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (new StoredApiKey(id, name.Trim(), role, now, null), secret);
    }

    /// <summary>Every key, revoked ones too, by id.</summary>
    public async Task<IReadOnlyList<StoredApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(long Id, string Name, string Role, DateTime CreatedAt, DateTime? RevokedAt)> rows =
            await connection.QueryAsync<(long, string, string, DateTime, DateTime?)>(new CommandDefinition(
                "SELECT id, name, role, created_at, revoked_at FROM api_keys ORDER BY id", cancellationToken: cancellationToken));
        return [.. rows.Select(ToKey)];
    }

    /// <summary>
    /// Revokes a key, with its audit entry (<see cref="AuditAction.KeyRevoked"/>) in the same transaction; returns
    /// <see langword="false"/> if there is no working key with <paramref name="id"/>.
    /// </summary>
    /// <param name="id">The key's id.</param>
    /// <param name="actor">Who revokes it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    public async Task<bool> RevokeAsync(long id, string actor, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using IAsyncDisposable auditLock = await StoreEngine.Of(dataSource).LockAsync(connection, "audit-log", cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = $now WHERE id = $id AND revoked_at IS NULL",
            new { id, now = time.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: cancellationToken)) == 0)
        {
            return false;
        }

        await new AuditLog(dataSource, time).AppendAsync(
            connection, transaction, actor, AuditAction.KeyRevoked, id.ToString(CultureInfo.InvariantCulture), string.Empty, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The working (not revoked) key whose secret is <paramref name="secret"/>, or <see langword="null"/>.</summary>
    public async Task<StoredApiKey?> FindAsync(string secret, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(long Id, string Name, string Role, DateTime CreatedAt, DateTime? RevokedAt)> rows =
            await connection.QueryAsync<(long, string, string, DateTime, DateTime?)>(new CommandDefinition(
                "SELECT id, name, role, created_at, revoked_at FROM api_keys WHERE key_hash = $hash AND revoked_at IS NULL",
                new { hash = ApiKeySecret.Hash(secret) },
                cancellationToken: cancellationToken));
        return rows.Select(ToKey).FirstOrDefault();
    }

    private static StoredApiKey ToKey((long Id, string Name, string Role, DateTime CreatedAt, DateTime? RevokedAt) row) => new(
        row.Id,
        row.Name,
        UserRepository.ParseRole(row.Role),
        DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc),
        row.RevokedAt is { } revoked ? DateTime.SpecifyKind(revoked, DateTimeKind.Utc) : null);
}
