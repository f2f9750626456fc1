using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using WelfareAtlas.Access;
using WelfareAtlas.Auditing;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Access;

/// <summary>Local accounts: add (or replace), list, remove, and check a password at sign-in.</summary>
/// <param name="dataSource">The store's connections.</param>
/// <param name="time">The clock for the accounts' times.</param>
public sealed partial class UserRepository(DbDataSource dataSource, TimeProvider time)
{
    private static readonly string UnknownUserHash = PasswordHash.Create(Guid.NewGuid().ToString());

    /// <summary>Why <paramref name="name"/> cannot be a user name, or <see langword="null"/>: 1–64 of a–z, 0–9, '.', '_', '-', '@'.</summary>
    public static string? InvalidName(string? name) =>
        name is not null && NamePattern().IsMatch(name) ? null : "a user name is 1 to 64 characters: letters a–z, digits, '.', '_', '-' and '@'";

    /// <summary>
    /// Adds the account, or replaces its role and password if it exists, with its audit entry
    /// (<see cref="AuditAction.UserAdded"/>) in the same transaction; returns whether it existed.
    /// </summary>
    /// <param name="name">A valid name (<see cref="InvalidName"/>); stored in lower case.</param>
    /// <param name="role">An assignable role.</param>
    /// <param name="passwordHash">From <see cref="PasswordHash.Create"/>.</param>
    /// <param name="actor">Who adds it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    public async Task<bool> AddAsync(string name, Role role, string passwordHash, string actor, CancellationToken cancellationToken = default)
    {
        string key = Normalise(name);
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using IAsyncDisposable auditLock = await StoreEngine.Of(dataSource).LockAsync(connection, "audit-log", cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        int removed = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM users WHERE name = $key", new { key }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO users VALUES ($key, $role, $passwordHash, $now)",
            new { key, role = role.ToSlug(), passwordHash, now = time.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: cancellationToken));
        await new AuditLog(dataSource, time).AppendAsync(connection, transaction, actor, AuditAction.UserAdded, key, role.ToSlug(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed > 0;
    }

    /// <summary>Every account, by name.</summary>
    public async Task<IReadOnlyList<StoredUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(string Name, string Role, DateTime CreatedAt)> rows = await connection.QueryAsync<(string, string, DateTime)>(new CommandDefinition(
            "SELECT name, role, created_at FROM users ORDER BY name", cancellationToken: cancellationToken));
        return [.. rows.Select(r => new StoredUser(r.Name, ParseRole(r.Role), DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc)))];
    }

    /// <summary>Removes the account, with its audit entry (<see cref="AuditAction.UserRemoved"/>) in the same transaction; returns whether there was one.</summary>
    /// <param name="name">The account's name.</param>
    /// <param name="actor">Who removes it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels; nothing is written.</param>
    public async Task<bool> RemoveAsync(string name, string actor, CancellationToken cancellationToken = default)
    {
        string key = Normalise(name);
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using IAsyncDisposable auditLock = await StoreEngine.Of(dataSource).LockAsync(connection, "audit-log", cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition("DELETE FROM users WHERE name = $key", new { key }, transaction, cancellationToken: cancellationToken)) == 0)
        {
            return false;
        }

        await new AuditLog(dataSource, time).AppendAsync(connection, transaction, actor, AuditAction.UserRemoved, key, string.Empty, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The account called <paramref name="name"/>, or <see langword="null"/> when there is none (any more).</summary>
    public async Task<StoredUser?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        (string Name, string Role, DateTime CreatedAt)? row = (await connection.QueryAsync<(string, string, DateTime)>(new CommandDefinition(
            "SELECT name, role, created_at FROM users WHERE name = $key",
            new { key = Normalise(name) },
            cancellationToken: cancellationToken))).Cast<(string, string, DateTime)?>().FirstOrDefault();
        return row is { } found ? new StoredUser(found.Name, ParseRole(found.Role), DateTime.SpecifyKind(found.CreatedAt, DateTimeKind.Utc)) : null;
    }

    /// <summary>The account whose name and password match, or <see langword="null"/> (unknown name or wrong password alike).</summary>
    public async Task<StoredUser?> SignInAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        List<(string Name, string Role, string Hash, DateTime CreatedAt)> rows = [.. await connection.QueryAsync<(string, string, string, DateTime)>(new CommandDefinition(
            "SELECT name, role, password_hash, created_at FROM users WHERE name = $key",
            new { key = Normalise(name ?? string.Empty) },
            cancellationToken: cancellationToken))];
        if (rows.Count == 0)
        {
            // The same work as a wrong password, so that timing does not tell which names exist.
            PasswordHash.Verify(password, UnknownUserHash);
            return null;
        }

        (string Name, string Role, string Hash, DateTime CreatedAt) found = rows[0];
        return PasswordHash.Verify(password, found.Hash)
            ? new StoredUser(found.Name, ParseRole(found.Role), DateTime.SpecifyKind(found.CreatedAt, DateTimeKind.Utc))
            : null;
    }

    private static string Normalise(string name) => name.Trim().ToLowerInvariant();

    internal static Role ParseRole(string slug) => Roles.TryParse(slug, out Role role)
        ? role
        : throw new StoreException($"The store holds an unknown role '{slug}'.");

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
