using System.Data.Common;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage;

/// <summary>
/// The store: everything the product knows. By default one DuckDB file, <see cref="FileName"/>, in a data directory
/// (embedded, one process); for a shared server a PostgreSQL database. Both have the same schema, built by the same
/// migrations, and the same repositories run on both. The app can be restarted at any time without losing anything.
/// </summary>
/// <remarks>
/// A new store is seeded (Helsinki's areas, the catalogue, the demo) before it counts as existing: a DuckDB store is
/// built under a temporary name and renamed into place, a PostgreSQL store records its completed seed last. A start
/// that fails or is killed half-way therefore never leaves a store that looks complete. An existing store is migrated
/// to the newest schema on open.
/// </remarks>
public sealed class AtlasStore : IAsyncDisposable
{
    /// <summary>The DuckDB store's file name inside the data directory.</summary>
    public const string FileName = "atlas.duckdb";

    private readonly AtlasDataSource dataSource;

    private AtlasStore(StoreLocation location, AtlasDataSource dataSource)
    {
        Location = location;
        this.dataSource = dataSource;
    }

    /// <summary>Where the store lives; its <see cref="StoreLocation.ToString"/> is fit for messages (no password).</summary>
    public StoreLocation Location { get; }

    /// <summary>Which database holds the store.</summary>
    public StoreProvider Provider => Location.Provider;

    /// <summary>Connections to the store; each command opens its own. SQL uses <c>$name</c> parameters on every provider.</summary>
    public DbDataSource DataSource => dataSource;

    /// <summary>Whether a DuckDB store exists in <paramref name="dataDirectory"/>.</summary>
    public static bool Exists(string dataDirectory) => File.Exists(Path.Combine(dataDirectory, FileName));

    /// <summary>Opens the DuckDB store in <paramref name="dataDirectory"/>, creating the directory and the store first if needed.</summary>
    /// <inheritdoc cref="OpenOrCreateAsync(StoreLocation, Func{DbDataSource, CancellationToken, Task}, TimeProvider, CancellationToken)"/>
    public static Task<(AtlasStore Store, bool Created)> OpenOrCreateAsync(
        string dataDirectory,
        Func<DbDataSource, CancellationToken, Task> seed,
        TimeProvider time,
        CancellationToken cancellationToken = default) =>
        OpenOrCreateAsync(StoreLocation.DuckDb(dataDirectory), seed, time, cancellationToken);

    /// <summary>Opens the store at <paramref name="location"/>, creating it first if there is none (or only a half-made one).</summary>
    /// <param name="location">Where the store lives; a DuckDB data directory is created if missing.</param>
    /// <param name="seed">Fills a new store (for example with the city's areas) before it counts as existing; not run for an existing store.</param>
    /// <param name="time">The clock for the migration history.</param>
    /// <param name="cancellationToken">Cancels the creation; nothing that looks like a store is left behind.</param>
    /// <returns>The open store and whether it was created now.</returns>
    /// <exception cref="StoreException">The store cannot be reached, read or created; the message names it (never a password) and says why.</exception>
    public static async Task<(AtlasStore Store, bool Created)> OpenOrCreateAsync(
        StoreLocation location,
        Func<DbDataSource, CancellationToken, Task> seed,
        TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        (AtlasDataSource dataSource, bool created) = await OpenAsync(location, seed, time, requireNew: false, cancellationToken);
        return (new AtlasStore(location, dataSource), created);
    }

    /// <summary>Creates a new store at <paramref name="location"/> and fills it with <paramref name="fill"/>; refuses a location that holds a store.</summary>
    /// <exception cref="StoreException">A store exists there, or the location cannot be used.</exception>
    public static async Task<AtlasStore> CreateNewAsync(
        StoreLocation location,
        Func<DbDataSource, CancellationToken, Task> fill,
        TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        (AtlasDataSource dataSource, _) = await OpenAsync(location, fill, time, requireNew: true, cancellationToken);
        return new AtlasStore(location, dataSource);
    }

    /// <summary>Opens an existing DuckDB store and migrates it; never creates one.</summary>
    /// <exception cref="StoreException">There is no store, or it cannot be opened.</exception>
    public static Task<AtlasStore> OpenAsync(string dataDirectory, TimeProvider time, CancellationToken cancellationToken = default) =>
        OpenAsync(StoreLocation.DuckDb(dataDirectory), time, cancellationToken);

    /// <summary>Opens an existing, complete store and migrates it; never creates one.</summary>
    /// <exception cref="StoreException">There is no store (or only a half-made one), or it cannot be opened; the message says to run <c>atlas init</c> where that helps.</exception>
    public static async Task<AtlasStore> OpenAsync(StoreLocation location, TimeProvider time, CancellationToken cancellationToken = default)
    {
        (AtlasDataSource dataSource, _) = await OpenAsync(location, null, time, requireNew: false, cancellationToken);
        return new AtlasStore(location, dataSource);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await dataSource.DisposeAsync();

    /// <inheritdoc />
    public override string ToString() => Location.ToString();

    private static Task<(AtlasDataSource DataSource, bool Created)> OpenAsync(
        StoreLocation location,
        Func<DbDataSource, CancellationToken, Task>? seed,
        TimeProvider time,
        bool requireNew,
        CancellationToken cancellationToken) =>
        location.Provider == StoreProvider.Postgres
            ? PostgresEngine.OpenAsync(location, seed, time, requireNew, cancellationToken)
            : DuckDbEngine.OpenAsync(location, seed, time, requireNew, cancellationToken);
}
