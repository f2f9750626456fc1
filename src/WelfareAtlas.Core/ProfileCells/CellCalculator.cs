using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.ProfileCells;

/// <summary>
/// The compute run for one indicator: every observation becomes an <see cref="IndicatorCell"/> with its value,
/// intervals, comparisons with the city and the parent, quintile and rank among its peers, and recent trend.
/// </summary>
/// <remarks>
/// <para>Comparisons: the benchmark's value against the area's interval (<see cref="ConfidenceIntervalBenchmarkComparison"/>),
/// without judgement; the benchmark is the observation of the same indicator, period and breakdown for the
/// city (the root of the area's parent chain) or for the parent area. Counts are not compared (a part of the city
/// always has fewer people than the city); their comparisons carry the benchmark's value with the reason.</para>
/// <para>Peers are the areas of the same type with a value for the same period and breakdown; quintile 1 holds
/// the highest values (<see cref="Statistics.Quantiles.QuantileAssigner"/>), rank 1 is the highest value.</para>
/// <para>The trend uses the last five periods of the same length (years with years; a quarter, month or week with the
/// same one of earlier years, so that a season is not a trend) up to and including the cell's own period: proportions by the chi-square test for trend, rates and counts by the
/// test for rates, other values by the weighted regression on their given intervals (<see cref="RecentTrend"/>).</para>
/// <para>Pure: no database, no clock, no randomness; the same observations give the same cells.</para>
/// <para>How: column-wise (<see cref="CellColumns"/>). Each cell's area, period and breakdown become small integers
/// once, so benchmarks are found in an array over (breakdown, period, area), peers and series by sorting integer keys
/// (quintiles from the ranks that sort gives), and no per-cell object is built beyond the estimate, the trend and the
/// <see cref="IndicatorCell"/> itself: comparisons, gaps in trends and withheld results that repeat are one object each.</para>
/// </remarks>
public static class CellCalculator
{
    /// <summary>Computes the cells of <paramref name="method"/>'s indicator.</summary>
    /// <param name="method">The indicator and how its values are computed.</param>
    /// <param name="areas">Every known area by code (for types and parent chains); observations of unknown areas are skipped.</param>
    /// <param name="observations">The indicator's observations: at most one per area, period and breakdown.</param>
    /// <param name="withheld">
    /// For the public's cells: the reason an observation (by its position) is hidden by disclosure control, or
    /// <see langword="null"/> when it is shown. A withheld cell has no value, so it is compared with nothing, is nobody's
    /// benchmark or peer, and breaks the trend of every window it is in: no published figure is computed from it.
    /// </param>
    /// <param name="estimated">
    /// The estimate of an observation (by its position) when the caller already has it from the very same observation
    /// (the analysts' cells, for the public cells of the observations disclosure control left alone), or
    /// <see langword="null"/> to compute it: the estimate is a pure function of the observation and the method.
    /// </param>
    /// <exception cref="ArgumentException">An observation of another indicator, or two for the same key: a bug in the caller.</exception>
    public static IReadOnlyList<IndicatorCell> Compute(
        IndicatorMethod method,
        IReadOnlyDictionary<AreaCode, Area> areas,
        IEnumerable<Observation> observations,
        Func<int, StatisticError?>? withheld = null,
        Func<int, StatisticResult<Estimate>?>? estimated = null)
    {
        CellColumns columns = CellColumns.Index(method, areas, observations, withheld, estimated);
        (int?[] quintiles, int?[] ranks, int[] peers) = columns.RankAmongPeers();
        TrendResult[] trends = columns.Trends(method.Measure);
        Comparer comparer = new(columns, method.Measure == Measure.Count);

        IndicatorCell[] cells = new IndicatorCell[columns.Count];
        for (int cell = 0; cell < cells.Length; cell++)
        {
            Observation observation = columns.Observations[cell];
            StatisticResult<Estimate> result = columns.Results[cell];
            Area area = columns.Areas[columns.AreaIds[cell]];
            cells[cell] = new IndicatorCell(
                method.Id,
                observation.Area,
                area.Type,
                observation.Period,
                observation.Breakdown,
                observation.Numerator,
                observation.Denominator,
                result.Value,
                result.Error,
                comparer.VersusCity(cell),
                comparer.VersusParent(cell),
                quintiles[cell],
                ranks[cell],
                peers[cell],
                trends[cell],
                columns.SourceIndexes[cell]);
        }

        comparer.Release();
        columns.Release();
        Scratch.Return(quintiles);
        Scratch.Return(ranks);
        Scratch.Return(peers);
        Scratch.Return(trends);
        return cells;
    }

