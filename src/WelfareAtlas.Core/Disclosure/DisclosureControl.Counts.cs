using System.Collections;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Disclosure;

/// <summary>The count cells of an indicator's observations, and the check that none is given twice.</summary>
public static partial class DisclosureControl
{
    /// <summary>The most bits a count cell the check for repeated cells spends on a grid of all keys before it takes a set instead.</summary>
    private const int GridBitsPerCell = 64;

    /// <summary>The count cells of <paramref name="observations"/>: numerator by cell, null for a cell the source did not give.</summary>
    public static IReadOnlyDictionary<CellKey, double?> Counts(Indicator indicator, IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(observations);
        var counts = new Dictionary<CellKey, double?>();
        foreach (Observation observation in observations)
        {
            if (IsCount(indicator, observation) && !counts.TryAdd(CellKey.Of(observation), observation.Numerator))
            {
                throw new ArgumentException($"Cell {CellKey.Of(observation)} of '{indicator.Id}' appears twice.", nameof(observations));
            }
        }

        return counts;
    }

    /// <summary>
    /// Throws as <see cref="Counts"/> does when a count cell appears twice (the first repeat named), without building the
    /// dictionary of counts: cells are told apart by the numbers of their area, period and breakdown.
    /// </summary>
    /// <remarks>
    /// The numbers are found first and the cells then checked in the same order, so the first repeat is the one a set
    /// filled in observation order meets. The check is one bit per (area, period, breakdown) when that grid is at most
    /// <see cref="GridBitsPerCell"/> bits a cell (every indicator of the demos: areas × periods × breakdowns of one
    /// indicator are mostly present), else a set of the three numbers.
    /// </remarks>
    private static void CheckEachCountOnce(Indicator indicator, IReadOnlyList<Observation> observations)
    {
        KeyNumbers numbers = new();
        int[] areaOf = new int[observations.Count];
        int[] periodOf = new int[observations.Count];
        int[] breakdownOf = new int[observations.Count];
        bool[] isCount = new bool[observations.Count];
        int counts = 0;
        for (int i = 0; i < observations.Count; i++)
        {
            Observation observation = observations[i];
            if (IsCount(indicator, observation))
            {
                isCount[i] = true;
                areaOf[i] = numbers.AreaOf(observation.Area);
                periodOf[i] = numbers.PeriodOf(observation.Period);
                breakdownOf[i] = numbers.BreakdownOf(observation.Breakdown);
                counts++;
            }
        }

        long periods = numbers.Periods.Count;
        long breakdowns = numbers.Breakdowns.Count;
        double grid = (double)numbers.Areas.Count * periods * breakdowns;
        if (grid <= Math.Min(int.MaxValue, (double)GridBitsPerCell * Math.Max(counts, 1)))
        {
            var seen = new BitArray(numbers.Areas.Count * (int)periods * (int)breakdowns);
            for (int i = 0; i < observations.Count; i++)
            {
                if (!isCount[i])
                {
                    continue;
                }

                int cell = (int)((((areaOf[i] * periods) + periodOf[i]) * breakdowns) + breakdownOf[i]);
                if (seen[cell])
                {
                    throw RepeatedCount(indicator, observations, i);
                }

                seen[cell] = true;
            }

            return;
        }

        HashSet<(int, int, int)> seenKeys = new(counts);
        for (int i = 0; i < observations.Count; i++)
        {
            if (isCount[i] && !seenKeys.Add((areaOf[i], periodOf[i], breakdownOf[i])))
            {
                throw RepeatedCount(indicator, observations, i);
            }
        }
    }

    private static ArgumentException RepeatedCount(Indicator indicator, IReadOnlyList<Observation> observations, int i) =>
        new($"Cell {CellKey.Of(observations[i])} of '{indicator.Id}' appears twice.", nameof(observations));
}
