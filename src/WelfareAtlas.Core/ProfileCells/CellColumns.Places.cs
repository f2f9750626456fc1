using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Quantiles;

namespace WelfareAtlas.ProfileCells;

/// <summary>Quintiles and ranks among peers.</summary>
internal sealed partial class CellColumns
{
    private const int Quintiles = 5;

    /// <summary>
    /// Each cell's quintile, rank and peer count among the cells with a value of the same area type, period and
    /// breakdown: one sort of the cells with a value by (group, value descending), then one pass per group.
    /// </summary>
    /// <remarks>The three arrays are rented (<see cref="Scratch"/>): the caller gives them back.</remarks>
    public (int?[] Quintiles, int?[] Ranks, int[] Peers) RankAmongPeers()
    {
        int?[] quintiles = Scratch.Rent<int?>(Count);
        int?[] ranks = Scratch.Rent<int?>(Count);
        int[] peers = Scratch.Rent<int>(Count);
        PeerEntry[] entries = Scratch.Rent<PeerEntry>(Count);
        try
        {
            Rank(entries, quintiles, ranks, peers);
        }
        finally
        {
            Scratch.Return(entries);
        }

        return (quintiles, ranks, peers);
    }

    private void Rank(PeerEntry[] entries, int?[] quintiles, int?[] ranks, int[] peers)
    {
        int withValue = 0;
        for (int cell = 0; cell < Count; cell++)
        {
            if (Results[cell].Value is { } estimate)
            {
                long group = ((long)Areas[AreaIds[cell]].Type << 40) | ((long)PeriodIds[cell] << 20) | (uint)BreakdownIds[cell];
                entries[withValue++] = new PeerEntry(group, estimate.Value, cell);
            }
        }

        PeerEntry[] sorted = entries;
        Array.Sort(sorted, 0, withValue);

        // Only for groups with a NaN value: made at the first.
        double[]? buffer = null;
        int start = 0;
        while (start < withValue)
        {
            int end = start + 1;
            while (end < withValue && sorted[end].Group == sorted[start].Group)
            {
                end++;
            }

            int count = end - start;
            if (double.IsNaN(sorted[end - 1].Value))
            {
                AssignWithQuantileAssigner(sorted, start, count, buffer ??= new double[withValue], quintiles, ranks, peers);
                start = end;
                continue;
            }

            // No value is NaN (NaN sorts last): a cell's quintile follows from its rank, which the sort gives, by
            // QuantileAssigner's formula (ties take the lowest rank; fewer values than quintiles give none).
            double areasPerQuantile = (double)count / Quintiles;
            int rank = 0;
            for (int position = 0; position < count; position++)
            {
                // Ties share the better rank: 1 + how many values are strictly higher.
                if (position == 0 || sorted[start + position].Value < sorted[start + position - 1].Value)
                {
                    rank = position + 1;
                }

                int cell = sorted[start + position].Cell;
                if (count >= Quintiles)
                {
                    double quantile = Math.Floor(Quintiles + 1 - Math.Ceiling((count + 1 - rank) / areasPerQuantile));
                    quintiles[cell] = quantile < 1 ? 1 : (int)quantile;
                }

                ranks[cell] = rank;
                peers[cell] = count;
            }

            start = end;
        }
    }

    /// <summary>Quintiles, ranks and peers of one group of peers (sorted) that has a NaN value, by <see cref="QuantileAssigner"/>.</summary>
    private static void AssignWithQuantileAssigner(PeerEntry[] sorted, int start, int count, double[] buffer, int?[] quintiles, int?[] ranks, int[] peers)
    {
        ArraySegment<double> values = new(buffer, 0, count);
        for (int position = 0; position < count; position++)
        {
            values[position] = sorted[start + position].Value;
        }

        StatisticResult<QuantileAssignment> assignment = QuantileAssigner.Assign(values, Quintiles);
        int rank = 0;
        for (int position = 0; position < count; position++)
        {
            // Ties share the better rank: 1 + how many values are strictly higher.
            if (position == 0 || values[position] < values[position - 1])
            {
                rank = position + 1;
            }

            int cell = sorted[start + position].Cell;
            quintiles[cell] = assignment.IsSuccess ? assignment.Value.Quantiles[position] : null;
            ranks[cell] = rank;
            peers[cell] = count;
        }
    }

    /// <summary>A cell with a value, ordered by its peer group, then by value from the highest (as <see cref="Comparer{T}.Default"/> orders doubles), then by position.</summary>
    private readonly record struct PeerEntry(long Group, double Value, int Cell) : IComparable<PeerEntry>
    {
        public int CompareTo(PeerEntry other)
        {
            int byGroup = Group.CompareTo(other.Group);
            if (byGroup != 0)
            {
                return byGroup;
            }

            int byValue = other.Value.CompareTo(Value);
            return byValue != 0 ? byValue : Cell.CompareTo(other.Cell);
        }
    }
}
