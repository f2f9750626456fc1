using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace WelfareAtlas.Storage;

/// <summary>Where a store lives: a DuckDB data directory, or a PostgreSQL connection string.</summary>
/// <remarks>
/// <see cref="ToString"/> describes the location for messages and logs without the password, so it can be shown to
/// the user; the connection string itself never is, nor any part of one that could hold a password (a value with a
/// space, '=' or ';' in it, as a connection string in libpq's form read as Npgsql's gives).
/// </remarks>
public sealed partial record StoreLocation
{
    /// <summary>What a connection string in the expected form looks like, for messages.</summary>
    public const string ExpectedForm = "Host=…;Port=…;Database=…;Username=…";

    /// <summary>libpq's keywords that people copy from psql and pg_dump, with Npgsql's names for them.</summary>
    private static readonly Dictionary<string, string> NpgsqlKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = "Host",
        ["hostaddr"] = "Host",
        ["port"] = "Port",
        ["dbname"] = "Database",
        ["user"] = "Username",
        ["password"] = "Password",
        ["passfile"] = "Passfile",
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["options"] = "Options",
    };

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
    /// <remarks>
    /// A connection string in libpq's form (<c>host=db port=5432 dbname=atlas user=atlas</c>, as psql and pg_dump take
    /// it) is refused with the keys to write instead: Npgsql would read all of it as the host's name, password included.
    /// Neither message repeats a value of the connection string.
    /// </remarks>
    /// <exception cref="StoreException">The connection string is empty.</exception>
    /// <exception cref="StoreLocationException">The connection string is malformed or in libpq's form; the message says what to write.</exception>
    public static StoreLocation Postgres(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StoreException("The PostgreSQL store needs a connection string (--connection, ATLAS_CONNECTION or Store:Connection), e.g. \"Host=localhost;Database=atlas;Username=atlas\".");
        }

        // Before Npgsql reads it: Npgsql takes most of these for one long host name, or fails on libpq's quotes.
        if (!connectionString.Contains(';', StringComparison.Ordinal) && LibpqForm().Match(connectionString) is { Success: true } libpq)
        {
            IEnumerable<string> keys = libpq.Groups["key"].Captures
                .Select(capture => capture.Value)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(key => NpgsqlKeys.TryGetValue(key, out string? name) ? $"{key} → {name}" : key);
            throw new StoreLocationException(
                $"The PostgreSQL connection string is in libpq's form (key=value separated by spaces, as psql and pg_dump take it); "
                + $"atlas takes Npgsql's form, separated by semicolons: \"{ExpectedForm}\" ({string.Join(", ", keys)}).");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            // Npgsql's message names the key, not its value.
            throw new StoreLocationException($"The PostgreSQL connection string is not valid: {e.Message} Write it as \"{ExpectedForm}\".", e);
        }

        if (new[] { builder.Host, builder.Database, builder.Username, builder.SearchPath }.Any(value => value?.Contains('=', StringComparison.Ordinal) == true))
        {
            throw new StoreLocationException(
                $"The PostgreSQL connection string has a value with '=' in it (Host, Database, Username or Search Path): "
                + $"separate every key=value by a semicolon, as in \"{ExpectedForm}\".");
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

    /// <summary>
    /// The file's path, or "PostgreSQL database 'atlas' on host:port" (with the schema when one is set); never the
    /// password, and a name that could carry one (with a space, '=', ';' or a quote in it) as "(not shown)".
    /// </summary>
    public override string ToString()
    {
        if (Provider == StoreProvider.DuckDb)
        {
            return FilePath;
        }

        NpgsqlConnectionStringBuilder builder = new(Target);
        string schema = string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : $", schema {Shown(builder.SearchPath.Split(',')[0].Trim())}";
        string database = Shown(builder.Database ?? builder.Username ?? "(default)");
        return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL database '{database}' on {Shown(builder.Host ?? "localhost")}:{builder.Port}{schema}");
    }

    /// <summary>A name as it is, or "(not shown)" when it has a character that no host, database or schema name of a well-formed connection string has.</summary>
    private static string Shown(string name) =>
        name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '=' or ';' or '\'' or '"') ? "(not shown)" : name;

    /// <summary>Two or more <c>key=value</c> pairs separated by spaces, a value bare or in single quotes with backslash escapes: libpq's form.</summary>
    [GeneratedRegex(@"^\s*(?:(?<key>[A-Za-z_]+)\s*=\s*(?:'(?:[^'\\]|\\.)*'|[^\s']\S*)(?:\s+|$)){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex LibpqForm();
}
