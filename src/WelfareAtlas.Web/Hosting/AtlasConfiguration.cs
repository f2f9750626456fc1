using WelfareAtlas.Storage;

namespace WelfareAtlas.Web.Hosting;

/// <summary>The product's own configuration keys, shared by the web app and the CLI.</summary>
internal static class AtlasConfiguration
{
    /// <summary>The environment variable naming the data directory.</summary>
    public const string DataDirectoryVariable = "ATLAS_DATA_DIR";

    /// <summary>The command-line option naming the data directory (ASP.NET reads <c>--data-dir X</c> as the key <c>data-dir</c>).</summary>
    public const string DataDirectoryOption = "data-dir";

    /// <summary>The environment variable naming the store's provider: <c>duckdb</c> or <c>postgres</c>.</summary>
    public const string ProviderVariable = "ATLAS_STORE";

    /// <summary>The command-line option naming the store's provider (<c>--store postgres</c>).</summary>
    public const string ProviderOption = "store";

    /// <summary>The environment variable with the PostgreSQL connection string.</summary>
    public const string ConnectionVariable = "ATLAS_CONNECTION";

    /// <summary>The command-line option with the PostgreSQL connection string (<c>--connection "Host=…"</c>).</summary>
    public const string ConnectionOption = "connection";

    /// <summary>The address served when none is configured.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// The data directory by precedence: <c>--data-dir</c>, then <c>ATLAS_DATA_DIR</c>, then <c>Store:DataDirectory</c>
    /// in configuration, then <see cref="StoreOptions.DefaultDataDirectory"/>.
    /// </summary>
    public static string ResolveDataDirectory(IConfiguration configuration) =>
        First(configuration, DataDirectoryOption, DataDirectoryVariable, $"{StoreOptions.Section}:{nameof(StoreOptions.DataDirectory)}")
        ?? StoreOptions.DefaultDataDirectory;

    /// <summary>The provider by precedence: <c>--store</c>, then <c>ATLAS_STORE</c>, then <c>Store:Provider</c>, then <c>duckdb</c>.</summary>
    public static string ResolveProvider(IConfiguration configuration) =>
        First(configuration, ProviderOption, ProviderVariable, $"{StoreOptions.Section}:{nameof(StoreOptions.Provider)}")
        ?? StoreProvider.DuckDb.ToSlug();

    /// <summary>The connection string by precedence: <c>--connection</c>, then <c>ATLAS_CONNECTION</c>, then <c>Store:Connection</c>; <see langword="null"/> if none.</summary>
    public static string? ResolveConnection(IConfiguration configuration) =>
        First(configuration, ConnectionOption, ConnectionVariable, $"{StoreOptions.Section}:{nameof(StoreOptions.Connection)}");

    private static string? First(IConfiguration configuration, params string[] keys) =>
        keys.Select(key => configuration[key]).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
