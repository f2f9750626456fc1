using System.Globalization;
using MathNet.Numerics.Distributions;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.Situation;

/// <summary>
/// The situational picture from computed cells: what changed significantly since the previous period, what is
/// significantly worse than the benchmark and significantly worsening, new highs and lows, and outliers.
/// </summary>
/// <remarks>
/// <para>Each series (indicator × area × breakdown × period length) is judged at its latest period.</para>
/// <para>Change: z = (v₂ − v₁) / √(se₁² + se₂²), with each standard error taken from its 95 % interval as
/// (upper − lower) / (2 × 1.96) (Altman &amp; Bland 2003, "Interaction revisited: the difference between two
/// estimates", BMJ 326:219); significant when |z| exceeds the normal quantile of the level (99.8 % by default,
/// as for comparisons). Values without intervals are not tested. v₁ is the previous period's value, but for a quarter,
/// month or week the value of the same quarter, month or week a year earlier (<see cref="Period.AYearEarlier"/>), so
/// that a season is not read as a change; with no such value there is no change finding.</para>
/// <para>Revision (the previous data vintage): the current observation's value against the value of the row it
/// superseded, both computed by the indicator's method, by the same z test as a change. The two deliveries
/// mostly count the same events, so the test treats them as independent and is conservative: a revision it
/// flags is larger than sampling noise alone could make it.</para>
/// <para>Worse and worsening: the cell's comparison with the benchmark is Worse at 95 % under the profile's
/// polarity and its recent trend is significant in the worsening direction (<see cref="PolarityJudgement"/>).</para>
/// <para>New high or low: the latest value is strictly above (below) every earlier value of at least four (for a quarter,
/// month or week, every earlier value of the same quarter, month or week). Worse and worsening reads the cell's
/// recent trend, which for those is the same quarter, month or week of the last five years.</para>
/// <para>Outlier: the modified z-score M = 0.6745 (x − median) / MAD among the areas of the same type for the
/// same indicator, period and breakdown (Iglewicz &amp; Hoaglin 1993, <i>How to Detect and Handle Outliers</i>),
/// flagged when |M| &gt; 3.5; not computed when MAD is 0 or there are fewer than 5 peers. The finding names the
/// batch the value came from, so a steward can go to the delivery.</para>
/// <para>The picture for the city is every finding; <see cref="ByArea"/> splits it into each area's own.</para>
/// </remarks>
public static partial class SituationalPicture
{
    /// <summary>The modified z-score above which a value is flagged (Iglewicz &amp; Hoaglin's recommendation).</summary>
    public const double OutlierThreshold = 3.5;

    /// <summary>0.6745 = Φ⁻¹(0.75): makes the MAD of normal data comparable with a standard deviation.</summary>
    private static readonly double MadScale = Normal.InvCDF(0, 1, 0.75);

    private static readonly double Z95 = Normal.InvCDF(0, 1, 0.975);

    /// <summary>The findings from cells alone (no batches, no revisions), strongest first within each kind.</summary>
    /// <param name="cells">The cells of one or more indicators (all periods).</param>
    /// <param name="polarity">Each indicator's polarity in the profile being read.</param>
    /// <param name="benchmark">Which comparison decides "worse": the city or the parent.</param>
    /// <param name="changeLevel">The confidence level of the change test; 99.8 % by default.</param>
    public static IReadOnlyList<SituationFinding> Build(
        IEnumerable<IndicatorCell> cells,
        Func<IndicatorId, Polarity> polarity,
        Benchmark benchmark = Benchmark.City,
        double changeLevel = 0.998) =>
        Build(new SituationInput([.. cells], polarity, new Dictionary<IndicatorId, IndicatorMethod>(), new Dictionary<ObservationKey, long>(), [])
        {
            Benchmark = benchmark,
            ChangeLevel = changeLevel,
        });

