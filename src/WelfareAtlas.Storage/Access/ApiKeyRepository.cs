using System.Data.Common;
using Dapper;
using WelfareAtlas.Access;

namespace WelfareAtlas.Storage.Access;

/// <summary>API keys: create (the key is returned once and only its hash kept), list, revoke, and find by key.</summary>
/// <param name="dataSource">The store's connections.</param>
/// <param name="time">The clock for the keys' times.</param>
public sealed class ApiKeyRepository(DbDataSource dataSource, TimeProvider time)
{
    /// <summary>Creates a key; the returned text is the only copy of the key.</summary>
    public async Task<(StoredApiKey Key, string Secret)> AddAsync(string name, Role role, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string secret = ApiKeySecret.Create();
        DateTime now = time.GetUtcNow().UtcDateTime;
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        long id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('api_key_ids')", cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO api_keys VALUES ($id, $name, $role, $hash, $now, NULL)",
            new { id, name = name.Trim(), role = role.ToSlug(), hash = ApiKeySecret.Hash(secret), now },
            cancellationToken: cancellationToken));
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

    /// <summary>Revokes a key; returns <see langword="false"/> if there is no working key with <paramref name="id"/>.</summary>
    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = $now WHERE id = $id AND revoked_at IS NULL",
            new { id, now = time.GetUtcNow().UtcDateTime },
            cancellationToken: cancellationToken)) > 0;
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
