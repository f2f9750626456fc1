using WelfareAtlas.Observations;

namespace WelfareAtlas.ProfileCells;

/// <summary>
/// Splits an indicator's observations into parts of whole breakdowns, so that <see cref="CellCalculator"/> can compute
/// a large indicator a part at a time with the same cells as all at once.
/// </summary>
/// <remarks>
/// A cell depends only on cells of its own breakdown: its benchmarks (the city and the parent) are the same
/// breakdown's, its peers are areas of the same type, period and breakdown, and its trend is the same area's and
/// breakdown's series. So a part that holds every observation of its breakdowns, in their original order, gives each
/// of them the cell the whole indicator gives it (tested against the whole). A part holds at most a given number of
/// observations, unless one breakdown alone has more; breakdowns join parts in the order they first appear.
/// </remarks>
public static class BreakdownParts
{
    /// <summary>
    /// The positions of <paramref name="observations"/> by part: each part whole breakdowns, its positions ascending;
    /// every position in exactly one part; no part when there are no observations.
    /// </summary>
    /// <param name="observations">The indicator's observations.</param>
    /// <param name="maximum">How many observations a part may hold (at least 1), unless one breakdown has more.</param>
    public static IReadOnlyList<int[]> Of(IReadOnlyList<Observation> observations, int maximum)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        if (observations.Count <= maximum)
        {
            return observations.Count == 0 ? [] : [[.. Enumerable.Range(0, observations.Count)]];
        }

        Dictionary<string, List<int>> byBreakdown = new(StringComparer.Ordinal);
        List<List<int>> inOrder = [];
        for (int i = 0; i < observations.Count; i++)
        {
            string key = observations[i].Breakdown.Key;
            if (!byBreakdown.TryGetValue(key, out List<int>? positions))
            {
                byBreakdown[key] = positions = [];
                inOrder.Add(positions);
            }

            positions.Add(i);
        }

        List<int[]> parts = [];
        List<int> current = [];
        foreach (List<int> breakdown in inOrder)
        {
            if (current.Count > 0 && current.Count + breakdown.Count > maximum)
            {
                parts.Add(Sorted(current));
                current = [];
            }

            current.AddRange(breakdown);
        }

        parts.Add(Sorted(current));
        return parts;
    }

    private static int[] Sorted(List<int> positions)
    {
        int[] sorted = [.. positions];
        Array.Sort(sorted);
        return sorted;
    }
}