    /// <summary>The findings: by kind (in <see cref="SituationKind"/> order), strongest first within each kind.</summary>
    public static IReadOnlyList<SituationFinding> Build(SituationInput input)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(input.ChangeLevel, 0.5, nameof(input));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(input.ChangeLevel, 1, nameof(input));
        double criticalZ = Normal.InvCDF(0, 1, 1 - ((1 - input.ChangeLevel) / 2));
        List<SituationFinding> findings = [];
        foreach (IGrouping<(IndicatorId, AreaCode, string, PeriodKind), IndicatorCell> series in input.Cells.GroupBy(c => (c.Indicator, c.Area, c.Breakdown.Key, c.Period.Kind)))
        {
            List<IndicatorCell> ordered = [.. series.Where(c => c.Estimate is not null).OrderBy(c => c.Period)];
            if (ordered.Count == 0)
            {
                continue;
            }

            IndicatorCell latest = ordered[^1];
            Polarity direction = input.Polarity(latest.Indicator);
            AddChange(findings, ordered, direction, criticalZ);
            AddWorseAndWorsening(findings, latest, direction, input.Benchmark);
            AddExtremes(findings, ordered);
        }

        AddRevisions(findings, input, criticalZ);
        AddOutliers(findings, input.Cells);
        return [.. findings
            .Select(f => f.Batch is null && input.Batches.TryGetValue(new ObservationKey(f.Indicator, f.Area, f.Period, f.Breakdown.Key), out long batch) ? f with { Batch = batch } : f)
            .OrderBy(f => f.Kind)
            .ThenByDescending(f => Math.Abs(f.Score ?? 0))
            .ThenByDescending(RelativeDistance)];
    }

    /// <summary>
    /// How far a finding's value is from what it is set against, as a share of that: the strength of a finding without a
    /// score (worse and worsening against the city, a new high or low against the previous one). Without it these
    /// came in the order of the areas' codes, and "the 50 strongest" were the first 50 codes.
    /// </summary>
    private static double RelativeDistance(SituationFinding finding) =>
        finding.Reference is { } reference && reference != 0 && double.IsFinite(finding.Value)
            ? Math.Abs(finding.Value - reference) / Math.Abs(reference)
            : 0;

    /// <summary>Each area's own picture: the findings about that area, in the order given.</summary>
    public static IReadOnlyDictionary<AreaCode, IReadOnlyList<SituationFinding>> ByArea(IEnumerable<SituationFinding> findings) =>
        findings.GroupBy(f => f.Area).ToDictionary(g => g.Key, g => (IReadOnlyList<SituationFinding>)[.. g]);

    private static void AddChange(List<SituationFinding> findings, List<IndicatorCell> ordered, Polarity polarity, double criticalZ)
    {
        if (ordered.Count < 2)
        {
            return;
        }

        IndicatorCell latest = ordered[^1];
        // A quarter, month or week against the same one a year before: against the one just before, December's sweets
        // and the winter's fall in fresh produce bought would be the largest "changes" every year.
        IndicatorCell? previous = latest.Period.AYearEarlier is { } aYearEarlier
            ? ordered.FindLast(cell => cell.Period == aYearEarlier)
            : ordered[^2];
        if (previous is null || DifferenceZ(previous.Estimate!, latest.Estimate!) is not { } z || Math.Abs(z) <= criticalZ)
        {
            return;
        }

        bool? worsening = PolarityJudgement.IsWorsening(z > 0 ? TrendDirection.Increasing : TrendDirection.Decreasing, polarity);
        findings.Add(Finding(SituationKind.SignificantChange, latest, previous.Estimate!.Value, worsening, z,
            string.Create(CultureInfo.InvariantCulture, $"{(z > 0 ? "up" : "down")} from {previous.Estimate.Value:G4} in {previous.Period} to {latest.Estimate!.Value:G4} (z = {z:F1})")) with
        {
            ReferencePeriod = previous.Period,
        });
    }

    private static void AddWorseAndWorsening(List<SituationFinding> findings, IndicatorCell latest, Polarity polarity, Benchmark benchmark)
    {
        CellComparison comparison = benchmark == Benchmark.City ? latest.VersusCity : latest.VersusParent;
        if (PolarityJudgement.Judge(comparison.At95, polarity) != Significance.Worse || PolarityJudgement.IsWorsening(latest.Trend.Direction, polarity) != true)
        {
            return;
        }

        findings.Add(Finding(SituationKind.WorseAndWorsening, latest, comparison.BenchmarkValue, true, latest.Trend.ChiSquare,
            string.Create(CultureInfo.InvariantCulture, $"{latest.Estimate!.Value:G4} against the {(benchmark == Benchmark.City ? "city's" : "parent's")} {comparison.BenchmarkValue:G4}, {latest.Trend.Direction.ToString().ToLowerInvariant()} over {(latest.Period.IsPartOfYear ? $"the same {latest.Period.Kind.ToString().ToLowerInvariant()} of the last five years" : "the last five periods")}")));
    }

    private static void AddExtremes(List<SituationFinding> findings, List<IndicatorCell> series)
    {
        // A quarter, month or week against the same one of earlier years, for the reason given in AddChange.
        Period latestPeriod = series[^1].Period;
        List<IndicatorCell> ordered = latestPeriod.IsPartOfYear ? series.FindAll(cell => cell.Period.Part == latestPeriod.Part) : series;
        if (ordered.Count < 5)
        {
            return;
        }

        IndicatorCell latest = ordered[^1];
        double value = latest.Estimate!.Value;
        double earlierMax = ordered.Take(ordered.Count - 1).Max(c => c.Estimate!.Value);
        double earlierMin = ordered.Take(ordered.Count - 1).Min(c => c.Estimate!.Value);
        if (value > earlierMax)
        {
            findings.Add(Finding(SituationKind.NewHigh, latest, earlierMax, null, null,
                string.Create(CultureInfo.InvariantCulture, $"{value:G4} is the highest of {ordered.Count} {Compared(latestPeriod)} (previous high {earlierMax:G4})")));
        }
        else if (value < earlierMin)
        {
            findings.Add(Finding(SituationKind.NewLow, latest, earlierMin, null, null,
                string.Create(CultureInfo.InvariantCulture, $"{value:G4} is the lowest of {ordered.Count} {Compared(latestPeriod)} (previous low {earlierMin:G4})")));
        }
    }

    private static string Compared(Period latest) =>
        latest.IsPartOfYear ? $"values for {latest.Kind.ToString().ToLowerInvariant()} {latest.Part}" : "periods";

    private static void AddOutliers(List<SituationFinding> findings, IReadOnlyList<IndicatorCell> all)
    {
        foreach (IGrouping<(IndicatorId, AreaType, Period, string), IndicatorCell> peers in all
            .Where(c => c.Estimate is not null)
            .GroupBy(c => (c.Indicator, c.AreaType, c.Period, c.Breakdown.Key)))
        {
            double[] values = [.. peers.Select(c => c.Estimate!.Value)];
            if (values.Length < 5)
            {
                continue;
            }

            double median = Median(values);
            double mad = Median([.. values.Select(v => Math.Abs(v - median))]);
            if (mad <= 0)
            {
                continue;
            }

            foreach (IndicatorCell cell in peers)
            {
                double score = MadScale * (cell.Estimate!.Value - median) / mad;
                if (Math.Abs(score) > OutlierThreshold)
                {
                    findings.Add(Finding(SituationKind.Outlier, cell, median, null, score,
                        string.Create(CultureInfo.InvariantCulture, $"{cell.Estimate.Value:G4} against a median of {median:G4} among {values.Length} areas (modified z = {score:F1})")));
                }
            }
        }
    }

    private static SituationFinding Finding(SituationKind kind, IndicatorCell cell, double? reference, bool? worsening, double? score, string detail) =>
        new(kind, cell.Indicator, cell.Area, cell.Period, cell.Breakdown, cell.Estimate!.Value, reference, worsening, score, detail);

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
