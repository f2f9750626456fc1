using System.Data.Common;
using System.Diagnostics;
using Dapper;
using System.Globalization;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Web.Importing;

namespace WelfareAtlas.Benchmarks.Profiles;

/// <summary>
/// <c>compute [RUNS] [COPIES | national [SEED]]</c>: full recomputes of a copy of a store, one after another in one
/// process, each timed with a stopwatch and printed with the process's processor time, allocation, GC pauses and the
/// load average. The store is the Helsinki demo store; with <c>national</c> the national-scale demo store
/// (<see cref="NationalStore"/>: 3,228 synthetic areas, every indicator, 2016–2025, loaded through the importer; built
/// and timed on first use); with COPIES the Helsinki store with that many copies of Helsinki as further cities
/// (<see cref="ScaledStore"/>, the national stand-in used before the national demo could be loaded; kept to compare
/// with earlier figures). For the national store DuckDB's memory limit is set as the national load's imports leave it.
/// A run takes long enough
/// that BenchmarkDotNet's in-process job gives up on it; this command measures the same call without its harness.
/// </summary>
internal static class ComputeRunCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        bool national = args.Length > 1 && args[1] == "national";
        int copies = args.Length > 1 && !national ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        string directory = national
            ? await NationalStore.CopyAsync(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : DemoLoader.DefaultSeed)
            : await DemoStore.CopyAsync();
        try
        {
            if (copies > 0)
            {
                Stopwatch building = Stopwatch.StartNew();
                await ScaledStore.AddCopiesAsync(directory, copies);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{copies} copies of Helsinki added in {building.Elapsed.TotalSeconds:0.0} s"));
            }

            await using AtlasStore store = await AtlasStore.OpenAsync(directory, TimeProvider.System);
            if (national)
            {
                // As in `atlas init --demo --scale national`, whose imports leave DuckDB's memory limit at 512 MB for
                // the database instance before its compute run: without it DuckDB keeps the run's staged cells (13
                // million rows) in memory, several GB beside the run's own (docs/PERFORMANCE.md).
                await using DbConnection connection = await store.DataSource.OpenConnectionAsync();
                await connection.ExecuteAsync("SET memory_limit = '512MB'");
            }

            ComputeRunner runner = new(store.DataSource, TimeProvider.System);
            List<double> seconds = [];
            for (int i = 0; i < runs; i++)
            {
                long allocated = GC.GetTotalAllocatedBytes();
                TimeSpan cpu = Environment.CpuUsage.TotalTime;
                TimeSpan paused = GC.GetTotalPauseDuration();
                int fullCollections = GC.CollectionCount(2);
                Stopwatch clock = Stopwatch.StartNew();
                ComputeRun run = await runner.RunAllAsync("benchmark");
                clock.Stop();
                seconds.Add(clock.Elapsed.TotalSeconds);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {i + 1}: {clock.Elapsed.TotalSeconds:0.000} s, {run.Cells} cells, CPU {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:0.000} s, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:0} MB allocated, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.000} s ({GC.CollectionCount(2) - fullCollections} full), load {LoadAverage()}"));
            }

            seconds.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{runs} runs: min {seconds[0]:0.000} s, median {seconds[seconds.Count / 2]:0.000} s, max {seconds[^1]:0.000} s"));
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The one-minute load average, or n/a off Linux.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
