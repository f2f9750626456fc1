using System.Diagnostics;
using System.Globalization;
using WelfareAtlas.Import.Demo;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Importing;

namespace WelfareAtlas.Benchmarks.Profiles;

/// <summary>
/// The national-scale demo store for the compute benchmark, made as <c>atlas init --demo --scale national</c> makes it
/// (Helsinki's real areas and the catalogue, the synthetic country added from its area file, every national delivery
/// through the importer, one compute run), built once into the temp directory and copied for each benchmark process.
/// </summary>
internal static class NationalStore
{
    /// <summary>A fresh copy of the national store of <paramref name="seed"/>, built first (and timed, step by step) when missing.</summary>
    public static async Task<string> CopyAsync(int seed)
    {
        string template = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"atlas-bench-national-{seed}"));
        if (!File.Exists(Path.Combine(template, AtlasStore.FileName)))
        {
            NationalDemoLoad? load = null;
            TimeSpan cpu = Environment.CpuUsage.TotalTime;
            Stopwatch clock = Stopwatch.StartNew();
            (AtlasStore store, _) = await AtlasStore.OpenOrCreateAsync(
                StoreLocation.DuckDb(template),
                async (dataSource, token) =>
                {
                    await StoreStartup.SeedAsync(dataSource, token);
                    load = await NationalDemoLoader.LoadAsync(dataSource, TimeProvider.System, DemoSetting.Create(DemoScale.National, seed), token);
                },
                TimeProvider.System,
                CancellationToken.None);
            await store.DisposeAsync();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"national store created in {clock.Elapsed.TotalSeconds:0.0} s (CPU {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:0.0} s): generation {load!.Generation.TotalSeconds:0.0} s, area file and {load.Imports.Count} imports ({load.Imports.Sum(i => i.RowsImported)} rows, {load.Imports.Sum(i => i.RowsDerived)} derived) {load.Importing.TotalSeconds:0.0} s, compute run {load.Computing.TotalSeconds:0.0} s, refresh {load.Refreshing.TotalSeconds:0.0} s, load {ComputeRunCommand.LoadAverage()}"));
            foreach (ImportResult import in load.Imports)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {import.RowsImported,9} rows {import.Elapsed.TotalSeconds,6:0.0} s  batch {import.BatchId}"));
            }
        }

        return DemoStore.CopyOf(template);
    }
}
