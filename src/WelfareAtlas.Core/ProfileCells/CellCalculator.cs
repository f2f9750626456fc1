using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Statistics.Quantiles;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.ProfileCells;

/// <summary>
/// The compute run for one indicator: every observation becomes an <see cref="IndicatorCell"/> with its value,
/// intervals, comparisons with the city and the parent, quintile and rank among its peers, and recent trend.
/// </summary>
/// <remarks>
/// <para>Comparisons: the benchmark's value against the area's interval (<see cref="ConfidenceIntervalBenchmarkComparison"/>),
/// without judgement; the benchmark is the observation of the same indicator, period and breakdown for the
/// city (the root of the area's parent chain) or for the parent area.</para>
/// <para>Peers are the areas of the same type with a value for the same period and breakdown; quintile 1 holds
/// the highest values (<see cref="QuantileAssigner"/>), rank 1 is the highest value.</para>
/// <para>The trend uses the last five periods of the same length (years with years, months with months) up to
/// and including the cell's own period: proportions by the chi-square test for trend, rates and counts by the
/// test for rates, other values by the weighted regression on their given intervals (<see cref="RecentTrend"/>).</para>
/// <para>Pure: no database, no clock, no randomness; the same observations give the same cells.</para>
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
    /// <exception cref="ArgumentException">An observation of another indicator, or two for the same key: a bug in the caller.</exception>
    public static IReadOnlyList<IndicatorCell> Compute(
        IndicatorMethod method,
        IReadOnlyDictionary<AreaCode, Area> areas,
        IEnumerable<Observation> observations,
        Func<int, StatisticError?>? withheld = null)
    {
        List<Computed> computed = [];
        Dictionary<CellKey, Computed> byKey = [];
        int index = -1;
        foreach (Observation observation in observations)
        {
            index++;
            if (observation.Indicator != method.Id)
            {
                throw new ArgumentException($"Observation of {observation.Indicator} given for {method.Id}.", nameof(observations));
            }

            if (!areas.TryGetValue(observation.Area, out Area? area))
            {
                continue;
            }

            StatisticResult<Estimate> result = withheld?.Invoke(index) is { } reason
                ? StatisticResult<Estimate>.Failure(reason)
                : CellEstimator.Estimate(observation, method);
            Computed item = new(observation, index, area, result);
            if (!byKey.TryAdd(new CellKey(observation.Area, observation.Period, item.BreakdownKey), item))
            {
                throw new ArgumentException($"Two observations of {method.Id} for {observation.Area} {observation.Period} {observation.Breakdown.Key}.", nameof(observations));
            }

            computed.Add(item);
        }

        Dictionary<AreaCode, AreaCode?> cityOf = [];
        Dictionary<Computed, (int? Quintile, int? Rank, int Peers)> places = RankAmongPeers(computed);
        Dictionary<SeriesKey, List<Computed>> series = computed
            .GroupBy(c => new SeriesKey(c.Observation.Area, c.BreakdownKey, c.Observation.Period.Kind))
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Observation.Period).ToList());
        foreach (List<Computed> points in series.Values)
        {
            for (int position = 0; position < points.Count; position++)
            {
                points[position].Series = points;
                points[position].SeriesPosition = position;
            }
        }

        List<IndicatorCell> cells = new(computed.Count);
        foreach (Computed item in computed)
        {
            Observation observation = item.Observation;
            AreaCode? city = CityOf(item.Area, areas, cityOf);
            (int? quintile, int? rank, int peers) = places.GetValueOrDefault(item, (null, null, 0));
            cells.Add(new IndicatorCell(
                method.Id,
                observation.Area,
                item.Area.Type,
                observation.Period,
                observation.Breakdown,
                observation.Numerator,
                observation.Denominator,
                item.Result.Value,
                item.Result.Error,
                Compare(item, city == item.Area.Code ? null : city, byKey, "city"),
                Compare(item, item.Area.Parent, byKey, "parent area"),
                quintile,
                rank,
                peers,
                Trend(method.Measure, item.Series!, item.SeriesPosition),
                item.Index));
        }

        return cells;
    }

    private static CellComparison Compare(Computed item, AreaCode? benchmark, Dictionary<CellKey, Computed> byKey, string benchmarkName)
    {
        if (benchmark is not { } code)
        {
            return CellComparison.NotCompared(null, null, $"the area has no {benchmarkName} to compare with");
        }

        Observation observation = item.Observation;
        if (!byKey.TryGetValue(new CellKey(code, observation.Period, item.BreakdownKey), out Computed? other) || !other.Result.IsSuccess)
        {
            return CellComparison.NotCompared(code, null, $"the {benchmarkName} has no value for this period and breakdown");
        }

        double benchmarkValue = other.Result.Value.Value;
        if (!item.Result.IsSuccess)
        {
            return CellComparison.NotCompared(code, benchmarkValue, $"the area has no value: {item.Result.Error.Message}");
        }

        (BenchmarkComparison at95, BenchmarkComparison at998) =
            ConfidenceIntervalBenchmarkComparison.CompareBoth(item.Result.Value, benchmarkValue, Polarity.NoJudgement);
        return new CellComparison(code, benchmarkValue, at95.Significance, at998.Significance, at95.Reason ?? at998.Reason);
    }

    private static Dictionary<Computed, (int? Quintile, int? Rank, int Peers)> RankAmongPeers(List<Computed> computed)
    {
        Dictionary<Computed, (int?, int?, int)> places = [];
        foreach (IGrouping<(AreaType, Period, string), Computed> group in computed
            .Where(c => c.Result.IsSuccess)
            .GroupBy(c => (c.Area.Type, c.Observation.Period, c.BreakdownKey)))
        {
            List<Computed> peers = [.. group];
            double[] values = [.. peers.Select(c => c.Result.Value!.Value)];
            StatisticResult<QuantileAssignment> quintiles = QuantileAssigner.Assign(values, 5);
            int[] order = [.. Enumerable.Range(0, values.Length).OrderByDescending(i => values[i])];
            int rank = 0;
            for (int position = 0; position < order.Length; position++)
            {
                int i = order[position];

                // Ties share the better rank: 1 + how many values are strictly higher.
                if (position == 0 || values[i] < values[order[position - 1]])
                {
                    rank = position + 1;
                }

                places[peers[i]] = (quintiles.IsSuccess ? quintiles.Value.Quantiles[i] : null, rank, peers.Count);
            }
        }

        return places;
    }

    private static TrendResult Trend(Measure measure, List<Computed> series, int end)
    {
        List<Computed> recent = series.GetRange(Math.Max(0, end - RecentTrend.PointCount + 1), Math.Min(end + 1, RecentTrend.PointCount));
        if (recent.Count < RecentTrend.PointCount)
        {
            return new TrendResult(TrendDirection.CannotBeCalculated, null, null, $"only {recent.Count} of the {RecentTrend.PointCount} periods a trend needs");
        }

        if (recent.FirstOrDefault(c => !c.Result.IsSuccess) is { } gap)
        {
            return new TrendResult(TrendDirection.CannotBeCalculated, null, null, $"no value for {gap.Observation.Period}: {gap.Result.Error!.Message}");
        }

        return measure switch
        {
            Measure.Proportion => RecentTrend.ForProportions([.. recent.Select(c => new ProportionTrendPoint(Ordinal(c.Observation.Period), c.Observation.Numerator!.Value, c.Observation.Denominator!.Value))]),
            // The test for rates (RecentTrend.ForRates) on the cells' own rates and 95 % Poisson intervals, which are
            // computed once per cell here rather than again in each of the five windows a period is part of.
            Measure.CrudeRate or Measure.Count => RecentTrend.ForValues([.. recent.Select(c => new ValueTrendPoint(Ordinal(c.Observation.Period), c.Result.Value!.Value, c.Result.Value.Ci95!.Value))], ConfidenceLevel.Percent95),
            _ when recent.Any(c => c.Result.Value!.Ci95 is null) =>
                new TrendResult(TrendDirection.CannotBeCalculated, null, null, "the values have no confidence intervals to weigh them by"),
            _ => RecentTrend.ForValues([.. recent.Select(c => new ValueTrendPoint(Ordinal(c.Observation.Period), c.Result.Value!.Value, c.Result.Value.Ci95!.Value))], ConfidenceLevel.Percent95),
        };
    }

    /// <summary>Consecutive periods of one length get consecutive numbers, so the trend's time axis is evenly spaced.</summary>
    private static double Ordinal(Period period) => period.Kind switch
    {
        PeriodKind.Quarter => (period.Year * 4) + period.Part,
        PeriodKind.Month => (period.Year * 12) + period.Part,
        PeriodKind.Week => period.Start.DayNumber / 7,
        _ => period.Year,
    };

    private static AreaCode? CityOf(Area area, IReadOnlyDictionary<AreaCode, Area> areas, Dictionary<AreaCode, AreaCode?> cache)
    {
        if (cache.TryGetValue(area.Code, out AreaCode? known))
        {
            return known;
        }

        Area current = area;
        while (current.Type != AreaType.City && current.Parent is { } parent && areas.TryGetValue(parent, out Area? next))
        {
            current = next;
        }

        AreaCode? city = current.Type == AreaType.City ? current.Code : null;
        cache[area.Code] = city;
        return city;
    }

    private readonly record struct CellKey(AreaCode Area, Period Period, string Breakdown);

    private readonly record struct SeriesKey(AreaCode Area, string Breakdown, PeriodKind Kind);

    /// <summary>An observation with its area and estimate; compared by reference, as each is one observation.</summary>
    private sealed class Computed(Observation observation, int index, Area area, StatisticResult<Estimate> result)
    {
        public Observation Observation { get; } = observation;

        public int Index { get; } = index;

        public Area Area { get; } = area;

        public StatisticResult<Estimate> Result { get; } = result;

        /// <summary>The breakdown's key.</summary>
        public string BreakdownKey { get; } = observation.Breakdown.Key;

        /// <summary>The cells of the same area, breakdown and period length, in period order; set once the series are grouped.</summary>
        public List<Computed>? Series { get; set; }

        /// <summary>This cell's position in <see cref="Series"/>.</summary>
        public int SeriesPosition { get; set; }
    }
}
