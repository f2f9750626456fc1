using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

namespace WelfareAtlas.Benchmarks.Statistics;

/// <summary>
/// Bulk confidence intervals over 10 million cells held in arrays, single thread: the throughput of a whole
/// profile computation. One operation = one cell's interval at one level.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project bench/WelfareAtlas.Benchmarks -- --filter '*IntervalBenchmarks*'</c>.
/// Short job (1 launch, 2 warm-ups, 5 iterations): the machine is shared.
/// </remarks>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class IntervalBenchmarks
{
    private const int Cells = 10_000_000;

    private double[] _proportionNumerators = [];
    private double[] _proportionDenominators = [];
    private double[] _rateNumerators = [];
    private double[] _rateDenominators = [];
    private double[] _lower = [];
    private double[] _upper = [];
    private ExactPoissonTable _table = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Seeded so every run measures the same cells. Denominators as for Helsinki sub-districts (50-50 000);
        // rate counts: about a third below 10 events, so the exact branch is exercised throughout.
        var random = new Random(2026);
        _proportionNumerators = new double[Cells];
        _proportionDenominators = new double[Cells];
        _rateNumerators = new double[Cells];
        _rateDenominators = new double[Cells];
        for (int i = 0; i < Cells; i++)
        {
            double denominator = random.Next(50, 50_000);
            _proportionDenominators[i] = denominator;
            _proportionNumerators[i] = Math.Floor(denominator * random.NextDouble());
            _rateDenominators[i] = denominator;
            _rateNumerators[i] = random.Next(3) == 0 ? random.Next(0, 10) : random.Next(10, 2000);
        }

        _lower = new double[Cells];
        _upper = new double[Cells];
        _table = new ExactPoissonTable(ConfidenceLevel.Percent95);
    }

    [Benchmark(OperationsPerInvoke = Cells)]
    public void Wilson() =>
        WilsonScore.ComputeMany(_proportionNumerators, _proportionDenominators, ConfidenceLevel.Percent95, _lower, _upper);

    [Benchmark(OperationsPerInvoke = Cells)]
    public void RateExactAndByars() =>
        CrudeRate.ComputeMany(_rateNumerators, _rateDenominators, CrudeRate.DefaultMultiplier, _table, _lower, _upper);
}
