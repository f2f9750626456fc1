using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Engines;

/// <summary>The tables of a store, read from <c>information_schema</c>, which DuckDB and PostgreSQL both provide.</summary>
internal static class StoreTables
{
    /// <summary>The migration history; every store has its own, so it is never copied or cleared.</summary>
    public const string MigrationHistory = "schema_migrations";

    /// <summary>PostgreSQL's record of a completed first start (<see cref="PostgresEngine"/>); never copied or cleared.</summary>
    public const string State = "store_state";

    /// <summary>Every base table of the store's schema (not temporary tables, not views), by name.</summary>
    public static async Task<IReadOnlyList<string>> ListAllAsync(DbConnection connection, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT table_name FROM information_schema.tables
            WHERE table_catalog = current_database() AND table_schema = current_schema() AND table_type = 'BASE TABLE'
            ORDER BY table_name
            """,
            cancellationToken: cancellationToken))];

    /// <summary>The tables that hold the store's data: all but the migration history and the state record.</summary>
    public static async Task<IReadOnlyList<string>> ListDataAsync(DbConnection connection, CancellationToken cancellationToken) =>
        [.. (await ListAllAsync(connection, cancellationToken)).Where(table => table is not MigrationHistory and not State)];

    /// <summary>The columns of <paramref name="table"/> in order, with their type.</summary>
    /// <exception cref="StoreException">A column has a type outside the portable schema.</exception>
    public static async Task<IReadOnlyList<(string Name, ColumnType Type)>> ListColumnsAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        IEnumerable<(string Name, string DataType)> rows = await connection.QueryAsync<(string, string)>(new CommandDefinition(
            """
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_catalog = current_database() AND table_schema = current_schema() AND table_name = $table
            ORDER BY ordinal_position
            """,
            new { table },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => (row.Name, ColumnTypes.FromInformationSchema(row.DataType)
            ?? throw new StoreException($"Column {table}.{row.Name} has the type {row.DataType}, which is outside the store's portable schema.")))];
    }
}
