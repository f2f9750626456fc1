namespace WelfareAtlas.ProfileCells;

/// <summary>
/// Positions grouped by an integer key, as LINQ's <c>GroupBy</c> groups them (groups in the order their first member
/// appears, members in their order), laid out in one array instead of a list per group.
/// </summary>
internal sealed class Groups
{
    private readonly int[] starts;
    private readonly int[] members;

    private Groups(int[] starts, int[] members)
    {
        this.starts = starts;
        this.members = members;
    }

    /// <summary>How many groups.</summary>
    public int Count => starts.Length - 1;

    /// <summary>The positions of group <paramref name="group"/>, ascending.</summary>
    public ReadOnlySpan<int> Members(int group) => members.AsSpan(starts[group], starts[group + 1] - starts[group]);

    /// <summary>Groups the positions 0 to <paramref name="count"/> − 1 by <paramref name="keyOf"/>; a negative key leaves the position out.</summary>
    public static Groups Of(int count, Func<int, long> keyOf)
    {
        int[] groupOf = new int[count];
        Dictionary<long, int> byKey = [];
        List<int> sizes = [];
        int grouped = 0;
        for (int i = 0; i < count; i++)
        {
            long key = keyOf(i);
            if (key < 0)
            {
                groupOf[i] = -1;
                continue;
            }

            if (!byKey.TryGetValue(key, out int group))
            {
                byKey[key] = group = sizes.Count;
                sizes.Add(0);
            }

            groupOf[i] = group;
            sizes[group]++;
            grouped++;
        }

        int[] starts = new int[sizes.Count + 1];
        for (int group = 0; group < sizes.Count; group++)
        {
            starts[group + 1] = starts[group] + sizes[group];
        }

        int[] next = starts[..^1];
        int[] members = new int[grouped];
        for (int i = 0; i < count; i++)
        {
            if (groupOf[i] >= 0)
            {
                members[next[groupOf[i]]++] = i;
            }
        }

        return new Groups(starts, members);
    }
}
