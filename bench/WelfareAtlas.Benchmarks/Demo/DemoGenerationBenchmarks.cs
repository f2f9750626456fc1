using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using WelfareAtlas.Import.Demo;

namespace WelfareAtlas.Benchmarks.Demo;

/// <summary>
/// The national-scale demo (3,228 synthetic areas in 300 synthetic municipalities, every indicator of the catalogue,
/// 10 years, 1.6 million rows): setting up from Helsinki's real data and writing the area file and every file with its
/// manifest and mapping spec. Target: under 2 minutes.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project bench/WelfareAtlas.Benchmarks -- --filter '*DemoGenerationBenchmarks*'</c>.
/// One cold run per iteration (the work is seconds long, so a warm-up adds nothing but time on a shared machine).
/// </remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class DemoGenerationBenchmarks
{
    private string _directory = string.Empty;

    [GlobalSetup]
    public void Setup() => _directory = Directory.CreateTempSubdirectory("atlas-demo-bench-").FullName;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public int NationalScale() => DemoGenerator.Write(DemoSetting.Create(DemoScale.National, 20250101), _directory).Count;
}
