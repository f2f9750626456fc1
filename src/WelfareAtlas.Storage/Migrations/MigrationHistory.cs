using System.Data.Common;
using System.Globalization;
using Dapper;

namespace WelfareAtlas.Storage.Migrations;

/// <summary>What <c>schema_migrations</c> records: which migrations a store has had, and when.</summary>
public static class MigrationHistory
{
    /// <summary>
    /// The migrations applied at or after <paramref name="since"/> (UTC, by the clock that opened the store), oldest
    /// first, each as its file is named (<c>0014_cell_blocks</c>): what an open that started then applied, unless another
    /// process migrated the store at the same time.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ListAppliedSinceAsync(DbDataSource dataSource, DateTime since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(int Version, string Name)> applied = await connection.QueryAsync<(int, string)>(new CommandDefinition(
            "SELECT version, name FROM schema_migrations WHERE applied_at >= $since ORDER BY version",
            new { since },
            cancellationToken: cancellationToken));
        return [.. applied.Select(migration => string.Create(CultureInfo.InvariantCulture, $"{migration.Version:D4}_{migration.Name}"))];
    }
}
