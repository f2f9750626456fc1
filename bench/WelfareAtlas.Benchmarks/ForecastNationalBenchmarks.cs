using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Benchmarks;

/// <summary>
/// The forecast run at national scale: the Helsinki demo's series repeated for 11 times its areas (3 025 areas, the
/// national demo's 2 991; the national deliveries use synthetic area codes the importer does not map, so they are
/// not imported). No target; reported in docs/PERFORMANCE.md.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project bench/WelfareAtlas.Benchmarks -- --filter '*ForecastNationalBenchmarks*'</c>.
/// Backtests stay at 200 series per indicator, so the cost grows with the forecasts alone. One cold iteration: a
/// run takes minutes on the shared machine.
/// </remarks>
[Config(typeof(InProcessOnce))]
public class ForecastNationalBenchmarks
{
    private ForecastDemoCells? demo;
    private IReadOnlyList<IndicatorCell> cells = [];

    [GlobalSetup]
    public void Setup()
    {
        demo = ForecastDemoCells.LoadHelsinkiAsync().GetAwaiter().GetResult();
        cells = demo.Replicated(11);
        Console.WriteLine(FormattableString.Invariant($"// national: {demo.Indicators.Count} indicators, {cells.Count} cells"));
    }

    [GlobalCleanup]
    public void Cleanup() => demo!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public int NationalScale() => ForecastRun.Compute(demo!.Indicators, cells).Forecasts.Count;

    /// <summary>One launch in this process, one cold iteration.</summary>
    internal sealed class InProcessOnce : ManualConfig
    {
        public InProcessOnce() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(0)
                .WithIterationCount(1)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(60), logOutput: true)));
    }
}