    /// <summary>
    /// The comparisons of cells with their city and parent, with the reasons that repeat built once, and each comparison
    /// that repeats made once: every area compared with one benchmark cell at the same significances gets an equal
    /// comparison (the benchmark, its value, both significances and the reason all follow from the benchmark cell and the
    /// outcome), so it gets the same immutable object.
    /// </summary>
    /// <param name="columns">The cells.</param>
    /// <param name="counts">
    /// Whether the cells are counts, which are not compared: a district's population is always "lower" than the city's,
    /// and a significance test of two counts of areas of different sizes says nothing about either.
    /// </param>
    private sealed class Comparer(CellColumns columns, bool counts)
    {
        /// <summary>
        /// Per benchmark cell: 9 outcomes compared at both levels (higher, similar, lower at each), 3 reasons not compared
        /// at either, "the area has no value", and "a count is not compared".
        /// </summary>
        private const int Outcomes = 14;
        private const int NoValueOutcome = 12;
        private const int CountOutcome = 13;

        /// <summary>Why a count is not compared with its city's or parent's.</summary>
        public const string CountNotCompared = "a count is not compared with a larger area's count";

        private const int MostNoValueReasons = 1024;

        private readonly Dictionary<int, CellComparison> noValue = [];
        private readonly Dictionary<int, CellComparison> noParentValue = [];
        private readonly CellComparison noCity = CellComparison.NotCompared(null, null, "the area has no city to compare with");
        private readonly CellComparison noParent = CellComparison.NotCompared(null, null, "the area has no parent area to compare with");

        /// <summary>By cell: 1 + its number among the benchmark cells met so far; 0 when it has been nobody's benchmark.</summary>
        private readonly int[] benchmarkNumbers = Scratch.Rent<int>(columns.Count);

        // By benchmark cell (its number less 1) and outcome; as many places as there can be benchmark cells (those of
        // areas that are some area's city or parent), so that they are made once, not grown.
        private readonly CellComparison?[] made = Scratch.Rent<CellComparison?>(Outcomes * BenchmarkCells(columns));
        private readonly string?[] noValueMessages = Scratch.Rent<string?>(Outcomes * BenchmarkCells(columns));
        private int benchmarkCount;

        // The reason of a comparison of a cell without a value, by its error (mostly one shared object): composed once,
        // not once a cell (2.2 s of the national demo's compute run was that concatenation). Bounded, as an error can
        // be made per cell.
        private readonly Dictionary<string, string> noValueReasons = new(ReferenceEqualityComparer.Instance);
        private readonly List<string> reasons = [];

        public CellComparison VersusCity(int cell)
        {
            int area = columns.AreaIds[cell];
            AreaCode? city = columns.CityOf(area);
            return city is not { } code || code == columns.Areas[area].Code
                ? noCity
                : Compare(cell, code, columns.CityIds[area], "city", noValue);
        }

        public CellComparison VersusParent(int cell)
        {
            int area = columns.AreaIds[cell];
            return columns.Areas[area].Parent is not { } parent
                ? noParent
                : Compare(cell, parent, columns.ParentIds[area], "parent area", noParentValue);
        }

