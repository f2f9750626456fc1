using BenchmarkDotNet.Attributes;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;

namespace WelfareAtlas.Benchmarks.Profiles;

/// <summary>
/// A full recompute of the Helsinki demo store: read every current observation, compute every cell (in parallel over
/// indicators) and replace all cells in one transaction, as <c>atlas compute</c> does.
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class ComputeRunBenchmarks
{
    private AtlasStore? store;
    private string directory = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        directory = DemoStore.CopyAsync().GetAwaiter().GetResult();
        store = AtlasStore.OpenAsync(directory, TimeProvider.System).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public async Task<long> FullRecomputeHelsinkiDemo() => (await new ComputeRunner(store!.DataSource, TimeProvider.System).RunAllAsync("benchmark")).Cells;
}
