using System.Globalization;
using Npgsql;

namespace WelfareAtlas.Storage;

/// <summary>Where a store lives: a DuckDB data directory, or a PostgreSQL connection string.</summary>
/// <remarks>
/// <see cref="ToString"/> describes the location for messages and logs without the password, so it can be shown to
/// the user; the connection string itself never is.
/// </remarks>
public sealed record StoreLocation
{
    private StoreLocation(StoreProvider provider, string target)
    {
        Provider = provider;
        Target = target;
    }

    /// <summary>Which database holds the store.</summary>
    public StoreProvider Provider { get; }

    /// <summary>
    /// For <see cref="StoreProvider.DuckDb"/> the data directory (absolute, or relative to the working directory); for
    /// <see cref="StoreProvider.Postgres"/> the Npgsql connection string, which may hold a password.
    /// </summary>
    public string Target { get; }

    /// <summary>A DuckDB store: <see cref="AtlasStore.FileName"/> in <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="ArgumentException">The directory is empty.</exception>
    public static StoreLocation DuckDb(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        return new StoreLocation(StoreProvider.DuckDb, dataDirectory);
    }

    /// <summary>A PostgreSQL store in the database (and the first schema of the search path) the connection string names.</summary>
    /// <exception cref="StoreException">The connection string is empty or malformed; the message says which key.</exception>
    public static StoreLocation Postgres(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StoreException("The PostgreSQL store needs a connection string (--connection, ATLAS_CONNECTION or Store:Connection), e.g. \"Host=localhost;Database=atlas;Username=atlas\".");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"The PostgreSQL connection string is not valid: {e.Message}", e);
        }

        return new StoreLocation(StoreProvider.Postgres, connectionString);
    }

    /// <summary>A store of <paramref name="provider"/> at <paramref name="target"/> (a data directory or a connection string).</summary>
    /// <exception cref="StoreException">The target is not usable for the provider.</exception>
    public static StoreLocation Of(StoreProvider provider, string target) => provider switch
    {
        StoreProvider.DuckDb when !string.IsNullOrWhiteSpace(target) => DuckDb(target),
        StoreProvider.DuckDb => throw new StoreException("The DuckDB store needs a data directory."),
        _ => Postgres(target),
    };

    /// <summary>The full path of the DuckDB file; only for <see cref="StoreProvider.DuckDb"/>.</summary>
    /// <exception cref="InvalidOperationException">The store is not DuckDB.</exception>
    public string FilePath => Provider == StoreProvider.DuckDb
        ? Path.Combine(Path.GetFullPath(Target), AtlasStore.FileName)
        : throw new InvalidOperationException("A PostgreSQL store has no file.");

    /// <summary>The file's path, or "PostgreSQL database 'atlas' on host:port" (with the schema when one is set); never the password.</summary>
    public override string ToString()
    {
        if (Provider == StoreProvider.DuckDb)
        {
            return FilePath;
        }

        NpgsqlConnectionStringBuilder builder = new(Target);
        string schema = string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : $", schema {builder.SearchPath.Split(',')[0].Trim()}";
        string database = builder.Database ?? builder.Username ?? "(default)";
        return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL database '{database}' on {builder.Host ?? "localhost"}:{builder.Port}{schema}");
    }
}
