using System.Data.Common;
using System.Globalization;
using Dapper;
using Npgsql;
using WelfareAtlas.Storage.Migrations;

namespace WelfareAtlas.Storage.Engines;

/// <summary>Opening a PostgreSQL store, and building it on first start.</summary>
/// <remarks>
/// <para>
/// A server cannot rename a finished database into place as the DuckDB store does, so a completed first start is
/// recorded instead: the row <c>seeded_at</c> in <c>store_state</c>, written only after the seed (areas, catalogue,
/// profiles and the demo's batches, each in its own transaction) has finished. A start that finds the schema but not
/// that row empties the store's tables and seeds again; <c>atlas</c> commands that only open a store refuse it.
/// </para>
/// <para>
/// Migration and seeding run under an advisory lock, so app instances started together wait for the first one
/// instead of migrating or seeding twice.
/// </para>
/// </remarks>
internal sealed partial class PostgresEngine
{
    private const string OpenLockKey = "'welfare-atlas:open:' || current_schema()";

    private const string CreateState = """
        CREATE TABLE IF NOT EXISTS store_state (
            name  VARCHAR PRIMARY KEY,
            value VARCHAR NOT NULL
        )
        """;

    /// <summary>Opens the store at <paramref name="location"/>, creating it first when <paramref name="seed"/> is given and there is none.</summary>
    /// <param name="location">A PostgreSQL location.</param>
    /// <param name="seed">Fills a new store; <see langword="null"/> opens only a complete existing store.</param>
    /// <param name="time">The clock for the migration history and the seed record.</param>
    /// <param name="requireNew">Refuse a complete existing store: the caller fills only a new one.</param>
    /// <param name="cancellationToken">Cancels; a store being seeded is left incomplete and is seeded again by the next start.</param>
    public static async Task<(AtlasDataSource DataSource, bool Created)> OpenAsync(
        StoreLocation location,
        Func<DbDataSource, CancellationToken, Task>? seed,
        TimeProvider time,
        bool requireNew,
        CancellationToken cancellationToken)
    {
        NpgsqlDataSource npgsql;
        try
        {
            npgsql = NpgsqlDataSource.Create(location.Target);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"The PostgreSQL connection string is not valid: {e.Message}", e);
        }

        AtlasDataSource dataSource = new(npgsql, new PostgresEngine());
        try
        {
            bool created = await PrepareAsync(dataSource, location, seed, time, requireNew, cancellationToken);
            return (dataSource, created);
        }
        catch (NpgsqlException e)
        {
            await dataSource.DisposeAsync();
            throw new StoreException($"The store in {location} cannot be opened or built: {FirstLine(e.Message)}", e);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> PrepareAsync(
        AtlasDataSource dataSource,
        StoreLocation location,
        Func<DbDataSource, CancellationToken, Task>? seed,
        TimeProvider time,
        bool requireNew,
        CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        string? schema = await connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT current_schema()", cancellationToken: cancellationToken));
        if (schema is null)
        {
            throw new StoreException($"The search path of {location} names no schema that exists: create the schema first (CREATE SCHEMA …) or correct Search Path.");
        }

        await connection.ExecuteAsync(new CommandDefinition($"SELECT pg_advisory_lock(hashtextextended({OpenLockKey}, 0))", cancellationToken: cancellationToken));
        try
        {
            IReadOnlyList<string> tables = await StoreTables.ListAllAsync(connection, cancellationToken);
            if (!tables.Contains(StoreTables.MigrationHistory))
            {
                if (seed is null)
                {
                    throw new StoreException($"There is no store in {location}: run 'atlas init' with the same --store and --connection first.");
                }

                if (tables.Count > 0)
                {
                    throw new StoreException(
                        $"{location} already holds tables that are not Welfare Atlas's ({string.Join(", ", tables.Take(5))}): "
                        + "give the store its own database, or its own schema through Search Path.");
                }
            }

            await connection.ExecuteAsync(new CommandDefinition(CreateState, cancellationToken: cancellationToken));
            bool seeded = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT count(*) > 0 FROM store_state WHERE name = 'seeded_at'", cancellationToken: cancellationToken));
            if (seeded && requireNew)
            {
                throw new StoreException($"{location} already holds a store: the copy goes only into an empty database or schema.");
            }

            if (!seeded && seed is null)
            {
                // Both leave the same state (no seeded_at row), so the message names both ways out: a copy run again
                // empties the tables and copies afresh (it takes a target that holds no complete store), init seeds anew.
                throw new StoreException(
                    $"The store in {location} was never completed: its first start, or an 'atlas export-store' or 'atlas import-store' into it, stopped half-way. "
                    + "If it was a copy, run that command again to copy the store into it; otherwise run 'atlas init' with the same --store and --connection to build it again.");
            }

            await Migrator.MigrateAsync(connection, time, cancellationToken);
            await MakeAuditLogAppendOnlyAsync(connection, cancellationToken);
            if (seeded)
            {
                return false;
            }

            await ClearAsync(connection, cancellationToken);
            await seed!(dataSource, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO store_state (name, value) VALUES ('seeded_at', $at)",
                new { at = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) },
                cancellationToken: cancellationToken));
            return true;
        }
        finally
        {
            await UnlockQuietlyAsync(connection);
        }
    }

    /// <summary>Empties every data table: what a first start that stopped half-way left behind.</summary>
    private static async Task ClearAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> tables = await StoreTables.ListDataAsync(connection, cancellationToken);
        if (tables.Count == 0)
        {
            return;
        }

        // The names come from the catalogue of the store's own schema. The audit log's TRUNCATE trigger lets this one
        // transaction through (MakeAuditLogAppendOnlyAsync).
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"SELECT set_config('{ClearingSetting}', 'on', true)", transaction: transaction, cancellationToken: cancellationToken));
#pragma warning disable CA2100
        await connection.ExecuteAsync(new CommandDefinition(
            "TRUNCATE " + string.Join(", ", tables.Select(Quote)),
            transaction: transaction,
            cancellationToken: cancellationToken));
#pragma warning restore CA2100
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task UnlockQuietlyAsync(DbConnection connection)
    {
        try
        {
            await connection.ExecuteAsync($"SELECT pg_advisory_unlock(hashtextextended({OpenLockKey}, 0))");
        }
        catch (NpgsqlException)
        {
            // The connection is broken; its session, and with it the lock, has ended.
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
