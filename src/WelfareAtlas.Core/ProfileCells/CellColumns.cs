using System.Runtime.InteropServices;
using WelfareAtlas.Areas;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics;

namespace WelfareAtlas.ProfileCells;

/// <summary>
/// One indicator's cells as columns (struct-of-arrays) over small integer keys: for each cell its observation,
/// estimate, area index, period index and breakdown index; for each area index its city's and parent's index.
/// <see cref="CellCalculator"/> computes places and trends over these columns instead of over an object per cell.
/// </summary>
internal sealed partial class CellColumns
{
    private const int MaxAreas = 1 << 23;
    private const int MaxKeys = 1 << 20;

    private readonly Dictionary<long, int> byKey;

    private CellColumns(
        Observation[] observations,
        int[] sourceIndexes,
        StatisticResult<Estimate>[] results,
        int[] areaIds,
        int[] periodIds,
        int[] breakdownIds,
        List<Area> areaList,
        Period[] periods,
        Dictionary<long, int> byKey,
        IReadOnlyDictionary<AreaCode, Area> allAreas,
        Dictionary<AreaCode, int> areaIdOf)
    {
        Observations = observations;
        SourceIndexes = sourceIndexes;
        Results = results;
        AreaIds = areaIds;
        PeriodIds = periodIds;
        BreakdownIds = breakdownIds;
        Areas = areaList;
        Periods = periods;
        this.byKey = byKey;
        Cities = new AreaCode?[areaList.Count];
        CityIds = new int[areaList.Count];
        ParentIds = new int[areaList.Count];
        for (int area = 0; area < areaList.Count; area++)
        {
            Cities[area] = CityOf(areaList[area], allAreas);
            CityIds[area] = Cities[area] is { } city ? areaIdOf.GetValueOrDefault(city, -1) : -1;
            ParentIds[area] = areaList[area].Parent is { } parent ? areaIdOf.GetValueOrDefault(parent, -1) : -1;
        }
    }

    /// <summary>How many cells.</summary>
    public int Count => Observations.Length;

    /// <summary>Each cell's observation.</summary>
    public Observation[] Observations { get; }

    /// <summary>Each cell's observation's position in the sequence given to <see cref="CellCalculator.Compute"/>.</summary>
    public int[] SourceIndexes { get; }

    /// <summary>Each cell's value with its intervals, or why it has none.</summary>
    public StatisticResult<Estimate>[] Results { get; }

    /// <summary>Each cell's area, as an index into <see cref="Areas"/>.</summary>
    public int[] AreaIds { get; }

    /// <summary>Each cell's period, as an index into <see cref="Periods"/>.</summary>
    public int[] PeriodIds { get; }

    /// <summary>Each cell's breakdown, as a small number (one per distinct breakdown key).</summary>
    public int[] BreakdownIds { get; }

    /// <summary>The areas that have cells, by index.</summary>
    public List<Area> Areas { get; }

    /// <summary>The periods that have cells, by index.</summary>
    public Period[] Periods { get; }

    /// <summary>By area index: the area's city (the root of its parent chain), or <see langword="null"/> when the chain reaches none.</summary>
    public AreaCode?[] Cities { get; }

    /// <summary>By area index: the index of the area's city among the areas with cells; -1 when it has none.</summary>
    public int[] CityIds { get; }

    /// <summary>By area index: the index of the area's parent among the areas with cells; -1 when it has none.</summary>
    public int[] ParentIds { get; }

    /// <summary>The city of the area at index <paramref name="area"/>.</summary>
    public AreaCode? CityOf(int area) => Cities[area];

    /// <summary>The cell of an area, period and breakdown (by their indexes); -1 when there is none.</summary>
    public int Find(int area, int period, int breakdown) => byKey.GetValueOrDefault(Pack(area, period, breakdown), -1);

