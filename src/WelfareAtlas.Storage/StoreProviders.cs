namespace WelfareAtlas.Storage;

/// <summary>The text forms of <see cref="StoreProvider"/> used by configuration and the command line: <c>duckdb</c>, <c>postgres</c>.</summary>
public static class StoreProviders
{
    /// <summary>The accepted names, for help texts and error messages.</summary>
    public static IReadOnlyList<string> Names { get; } = ["duckdb", "postgres"];

    /// <summary>The configuration name of <paramref name="provider"/>.</summary>
    public static string ToSlug(this StoreProvider provider) => provider switch
    {
        StoreProvider.DuckDb => "duckdb",
        StoreProvider.Postgres => "postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Not a store provider."),
    };

    /// <summary>Reads a provider name, case-insensitively; <c>postgresql</c> is accepted for <c>postgres</c>.</summary>
    public static bool TryParse(string? text, out StoreProvider provider)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "duckdb":
                provider = StoreProvider.DuckDb;
                return true;
            case "postgres" or "postgresql":
                provider = StoreProvider.Postgres;
                return true;
            default:
                provider = default;
                return false;
        }
    }
}
