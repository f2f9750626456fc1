using WelfareAtlas.Storage;

namespace WelfareAtlas.Web.Hosting;

/// <summary>The product's own configuration keys, shared by the web app and the CLI.</summary>
internal static class AtlasConfiguration
{
    /// <summary>The environment variable naming the data directory.</summary>
    public const string DataDirectoryVariable = "ATLAS_DATA_DIR";

    /// <summary>The command-line option naming the data directory (ASP.NET reads <c>--data-dir X</c> as the key <c>data-dir</c>).</summary>
    public const string DataDirectoryOption = "data-dir";

    /// <summary>The address served when none is configured.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// The data directory by precedence: <c>--data-dir</c>, then <c>ATLAS_DATA_DIR</c>, then <c>Store:DataDirectory</c>
    /// in configuration, then <see cref="StoreOptions.DefaultDataDirectory"/>.
    /// </summary>
    public static string ResolveDataDirectory(IConfiguration configuration)
    {
        foreach (string? candidate in new[]
        {
            configuration[DataDirectoryOption],
            configuration[DataDirectoryVariable],
            configuration[$"{StoreOptions.Section}:{nameof(StoreOptions.DataDirectory)}"],
        })
        {
            if (!string.IsNullOrWhiteSpace(candidate))
            {
                return candidate;
            }
        }

        return StoreOptions.DefaultDataDirectory;
    }
}
