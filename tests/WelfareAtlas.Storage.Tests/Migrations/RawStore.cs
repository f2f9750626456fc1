using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;
using Npgsql;
using WelfareAtlas.Storage.Engines;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Migrations;

/// <summary>
/// A test store's database opened without the store, for migration tests that build a store as an older build left
/// it (migrated only up to some version, with rows written by SQL) before the store opens and migrates it.
/// </summary>
internal static class RawStore
{
    /// <summary>A plain connection to <paramref name="place"/>'s database.</summary>
    public static async Task<DbConnection> OpenAsync(TestStore place, CancellationToken cancellationToken)
    {
        if (place.Provider == StoreProvider.DuckDb)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(place.Location.FilePath)!);
            DuckDBConnection duck = new(new DuckDBConnectionStringBuilder { DataSource = place.Location.FilePath }.ConnectionString);
            await duck.OpenAsync(cancellationToken);
            return duck;
        }

        NpgsqlConnection npgsql = new(place.Location.Target);
        await npgsql.OpenAsync(cancellationToken);
        return new PostgresConnection(npgsql);
    }

    /// <summary>On PostgreSQL, records what a completed first start records (PostgresEngine), so that opening the store keeps its rows.</summary>
    public static async Task MarkSeededAsync(TestStore place, DbConnection connection, CancellationToken cancellationToken)
    {
        if (place.Provider == StoreProvider.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "CREATE TABLE store_state (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL); INSERT INTO store_state VALUES ('seeded_at', '2026-01-01T00:00:00Z')",
                cancellationToken: cancellationToken));
        }
    }
}
