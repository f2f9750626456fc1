using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Disclosure;

/// <summary>
/// An indicator's count cells (<see cref="DisclosureControl.Counts"/>) by integer position in <see cref="CellKey.Order"/>,
/// with each cell's area, period and breakdown as ranks: the working form of <see cref="IndexedRelations"/>, which
/// finds a cell by three integers instead of hashing a <see cref="CellKey"/> (an area code, a period and a breakdown
/// record with its strings) for every lookup.
/// </summary>
/// <remarks>
/// A rank orders its values as <see cref="CellKey.Order"/> does (area codes ordinally, periods by
/// <see cref="Period.CompareTo"/>, breakdowns by their key ordinally), so sorting cells by (area rank, period rank,
/// breakdown rank) gives <see cref="CellKey.Order"/>. Distinct values always get distinct ranks: two periods that compare
/// equal without being equal (which <see cref="CellKey.Order"/> leaves in no defined order) are told apart by their text.
/// </remarks>
internal sealed class CountIndex
{
    /// <summary>A grid of all (area, period, breakdown) ranks holds at most this many slots a cell; a sparser index takes a dictionary.</summary>
    private const int GridSlotsPerCell = 4;

    // The position of each cell by its packed ranks: in a grid over every combination of ranks when that is at most
    // GridSlotsPerCell slots a cell (an indicator's areas, periods and breakdowns are mostly all present), else by key.
    private readonly int[]? grid;
    private readonly Dictionary<long, int>? positions;
    private readonly long periodCount;
    private readonly long breakdownCount;

    private CountIndex(
        CellKey[] keys,
        double?[] values,
        int[] areaOf,
        int[] periodOf,
        int[] breakdownOf,
        Dictionary<AreaCode, int> areaRanks,
        Dictionary<Period, int> periodRanks,
        Dictionary<Breakdown, int> breakdownRanks,
        Breakdown[] breakdowns,
        int[] observationPositions)
    {
        Keys = keys;
        Values = values;
        AreaOf = areaOf;
        PeriodOf = periodOf;
        BreakdownOf = breakdownOf;
        AreaRanks = areaRanks;
        PeriodRanks = periodRanks;
        BreakdownRanks = breakdownRanks;
        Breakdowns = breakdowns;
        ObservationPositions = observationPositions;
        periodCount = periodRanks.Count;
        breakdownCount = breakdownRanks.Count;
        double slots = (double)areaRanks.Count * periodCount * breakdownCount;
        if (slots <= Math.Min(Array.MaxLength, (double)GridSlotsPerCell * Math.Max(keys.Length, 1)))
        {
            grid = new int[(int)slots];
            Array.Fill(grid, -1);
            for (int i = 0; i < keys.Length; i++)
            {
                grid[Pack(areaOf[i], periodOf[i], breakdownOf[i])] = i;
            }

            return;
        }

        positions = new Dictionary<long, int>(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            positions[Pack(areaOf[i], periodOf[i], breakdownOf[i])] = i;
        }
    }

    /// <summary>The count cells in <see cref="CellKey.Order"/>.</summary>
    public CellKey[] Keys { get; }

    /// <summary>The numerator of each cell; null when the source gave none.</summary>
    public double?[] Values { get; }

    /// <summary>The area rank of each cell.</summary>
    public int[] AreaOf { get; }

    /// <summary>The period rank of each cell.</summary>
    public int[] PeriodOf { get; }

    /// <summary>The breakdown rank of each cell.</summary>
    public int[] BreakdownOf { get; }

    /// <summary>The rank of every area that has a count cell.</summary>
    public Dictionary<AreaCode, int> AreaRanks { get; }

    /// <summary>The rank of every period that has a count cell.</summary>
    public Dictionary<Period, int> PeriodRanks { get; }

    /// <summary>The rank of every breakdown that has a count cell.</summary>
    public Dictionary<Breakdown, int> BreakdownRanks { get; }

    /// <summary>The breakdown of each rank.</summary>
    public Breakdown[] Breakdowns { get; }

    /// <summary>For each observation given to <see cref="Of"/>, the position of its cell; −1 when its key is not a count cell.</summary>
    public int[] ObservationPositions { get; }

    /// <summary>How many count cells there are.</summary>
    public int Count => Keys.Length;

