using WelfareAtlas.Storage;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Benchmarks.Profiles;

/// <summary>
/// A store with the city-scale demo loaded as on a user's first start, built once into the temp directory and
/// copied for each benchmark process (the demo import takes about a minute; the copy a moment).
/// </summary>
internal static class DemoStore
{
    private static readonly string Template = Path.Combine(Path.GetTempPath(), "atlas-bench-demo-template");

    /// <summary>A fresh copy of the demo store's data directory.</summary>
    public static async Task<string> CopyAsync()
    {
        if (!File.Exists(Path.Combine(Template, AtlasStore.FileName)))
        {
            (AtlasStore store, _) = await StoreStartup.OpenOrCreateAsync(StoreLocation.DuckDb(Template), TimeProvider.System, loadDemo: true, CancellationToken.None);
            await store.DisposeAsync();
        }

        return CopyOf(Template);
    }

    /// <summary>A fresh copy of the store in <paramref name="dataDirectory"/> (a store no process has open).</summary>
    public static string CopyOf(string dataDirectory)
    {
        string copy = Directory.CreateTempSubdirectory("atlas-bench-").FullName;
        File.Copy(Path.Combine(dataDirectory, AtlasStore.FileName), Path.Combine(copy, AtlasStore.FileName));
        return copy;
    }
}