    /// <summary>Reads the observations into columns and estimates each (or takes the reason it is withheld, or the estimate the caller has).</summary>
    public static CellColumns Index(
        IndicatorMethod method,
        IReadOnlyDictionary<AreaCode, Area> areas,
        IEnumerable<Observation> observations,
        Func<int, StatisticError?>? withheld,
        Func<int, StatisticResult<Estimate>?>? estimated)
    {
        int capacity = observations.TryGetNonEnumeratedCount(out int known) ? known : 0;
        List<Observation> kept = new(capacity);
        List<int> sourceIndexes = new(capacity);
        List<StatisticResult<Estimate>> results = new(capacity);
        List<int> areaIds = new(capacity);
        List<int> periodIds = new(capacity);
        List<int> breakdownIds = new(capacity);
        Dictionary<long, int> byKey = new(capacity);

        Dictionary<AreaCode, int> areaIdOf = [];
        List<Area> areaList = [];
        Dictionary<Period, int> periodIdOf = [];
        List<Period> periods = [];

        // Most callers share one Breakdown object per key (the store interns them), so a lookup by reference comes first.
        Dictionary<Breakdown, int> breakdownByReference = new(ReferenceEqualityComparer.Instance);
        Dictionary<string, int> breakdownIdOf = new(StringComparer.Ordinal);

        int index = -1;
        foreach (Observation observation in observations)
        {
            index++;
            if (observation.Indicator != method.Id)
            {
                throw new ArgumentException($"Observation of {observation.Indicator} given for {method.Id}.", nameof(observations));
            }

            ref int areaId = ref CollectionsMarshal.GetValueRefOrAddDefault(areaIdOf, observation.Area, out bool areaKnown);
            if (!areaKnown)
            {
                if (!areas.TryGetValue(observation.Area, out Area? area))
                {
                    // Unknown areas are skipped; -1 remembers that for their other observations.
                    areaId = -1;
                    continue;
                }

                areaId = areaList.Count;
                areaList.Add(area);
            }

            if (areaId < 0)
            {
                continue;
            }

            int cellArea = areaId;
            ref int periodId = ref CollectionsMarshal.GetValueRefOrAddDefault(periodIdOf, observation.Period, out bool periodKnown);
            if (!periodKnown)
            {
                periodId = periods.Count;
                periods.Add(observation.Period);
            }

            int cellPeriod = periodId;
            ref int breakdownId = ref CollectionsMarshal.GetValueRefOrAddDefault(breakdownByReference, observation.Breakdown, out bool breakdownKnown);
            if (!breakdownKnown)
            {
                ref int byText = ref CollectionsMarshal.GetValueRefOrAddDefault(breakdownIdOf, observation.Breakdown.Key, out bool textKnown);
                if (!textKnown)
                {
                    byText = breakdownIdOf.Count - 1;
                }

                breakdownId = byText;
            }

            int cellBreakdown = breakdownId;
            if (cellArea >= MaxAreas || cellPeriod >= MaxKeys || cellBreakdown >= MaxKeys)
            {
                throw new ArgumentException($"{method.Id} has more than {MaxAreas} areas, {MaxKeys} periods or {MaxKeys} breakdowns, more than one compute can key.", nameof(observations));
            }

            if (!byKey.TryAdd(Pack(cellArea, cellPeriod, cellBreakdown), kept.Count))
            {
                throw new ArgumentException($"Two observations of {method.Id} for {observation.Area} {observation.Period} {observation.Breakdown.Key}.", nameof(observations));
            }

            results.Add(withheld?.Invoke(index) is { } reason
                ? StatisticResult<Estimate>.Failure(reason)
                : estimated?.Invoke(index) ?? CellEstimator.Estimate(observation, method));
            kept.Add(observation);
            sourceIndexes.Add(index);
            areaIds.Add(cellArea);
            periodIds.Add(cellPeriod);
            breakdownIds.Add(cellBreakdown);
        }

        return new CellColumns(
            [.. kept],
            [.. sourceIndexes],
            [.. results],
            [.. areaIds],
            [.. periodIds],
            [.. breakdownIds],
            areaList,
            [.. periods],
            byKey,
            areas,
            areaIdOf);
    }

    /// <summary>
    /// One key of an area, period and breakdown index: 23 bits for the area, 20 each for the period and the breakdown
    /// (an indicator has at most a few thousand areas, hundreds of periods and tens of breakdowns; <see cref="Index"/>
    /// checks the limits).
    /// </summary>
    private static long Pack(int area, int period, int breakdown) => ((long)area << 40) | ((long)period << 20) | (uint)breakdown;

    private static AreaCode? CityOf(Area area, IReadOnlyDictionary<AreaCode, Area> areas)
    {
        Area current = area;
        while (current.Type != AreaType.City && current.Parent is { } parent && areas.TryGetValue(parent, out Area? next))
        {
            current = next;
        }

        return current.Type == AreaType.City ? current.Code : null;
    }
}