    /// <summary>
    /// The count cells of <paramref name="observations"/>; throws as <see cref="DisclosureControl.Counts"/> does when a
    /// count cell appears twice.
    /// </summary>
    public static CountIndex Of(Indicator indicator, IReadOnlyList<Observation> observations)
    {
        // Each count cell's first-seen numbers, found once; the dictionaries then hold the ranks.
        KeyNumbers numbers = new();
        var counted = new List<int>(observations.Count);
        var areaNumbers = new List<int>(observations.Count);
        var periodNumbers = new List<int>(observations.Count);
        var breakdownNumbers = new List<int>(observations.Count);
        for (int i = 0; i < observations.Count; i++)
        {
            Observation observation = observations[i];
            if (!DisclosureControl.IsCount(indicator, observation))
            {
                continue;
            }

            counted.Add(i);
            areaNumbers.Add(numbers.AreaOf(observation.Area));
            periodNumbers.Add(numbers.PeriodOf(observation.Period));
            breakdownNumbers.Add(numbers.BreakdownOf(observation.Breakdown));
        }

        Dictionary<AreaCode, int> areaRanks = numbers.Areas;
        Dictionary<Period, int> periodRanks = numbers.Periods;
        Dictionary<Breakdown, int> breakdownRanks = numbers.Breakdowns;

        // First-seen numbers → ranks in the order of CellKey.Order; ties (distinct but equal in that order) by text,
        // then by first appearance, so that every value keeps a rank of its own.
        (_, int[] areaRankOf) = Ranked(areaRanks, (a, b) => string.CompareOrdinal(a.Value, b.Value));
        (_, int[] periodRankOf) = Ranked(periodRanks, (a, b) =>
        {
            int byOrder = a.CompareTo(b);
            return byOrder != 0 ? byOrder : string.CompareOrdinal(a.ToString(), b.ToString());
        });
        (Breakdown[] breakdowns, int[] breakdownRankOf) = Ranked(breakdownRanks, (a, b) => string.CompareOrdinal(a.Key, b.Key));

        long periodCount = periodRanks.Count;
        long breakdownCount = breakdownRanks.Count;
        long[] order = new long[counted.Count];
        int[] sources = new int[counted.Count];
        for (int k = 0; k < counted.Count; k++)
        {
            order[k] = (((areaRankOf[areaNumbers[k]] * periodCount) + periodRankOf[periodNumbers[k]]) * breakdownCount) + breakdownRankOf[breakdownNumbers[k]];
            sources[k] = k;
        }

        Array.Sort(order, sources);
        var keys = new CellKey[counted.Count];
        var values = new double?[counted.Count];
        int[] areaOf = new int[counted.Count];
        int[] periodOf = new int[counted.Count];
        int[] breakdownOf = new int[counted.Count];
        int[] observationPositions = new int[observations.Count];
        Array.Fill(observationPositions, -1);
        for (int k = 0; k < counted.Count; k++)
        {
            int source = sources[k];
            Observation observation = observations[counted[source]];
            if (k > 0 && order[k] == order[k - 1])
            {
                throw new ArgumentException($"Cell {CellKey.Of(observation)} of '{indicator.Id}' appears twice.", nameof(observations));
            }

            keys[k] = CellKey.Of(observation);
            values[k] = observation.Numerator;
            areaOf[k] = areaRankOf[areaNumbers[source]];
            periodOf[k] = periodRankOf[periodNumbers[source]];
            breakdownOf[k] = breakdownRankOf[breakdownNumbers[source]];
            observationPositions[counted[source]] = k;
        }

        var index = new CountIndex(keys, values, areaOf, periodOf, breakdownOf, areaRanks, periodRanks, breakdownRanks, breakdowns, observationPositions);

        // An observation that is not a count cell (no numerator) finds the count cell of its key, if there is one.
        int next = 0;
        for (int i = 0; i < observations.Count; i++)
        {
            if (next < counted.Count && counted[next] == i)
            {
                next++;
                continue;
            }

            Observation observation = observations[i];
            if (areaRanks.TryGetValue(observation.Area, out int area)
                && periodRanks.TryGetValue(observation.Period, out int period)
                && breakdownRanks.TryGetValue(observation.Breakdown, out int breakdown))
            {
                observationPositions[i] = index.Find(area, period, breakdown);
            }
        }

        return index;
    }

    /// <summary>The position of the cell of the given ranks; −1 when there is none. A negative rank (a value without cells) finds none.</summary>
    public int Find(int area, int period, int breakdown)
    {
        if (area < 0 || period < 0 || breakdown < 0)
        {
            return -1;
        }

        if (grid is not null)
        {
            return grid[Pack(area, period, breakdown)];
        }

        return positions!.TryGetValue(Pack(area, period, breakdown), out int position) ? position : -1;
    }

    private long Pack(int area, int period, int breakdown) => (((area * periodCount) + period) * breakdownCount) + breakdown;

    /// <summary>
    /// Replaces each value's first-seen number by its rank under <paramref name="compare"/>; returns the values by rank
    /// and the rank of each first-seen number.
    /// </summary>
    private static (T[] Ranked, int[] RankOf) Ranked<T>(Dictionary<T, int> numbers, Comparison<T> compare)
        where T : notnull
    {
        T[] values = new T[numbers.Count];
        foreach ((T value, int number) in numbers)
        {
            values[number] = value;
        }

        int[] firstSeen = new int[values.Length];
        for (int i = 0; i < firstSeen.Length; i++)
        {
            firstSeen[i] = i;
        }

        Array.Sort(firstSeen, (a, b) =>
        {
            int byOrder = compare(values[a], values[b]);
            return byOrder != 0 ? byOrder : a.CompareTo(b);
        });
        T[] ranked = new T[values.Length];
        int[] rankOf = new int[values.Length];
        for (int rank = 0; rank < firstSeen.Length; rank++)
        {
            ranked[rank] = values[firstSeen[rank]];
            rankOf[firstSeen[rank]] = rank;
            numbers[ranked[rank]] = rank;
        }

        return (ranked, rankOf);
    }
}
