using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Benchmarks;

/// <summary>
/// The forecast run over every series of the Helsinki demo (all indicators, areas, breakdowns and period lengths
/// with at least five points): model choice by AICc, forecasts with 80 % and 95 % intervals, and the rolling-origin
/// backtests per indicator. Target (issue 7): under 10 s.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project bench/WelfareAtlas.Benchmarks -- --filter '*ForecastRunBenchmarks*'</c>.
/// The setup builds the demo store through the real importer (about a minute) and computes the cells; only the
/// forecast run is measured. A few seconds of work per iteration, so no warm-up. In process: the benchmark
/// references the web project, whose build (with npm) outlasts BenchmarkDotNet's two-minute limit for building a
/// separate benchmark process on this shared machine.
/// </remarks>
[Config(typeof(InProcessMonitoring))]
public class ForecastRunBenchmarks
{
    private ForecastDemoCells? demo;

    [GlobalSetup]
    public void Setup()
    {
        demo = ForecastDemoCells.LoadHelsinkiAsync().GetAwaiter().GetResult();

        // One run outside the measurement, for the counts below and its processor time: on a machine shared with
        // other builds the wall-clock figure depends on their load; the processor time much less.
        TimeSpan processor = Process.GetCurrentProcess().TotalProcessorTime;
        Stopwatch clock = Stopwatch.StartNew();
        ForecastRunResult result = ForecastRun.Compute(demo.Indicators, demo.Cells);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// setup run: {clock.Elapsed.TotalSeconds:0.00} s wall clock, {(Process.GetCurrentProcess().TotalProcessorTime - processor).TotalSeconds:0.00} s processor time"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// demo: {demo.Indicators.Count} indicators, {demo.Cells.Count} cells, {result.Forecasts.Count} series forecast, {result.SeriesTooShort} too short, {result.Forecasts.Sum(f => f.Forecasts.Count)} forecast values"));
        foreach (IGrouping<Periods.PeriodKind, SeriesForecast> kind in result.Forecasts.GroupBy(f => f.Frequency))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"//   {kind.Key}: {kind.Count()} series; models {string.Join(", ", kind.GroupBy(f => f.Model).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}"));
        }

        foreach (IndicatorForecastAccuracy accuracy in result.Accuracy)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"//   {accuracy.Indicator} ({accuracy.Frequency}): {accuracy.Series} series, MASE {accuracy.Mase:0.000}, naive {accuracy.NaiveMase:0.000}, seasonal naive {accuracy.SeasonalNaiveMase:0.000}, coverage {accuracy.Coverage80:P1} / {accuracy.Coverage95:P1}, beats naive {accuracy.BeatsNaive}"));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => demo!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public int HelsinkiDemo() => ForecastRun.Compute(demo!.Indicators, demo.Cells).Forecasts.Count;

    /// <summary>One launch in this process, three cold iterations; the setup (building the demo store) may take minutes on a loaded machine.</summary>
    internal sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(0)
                .WithIterationCount(3)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }
}
