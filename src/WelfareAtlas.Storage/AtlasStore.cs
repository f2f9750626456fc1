using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;
using WelfareAtlas.Storage.Migrations;

namespace WelfareAtlas.Storage;

/// <summary>
/// The embedded store: one DuckDB file, <see cref="FileName"/>, in a data directory. Everything the product
/// knows lives there; the app can be restarted at any time without losing anything.
/// </summary>
/// <remarks>
/// A new store is built under a temporary name (schema, then the seed data), checkpointed, closed and only
/// then renamed into place, so a start that fails or is killed half-way leaves no half-made store: the next
/// start finds no store and builds it again. An existing store is migrated to the newest schema on open.
/// </remarks>
public sealed class AtlasStore : IAsyncDisposable
{
    /// <summary>The store's file name inside the data directory.</summary>
    public const string FileName = "atlas.duckdb";

    private const string PartialSuffix = ".partial-";

    private AtlasStore(string path, DbDataSource dataSource)
    {
        FilePath = path;
        DataSource = dataSource;
    }

    /// <summary>The full path of the store's file.</summary>
    public string FilePath { get; }

    /// <summary>Connections to the store; each command opens its own.</summary>
    public DbDataSource DataSource { get; }

    /// <summary>Whether a store exists in <paramref name="dataDirectory"/>.</summary>
    public static bool Exists(string dataDirectory) => File.Exists(Path.Combine(dataDirectory, FileName));

    /// <summary>Opens the store in <paramref name="dataDirectory"/>, creating the directory and the store first if needed.</summary>
    /// <param name="dataDirectory">Where the store lives; created if missing.</param>
    /// <param name="seed">Fills a new store (for example with the city's areas) before it is put in place; not run for an existing store.</param>
    /// <param name="time">The clock for the migration history.</param>
    /// <param name="cancellationToken">Cancels the creation; nothing is left behind.</param>
    /// <returns>The open store and whether it was created now.</returns>
    /// <exception cref="StoreException">The directory or the file cannot be used; the message names it and says why.</exception>
    public static async Task<(AtlasStore Store, bool Created)> OpenOrCreateAsync(
        string dataDirectory,
        Func<DbDataSource, CancellationToken, Task> seed,
        TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        string directory = Path.GetFullPath(dataDirectory);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"Cannot create the data directory {directory}: {e.Message}", e);
        }

        string path = Path.Combine(directory, FileName);
        bool created = false;
        if (!File.Exists(path))
        {
            RemovePartialStores(directory);
            created = await CreateAsync(path, seed, time, cancellationToken);
        }

        return (await OpenExistingAsync(path, time, cancellationToken), created);
    }

    /// <summary>Opens an existing store and migrates it; never creates one.</summary>
    /// <exception cref="StoreException">There is no store, or it cannot be opened.</exception>
    public static async Task<AtlasStore> OpenAsync(string dataDirectory, TimeProvider time, CancellationToken cancellationToken = default)
    {
        string path = Path.Combine(Path.GetFullPath(dataDirectory), FileName);
        if (!File.Exists(path))
        {
            throw new StoreException($"There is no store at {path}: run 'atlas init' (with the same --data-dir) first.");
        }

        return await OpenExistingAsync(path, time, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await DataSource.DisposeAsync();

    private static async Task<AtlasStore> OpenExistingAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        DbDataSource dataSource = CreateDataSource(path);
        try
        {
            await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await Migrator.MigrateAsync(connection, time, cancellationToken);
        }
        catch (DuckDBException e)
        {
            await dataSource.DisposeAsync();
            throw new StoreException($"The store {path} cannot be opened: {FirstLine(e.Message)}", e);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }

        return new AtlasStore(path, dataSource);
    }

    private static async Task<bool> CreateAsync(
        string path,
        Func<DbDataSource, CancellationToken, Task> seed,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        string partial = path + PartialSuffix + Guid.NewGuid().ToString("N");
        try
        {
            await using (DbDataSource dataSource = CreateDataSource(partial))
            {
                await using (DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken))
                {
                    await Migrator.MigrateAsync(connection, time, cancellationToken);
                }

                await seed(dataSource, cancellationToken);
                await using (DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken))
                {
                    // Everything into the main file, so the rename below moves a complete store.
                    await connection.ExecuteAsync(new CommandDefinition("CHECKPOINT", cancellationToken: cancellationToken));
                }
            }

            try
            {
                File.Move(partial, path, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process put its store in place first: use that one.
                return false;
            }
        }
        catch (DuckDBException e)
        {
            throw new StoreException($"Cannot create the store {path}: {FirstLine(e.Message)}", e);
        }
        finally
        {
            DeleteQuietly(partial);
            DeleteQuietly(partial + ".wal");
        }
    }

    private static DbDataSource CreateDataSource(string path) =>
        DuckDBClientFactory.Instance.CreateDataSource(new DuckDBConnectionStringBuilder { DataSource = path }.ConnectionString);

    private static void RemovePartialStores(string directory)
    {
        foreach (string leftover in Directory.EnumerateFiles(directory, FileName + PartialSuffix + "*"))
        {
            DeleteQuietly(leftover);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover that cannot be removed now is removed by the next creation.
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
