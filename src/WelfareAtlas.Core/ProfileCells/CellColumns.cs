using System.Runtime.InteropServices;
using WelfareAtlas.Areas;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.ConfidenceIntervals;

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

    /// <summary>Each cell's position by (breakdown, period, area): dense when the indicator's grid is not much larger than its cells.</summary>
    private readonly int[]? grid;

    /// <summary>Each cell's position by its packed key (<see cref="Pack"/>), when the grid would be sparse.</summary>
    private readonly Dictionary<long, int>? byKey;

    private CellColumns(
        IndicatorMethod method,
        int count,
        Observation[] observations,
        int[] sourceIndexes,
        StatisticResult<Estimate>[] results,
        int[] areaIds,
        int[] periodIds,
        int[] breakdownIds,
        List<Area> areaList,
        Period[] periods,
        int breakdownCount,
        IReadOnlyDictionary<AreaCode, Area> allAreas,
        Dictionary<AreaCode, int> areaIdOf)
    {
        Count = count;
        Observations = observations;
        SourceIndexes = sourceIndexes;
        Results = results;
        AreaIds = areaIds;
        PeriodIds = periodIds;
        BreakdownIds = breakdownIds;
        Areas = areaList;
        Periods = periods;
        (grid, byKey) = Positions(method, count, observations, areaIds, periodIds, breakdownIds, areaList.Count, periods.Length, breakdownCount);
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

    /// <summary>How many cells: the columns below are read and written below it alone.</summary>
    public int Count { get; }

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
    public int Find(int area, int period, int breakdown) =>
        grid is not null ? grid[(((breakdown * Periods.Length) + period) * Areas.Count) + area] : byKey!.GetValueOrDefault(Pack(area, period, breakdown), -1);

    /// <summary>Reads the observations into columns and estimates each (or takes the reason it is withheld, or the estimate the caller has).</summary>
    public static CellColumns Index(
        IndicatorMethod method,
        IReadOnlyDictionary<AreaCode, Area> areas,
        IEnumerable<Observation> observations,
        Func<int, StatisticError?>? withheld,
        Func<int, StatisticResult<Estimate>?>? estimated)
    {
        // The columns are rented (Scratch) and given back by Release: grown, if the count is not known at first, by
        // renting larger ones.
        int capacity = observations.TryGetNonEnumeratedCount(out int known) ? known : 0;
        Observation[] kept = Scratch.Rent<Observation>(capacity);
        int[] sourceIndexes = Scratch.Rent<int>(capacity);
        StatisticResult<Estimate>[] results = Scratch.Rent<StatisticResult<Estimate>>(capacity);
        int[] areaIds = Scratch.Rent<int>(capacity);
        int[] periodIds = Scratch.Rent<int>(capacity);
        int[] breakdownIds = Scratch.Rent<int>(capacity);
        int count = 0;

        Dictionary<AreaCode, int> areaIdOf = [];
        List<Area> areaList = [];
        Dictionary<Period, int> periodIdOf = [];
        List<Period> periods = [];

        // Most callers share one Breakdown object per key (the store interns them), so a lookup by reference comes first.
        Dictionary<Breakdown, int> breakdownByReference = new(ReferenceEqualityComparer.Instance);
        Dictionary<string, int> breakdownIdOf = new(StringComparer.Ordinal);

        // Observations come in runs of one area and one breakdown (the store shares their texts and objects): the last
        // ones are checked by reference before any dictionary.
        string? lastArea = null;
        int lastAreaId = -1;
        Breakdown? lastBreakdown = null;
        int lastBreakdownId = -1;
        StatisticError? lastWithheld = null;
        StatisticResult<Estimate>? lastWithheldResult = null;
        PoissonIntervalMemo poissonLimits = new();
        int index = -1;
        foreach (Observation observation in observations)
        {
            index++;
            if (observation.Indicator != method.Id)
            {
                throw new ArgumentException($"Observation of {observation.Indicator} given for {method.Id}.", nameof(observations));
            }

            if (!ReferenceEquals(observation.Area.Value, lastArea))
            {
                ref int areaId = ref CollectionsMarshal.GetValueRefOrAddDefault(areaIdOf, observation.Area, out bool areaKnown);
                if (!areaKnown)
                {
                    // Unknown areas are skipped; -1 remembers that for their other observations.
                    areaId = areas.TryGetValue(observation.Area, out Area? area) ? areaList.Count : -1;
                    if (area is not null)
                    {
                        areaList.Add(area);
                    }
                }

                lastArea = observation.Area.Value;
                lastAreaId = areaId;
            }

            if (lastAreaId < 0)
            {
                continue;
            }

            int cellArea = lastAreaId;
            ref int periodId = ref CollectionsMarshal.GetValueRefOrAddDefault(periodIdOf, observation.Period, out bool periodKnown);
            if (!periodKnown)
            {
                periodId = periods.Count;
                periods.Add(observation.Period);
            }

            int cellPeriod = periodId;
            if (!ReferenceEquals(observation.Breakdown, lastBreakdown))
            {
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

                lastBreakdown = observation.Breakdown;
                lastBreakdownId = breakdownId;
            }

            int cellBreakdown = lastBreakdownId;
            if (cellArea >= MaxAreas || cellPeriod >= MaxKeys || cellBreakdown >= MaxKeys)
            {
                throw new ArgumentException($"{method.Id} has more than {MaxAreas} areas, {MaxKeys} periods or {MaxKeys} breakdowns, more than one compute can key.", nameof(observations));
            }

            if (count == kept.Length)
            {
                int grown = Math.Max(16, 2 * count);
                Grow(ref kept, count, grown);
                Grow(ref sourceIndexes, count, grown);
                Grow(ref results, count, grown);
                Grow(ref areaIds, count, grown);
                Grow(ref periodIds, count, grown);
                Grow(ref breakdownIds, count, grown);
            }

            StatisticResult<Estimate> estimate;
            if (withheld?.Invoke(index) is { } reason)
            {
                // Withheld cells share their reason, so they share its (immutable) result too.
                if (!ReferenceEquals(reason, lastWithheld))
                {
                    lastWithheld = reason;
                    lastWithheldResult = StatisticResult<Estimate>.Failure(reason);
                }

                estimate = lastWithheldResult!;
            }
            else
            {
                estimate = estimated?.Invoke(index) ?? CellEstimator.Estimate(observation, method, poissonLimits);
            }

            results[count] = estimate;
            kept[count] = observation;
            sourceIndexes[count] = index;
            areaIds[count] = cellArea;
            periodIds[count] = cellPeriod;
            breakdownIds[count] = cellBreakdown;
            count++;
        }

        return new CellColumns(
            method,
            count,
            kept,
            sourceIndexes,
            results,
            areaIds,
            periodIds,
            breakdownIds,
            areaList,
            [.. periods],
            breakdownIdOf.Count,
            areas,
            areaIdOf);
    }

    /// <summary>Gives the columns back to the pool (<see cref="Scratch"/>); the columns are not used after.</summary>
    public void Release()
    {
        Scratch.Return(Observations);
        Scratch.Return(SourceIndexes);
        Scratch.Return(Results);
        Scratch.Return(AreaIds);
        Scratch.Return(PeriodIds);
        Scratch.Return(BreakdownIds);
        if (grid is not null)
        {
            Scratch.Return(grid);
        }
    }

    /// <summary>Replaces a rented column by a larger rented one with its first <paramref name="count"/> entries.</summary>
    private static void Grow<T>(ref T[] column, int count, int length)
    {
        T[] grown = Scratch.Rent<T>(length);
        Array.Copy(column, grown, count);
        Scratch.Return(column);
        column = grown;
    }

    /// <summary>
    /// Each cell's position by its area, period and breakdown indexes: an array over every combination when that is at
    /// most a few times the cells (the usual, nearly full table), else a dictionary of packed keys.
    /// </summary>
    /// <exception cref="ArgumentException">Two observations for one key: a bug in the caller.</exception>
    private static (int[]? Grid, Dictionary<long, int>? ByKey) Positions(
        IndicatorMethod method,
        int count,
        Observation[] observations,
        int[] areaIds,
        int[] periodIds,
        int[] breakdownIds,
        int areaCount,
        int periodCount,
        int breakdownCount)
    {
        long size = (long)areaCount * periodCount * breakdownCount;
        if (size <= (4L * count) + 4096)
        {
            // Rented (Scratch), given back by Release; only its first size entries are used.
            int[] grid = Scratch.Rent<int>((int)size);
            Array.Fill(grid, -1, 0, (int)size);
            for (int cell = 0; cell < count; cell++)
            {
                ref int slot = ref grid[(((breakdownIds[cell] * periodCount) + periodIds[cell]) * areaCount) + areaIds[cell]];
                if (slot >= 0)
                {
                    throw Twice(method, observations[cell], nameof(observations));
                }

                slot = cell;
            }

            return (grid, null);
        }

        Dictionary<long, int> byKey = new(count);
        for (int cell = 0; cell < count; cell++)
        {
            if (!byKey.TryAdd(Pack(areaIds[cell], periodIds[cell], breakdownIds[cell]), cell))
            {
                throw Twice(method, observations[cell], nameof(observations));
            }
        }

        return (null, byKey);
    }

    private static ArgumentException Twice(IndicatorMethod method, Observation observation, string parameter) =>
        new($"Two observations of {method.Id} for {observation.Area} {observation.Period} {observation.Breakdown.Key}.", parameter);

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
