namespace WelfareAtlas.Areas;

/// <summary>Where an area stands in the hierarchy: the chain of its parents up to the city.</summary>
public static class AreaChains
{
    /// <summary>
    /// The top of <paramref name="code"/>'s chain of parents (the city, or the area itself when it has no parent); a parent
    /// missing from <paramref name="areas"/> ends the chain at the last one known.
    /// </summary>
    /// <param name="code">The area.</param>
    /// <param name="areas">Every known area by code.</param>
    public static AreaCode RootOf(AreaCode code, IReadOnlyDictionary<AreaCode, Area> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        AreaCode root = code;
        // Bounded by the number of areas, so a cycle in bad data ends.
        for (int steps = 0; steps <= areas.Count && areas.TryGetValue(root, out Area? area) && area.Parent is { } parent; steps++)
        {
            root = parent;
        }

        return root;
    }

    /// <summary>Whether <paramref name="code"/> is <paramref name="within"/> or lies inside it (some parent of it is).</summary>
    /// <param name="code">The area.</param>
    /// <param name="within">The enclosing area.</param>
    /// <param name="areas">Every known area by code.</param>
    public static bool IsWithin(AreaCode code, AreaCode within, IReadOnlyDictionary<AreaCode, Area> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        AreaCode? current = code;
        for (int steps = 0; steps <= areas.Count && current is { } at; steps++)
        {
            if (at == within)
            {
                return true;
            }

            current = areas.TryGetValue(at, out Area? area) ? area.Parent : null;
        }

        return false;
    }
}
