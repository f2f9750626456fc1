using FsCheck;
using FsCheck.Xunit;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;
using Interval = WelfareAtlas.Statistics.Interval;

namespace WelfareAtlas.Core.Tests.Statistics.Properties;

/// <summary>Invariants every interval must keep, over generated counts (FsCheck).</summary>
public sealed class IntervalPropertyTests
{
    // Absolute slack for comparisons of limits computed by different routes (e.g. x = n, where upper is set to 1).
    private const double Slack = 1e-12;

    [Property(MaxTest = 500)]
    public bool Proportion_AnyValidCounts_LowerValueUpperWithinZeroOne(PositiveInt denominator, NonNegativeInt numerator)
    {
        int n = denominator.Get;
        int x = numerator.Get % (n + 1);

        Estimate estimate = Proportion.Compute(x, n).GetValueOrThrow();

        return Ordered(estimate) && Nested(estimate)
            && estimate.Ci998!.Value.Lower >= 0 && estimate.Ci998.Value.Upper <= 1
            && estimate.Ci95!.Value.Lower >= 0 && estimate.Ci95.Value.Upper <= 1;
    }

    [Property(MaxTest = 500)]
    public bool Proportion_FractionalCounts_LimitsWithinZeroOne(PositiveInt denominator, NormalFloat share)
    {
        double n = denominator.Get;
        double x = n * Math.Abs(share.Get % 1);

        Estimate estimate = Proportion.Compute(x, n, 100).GetValueOrThrow();

        return Ordered(estimate) && Nested(estimate) && estimate.Ci998!.Value.Lower >= 0 && estimate.Ci998.Value.Upper <= 100;
    }

    [Property(MaxTest = 300)]
    public bool Proportion_LargerDenominatorSameProportion_NarrowerInterval(PositiveInt denominator, NonNegativeInt numerator, PositiveInt factor)
    {
        int n = Math.Min(denominator.Get, 100_000);
        int x = numerator.Get % (n + 1);
        int k = 2 + (factor.Get % 50);

        Estimate small = Proportion.Compute(x, n).GetValueOrThrow();
        Estimate large = Proportion.Compute((double)x * k, (double)n * k).GetValueOrThrow();

        return Width(large.Ci95) < Width(small.Ci95) && Width(large.Ci998) < Width(small.Ci998);
    }

    [Property(MaxTest = 200)]
    public bool WilsonScoreComputeMany_AnyCells_BitForBitTheScalarResults(PositiveInt[] denominators, NonNegativeInt seed)
    {
        // The bulk path is vectorised; it must give exactly the scalar formula's results, tail included.
        var random = new Random(seed.Get);
        double[] n = [.. denominators.Select(d => (double)d.Get)];
        double[] x = [.. n.Select(d => random.Next(4) == 0 ? (random.Next(2) == 0 ? 0 : d) : Math.Floor(d * random.NextDouble()))];
        double[] lower = new double[n.Length];
        double[] upper = new double[n.Length];

        WilsonScore.ComputeMany(x, n, ConfidenceLevel.Percent998, lower, upper);

        return Enumerable.Range(0, n.Length).All(i =>
            WilsonScore.Compute(x[i], n[i], ConfidenceLevel.Percent998) == new Interval(lower[i], upper[i]));
    }

    [Property(MaxTest = 500)]
    public bool CrudeRate_AnyCounts_LowerValueUpperAndNested(NonNegativeInt events, PositiveInt population)
    {
        Estimate estimate = CrudeRate.Compute(events.Get, population.Get).GetValueOrThrow();

        return Ordered(estimate) && Nested(estimate) && estimate.Ci998!.Value.Lower >= 0;
    }

    [Property(MaxTest = 300)]
    public bool CrudeRate_LargerDenominatorSameRate_NarrowerInterval(NonNegativeInt events, PositiveInt population, PositiveInt factor)
    {
        int x = events.Get % 100_000;
        int n = population.Get;
        int k = 2 + (factor.Get % 50);

        Estimate small = CrudeRate.Compute(x, n).GetValueOrThrow();
        Estimate large = CrudeRate.Compute((double)x * k, (double)n * k).GetValueOrThrow();

        return Width(large.Ci95) < Width(small.Ci95) && Width(large.Ci998) < Width(small.Ci998);
    }

    [Property(MaxTest = 200)]
    public bool IndirectlyStandardisedRatio_AnyCounts_LowerValueUpperAndNested(NonNegativeInt observed, PositiveInt population)
    {
        IndirectStandardisationBand[] bands = [new(observed.Get, population.Get, 30, 1000), new(0, 500, 10, 1000)];

        Estimate estimate = IndirectlyStandardised.Ratio(bands, 100).GetValueOrThrow().Estimate;

        return Ordered(estimate) && Nested(estimate);
    }

    [Property(MaxTest = 200)]
    public bool DirectlyStandardisedRate_AnyCounts_LowerValueUpperAndNested(NonNegativeInt young, NonNegativeInt old, PositiveInt population)
    {
        StandardisationBand[] bands =
        [
            new(young.Get % 5000, population.Get, 60_000),
            new(old.Get % 5000, population.Get, 40_000),
        ];

        DirectlyStandardisedRateResult result = DirectlyStandardisedRate.Compute(bands).GetValueOrThrow();

        // Fewer than 10 events: no value, with the reason, and no interval to check.
        return result.Estimate is null
            ? result.TotalCount < 10 && result.Suppression is not null
            : Ordered(result.Estimate) && Nested(result.Estimate);
    }

    [Property(MaxTest = 200)]
    public bool Mean_AnyValues_LowerValueUpperAndNested(NormalFloat[] values)
    {
        double[] data = [.. values.Select(v => v.Get % 1e6)];
        if (data.Length < 2)
        {
            return Mean.Compute(data).IsSuccess == (data.Length == 1);
        }

        Estimate estimate = Mean.Compute(data).GetValueOrThrow().Estimate;

        return Ordered(estimate) && Nested(estimate);
    }

    private static bool Ordered(Estimate estimate) =>
        estimate.Ci95 is Interval ci95 && estimate.Ci998 is Interval ci998
        && ci95.Lower <= estimate.Value + Slack && estimate.Value <= ci95.Upper + Slack
        && ci998.Lower <= estimate.Value + Slack && estimate.Value <= ci998.Upper + Slack;

    private static bool Nested(Estimate estimate) =>
        estimate.Ci998!.Value.Lower <= estimate.Ci95!.Value.Lower + Slack
        && estimate.Ci95.Value.Upper <= estimate.Ci998.Value.Upper + Slack;

    private static double Width(Interval? interval) => interval!.Value.Upper - interval.Value.Lower;
}
