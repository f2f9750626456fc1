using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;
using WelfareAtlas.Storage.Migrations;

namespace WelfareAtlas.Storage.Engines;

/// <summary>Opening and creating the DuckDB file.</summary>
/// <remarks>
/// A new store is built under a temporary name (schema, then the seed), checkpointed, closed and only then renamed
/// into place, so a start that fails or is killed half-way leaves no half-made store: the next start finds no store,
/// removes the leftover and builds it again. An existing store is migrated to the newest schema on open.
/// </remarks>
internal sealed partial class DuckDbEngine
{
    private const string PartialSuffix = ".partial-";

    /// <summary>Opens the store at <paramref name="location"/>, creating it first when <paramref name="seed"/> is given and there is none.</summary>
    /// <param name="location">A DuckDB location.</param>
    /// <param name="seed">Fills a new store before it is put in place; <see langword="null"/> opens only an existing store.</param>
    /// <param name="time">The clock for the migration history.</param>
    /// <param name="requireNew">Refuse an existing store: the caller fills only a new one.</param>
    /// <param name="cancellationToken">Cancels; a store being created is not left behind.</param>
    public static async Task<(AtlasDataSource DataSource, bool Created)> OpenAsync(
        StoreLocation location,
        Func<DbDataSource, CancellationToken, Task>? seed,
        TimeProvider time,
        bool requireNew,
        CancellationToken cancellationToken)
    {
        string path = location.FilePath;
        string directory = Path.GetDirectoryName(path)!;
        bool created = false;
        if (File.Exists(path))
        {
            if (requireNew)
            {
                throw new StoreException($"{path} exists already: the copy goes only into a new store (move or remove that file first).");
            }
        }
        else
        {
            if (seed is null)
            {
                throw new StoreException($"There is no store at {path}: run 'atlas init' (with the same --data-dir) first.");
            }

            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StoreException($"Cannot create the data directory {directory}: {e.Message}", e);
            }

            RemovePartialStores(directory);
            created = await CreateAsync(path, seed, time, cancellationToken);
            if (!created && requireNew)
            {
                throw new StoreException($"{path} was created by another process meanwhile: the copy goes only into a new store.");
            }
        }

        return (await OpenExistingAsync(path, time, cancellationToken), created);
    }

    private static async Task<AtlasDataSource> OpenExistingAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        AtlasDataSource dataSource = CreateDataSource(path);
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

        return dataSource;
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
            await using (AtlasDataSource dataSource = CreateDataSource(partial))
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

    private static AtlasDataSource CreateDataSource(string path)
    {
        DbDataSource inner = DuckDBClientFactory.Instance.CreateDataSource(new DuckDBConnectionStringBuilder { DataSource = path }.ConnectionString);
        return new AtlasDataSource(inner, new DuckDbEngine(Path.GetFullPath(path)), new DuckDbKeepAlive(inner, DuckDbKeepAlive.DefaultIdleTime));
    }

    private static void RemovePartialStores(string directory)
    {
        foreach (string leftover in Directory.EnumerateFiles(directory, AtlasStore.FileName + PartialSuffix + "*"))
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