        private CellComparison Compare(int cell, AreaCode code, int benchmarkArea, string benchmarkName, Dictionary<int, CellComparison> without)
        {
            int other = benchmarkArea < 0 ? -1 : columns.Find(benchmarkArea, columns.PeriodIds[cell], columns.BreakdownIds[cell]);
            if (other < 0 || !columns.Results[other].IsSuccess)
            {
                // The same comparison object for every cell of one benchmark area without a value: it is immutable.
                int key = benchmarkArea < 0 ? -1 - columns.AreaIds[cell] : benchmarkArea;
                if (!without.TryGetValue(key, out CellComparison? none))
                {
                    without[key] = none = CellComparison.NotCompared(code, null, $"the {benchmarkName} has no value for this period and breakdown");
                }

                return none;
            }

            double benchmarkValue = columns.Results[other].Value!.Value;
            StatisticResult<Estimate> result = columns.Results[cell];
            if (!result.IsSuccess)
            {
                // Cells without a value mostly share their error (the public's withheld cells, the source's missing ones).
                int slot = Slot(other) + NoValueOutcome;
                if (made[slot] is { } same && ReferenceEquals(noValueMessages[slot], result.Error.Message))
                {
                    return same;
                }

                noValueMessages[slot] = result.Error.Message;
                return made[slot] = CellComparison.NotCompared(code, benchmarkValue, NoValueReason(result.Error.Message));
            }

            if (counts)
            {
                return made[Slot(other) + CountOutcome] ??= CellComparison.NotCompared(code, benchmarkValue, CountNotCompared);
            }

            // ConfidenceIntervalBenchmarkComparison.CompareBoth's decision, without its two result objects.
            Estimate estimate = result.Value;
            if (double.IsNaN(estimate.Value))
            {
                return CellComparison.NotCompared(code, benchmarkValue, "the area has no value");
            }

            (Significance at95, string? reason95) =
                ConfidenceIntervalBenchmarkComparison.Classify(estimate.Ci95, benchmarkValue, Polarity.NoJudgement, ConfidenceLevel.Percent95);
            (Significance at998, string? reason998) =
                ConfidenceIntervalBenchmarkComparison.Classify(estimate.Ci998, benchmarkValue, Polarity.NoJudgement, ConfidenceLevel.Percent998);
            string? reason = reason95 ?? reason998;
            int outcome = Outcome(at95, at998, reason);
            if (outcome < 0)
            {
                return new CellComparison(code, benchmarkValue, at95, at998, reason);
            }

            int index = Slot(other) + outcome;
            return made[index] ??= new CellComparison(code, benchmarkValue, at95, at998, reason);
        }

        private string NoValueReason(string error)
        {
            if (noValueReasons.TryGetValue(error, out string? reason))
            {
                return reason;
            }

            reason = $"the area has no value: {error}";
            if (noValueReasons.Count < MostNoValueReasons)
            {
                noValueReasons[error] = reason;
            }

            return reason;
        }

        /// <summary>The first of the benchmark cell's <see cref="Outcomes"/> places in <see cref="made"/>.</summary>
        private int Slot(int other)
        {
            if (benchmarkNumbers[other] == 0)
            {
                benchmarkNumbers[other] = ++benchmarkCount;
            }

            return (benchmarkNumbers[other] - 1) * Outcomes;
        }

        /// <summary>Gives the work arrays back to the pool; the comparer is not used after.</summary>
        public void Release()
        {
            Scratch.Return(benchmarkNumbers);
            Scratch.Return(made);
            Scratch.Return(noValueMessages);
        }

        /// <summary>How many cells can be a benchmark: those of the areas that are some area's city or parent.</summary>
        private static int BenchmarkCells(CellColumns columns)
        {
            bool[] benchmark = new bool[columns.Areas.Count];
            for (int area = 0; area < benchmark.Length; area++)
            {
                if (columns.CityIds[area] >= 0)
                {
                    benchmark[columns.CityIds[area]] = true;
                }

                if (columns.ParentIds[area] >= 0)
                {
                    benchmark[columns.ParentIds[area]] = true;
                }
            }

            int cells = 0;
            for (int cell = 0; cell < columns.Count; cell++)
            {
                cells += benchmark[columns.AreaIds[cell]] ? 1 : 0;
            }

            return cells;
        }

        /// <summary>The outcome's place among a benchmark cell's, or -1 for one not kept (more than three reasons, which does not happen).</summary>
        private int Outcome(Significance at95, Significance at998, string? reason)
        {
            if (reason is null)
            {
                return Level(at95) is int i95 and >= 0 && Level(at998) is int i998 and >= 0 ? (i95 * 3) + i998 : -1;
            }

            if (at95 != Significance.NotCompared || at998 != Significance.NotCompared)
            {
                return -1;
            }

            // The reasons are the comparison's few constant texts, told apart by reference.
            int known = -1;
            for (int i = 0; i < reasons.Count && known < 0; i++)
            {
                known = ReferenceEquals(reasons[i], reason) ? i : -1;
            }

            if (known < 0 && reasons.Count < 3)
            {
                reasons.Add(reason);
                known = reasons.Count - 1;
            }

            return known < 0 ? -1 : 9 + known;
        }

        private static int Level(Significance significance) => significance switch
        {
            Significance.Higher => 0,
            Significance.Similar => 1,
            Significance.Lower => 2,
            _ => -1,
        };
    }
}
