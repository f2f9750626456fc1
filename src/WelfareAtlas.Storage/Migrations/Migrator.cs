using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Migrations;

/// <summary>Brings a store's schema up to the newest migration.</summary>
/// <remarks>
/// Each migration runs in its own transaction together with its row in <c>schema_migrations</c>, so a
/// failed migration leaves the store at the previous version. A store newer than this build is refused
/// rather than used with a schema the code does not know.
/// </remarks>
internal static class Migrator
{
    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       VARCHAR NOT NULL,
            applied_at TIMESTAMP NOT NULL
        )
        """;

    /// <summary>Applies every pending migration; returns how many ran.</summary>
    /// <exception cref="StoreException">The store was written by a newer version of the product.</exception>
    public static Task<int> MigrateAsync(DbConnection connection, TimeProvider time, CancellationToken cancellationToken) =>
        MigrateAsync(connection, time, MigrationCatalogue.All.Count, cancellationToken);

    /// <summary>
    /// Applies the pending migrations up to and including version <paramref name="upTo"/>; returns how many ran. Tests
    /// build a store as an earlier build left it this way, to check that a later migration converts it.
    /// </summary>
    /// <exception cref="StoreException">The store was written by a newer version of the product.</exception>
    public static async Task<int> MigrateAsync(DbConnection connection, TimeProvider time, int upTo, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(CreateHistory, cancellationToken: cancellationToken));
        int current = await connection.ExecuteScalarAsync<int>(
            new CommandDefinition("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken: cancellationToken));
        int newest = MigrationCatalogue.All.Count;
        if (current > newest)
        {
            throw new StoreException($"The store is at schema version {current}, but this build knows only up to {newest}: use a newer version of Welfare Atlas.");
        }

        int applied = 0;
        foreach (Migration migration in MigrationCatalogue.All.Where(m => m.Version > current && m.Version <= upTo))
        {
            await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $appliedAt)",
                new { version = migration.Version, name = migration.Name, appliedAt = time.GetUtcNow().UtcDateTime },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            applied++;
        }

        return applied;
    }
}
