namespace WelfareAtlas.Observations;

/// <summary>
/// The order a reader expects an indicator's breakdowns in: the total first; then by sex (both sexes, women, men); within
/// each, age bands from the youngest (all ages first); then a free dimension's categories by name. Breakdown keys in text
/// order put "aged 18–29" before "aged 7–17".
/// </summary>
/// <remarks>Keys (<see cref="Breakdown.Key"/>) that do not parse come after those that do, in ordinal order.</remarks>
public sealed class BreakdownOrder : IComparer<Breakdown>, IComparer<string>
{
    private BreakdownOrder()
    {
    }

    /// <summary>The one comparer.</summary>
    public static BreakdownOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(Breakdown? x, Breakdown? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int bySex = x.Sex.CompareTo(y.Sex);
        if (bySex != 0)
        {
            return bySex;
        }

        int byAge = AgeOrder(x.Age).CompareTo(AgeOrder(y.Age));
        if (byAge != 0)
        {
            return byAge;
        }

        // The total (no dimension) before a dimension's categories.
        if ((x.Dimension is null) != (y.Dimension is null))
        {
            return x.Dimension is null ? -1 : 1;
        }

        int byDimension = string.CompareOrdinal(x.Dimension, y.Dimension);
        return byDimension != 0 ? byDimension : string.CompareOrdinal(x.Category, y.Category);
    }

    /// <summary>Compares two breakdown keys by the breakdowns they name.</summary>
    public int Compare(string? x, string? y)
    {
        bool xParses = Breakdown.TryParseKey(x, out Breakdown bx, out _);
        bool yParses = Breakdown.TryParseKey(y, out Breakdown by, out _);
        if (xParses != yParses)
        {
            return xParses ? -1 : 1;
        }

        int order = xParses ? Compare(bx, by) : 0;
        return order != 0 ? order : string.CompareOrdinal(x, y);
    }

    /// <summary>All ages first, then bands by their first year of age and, among those, the narrower first.</summary>
    private static (int All, int From, int To) AgeOrder(AgeBand age) => (age.IsAll ? 0 : 1, age.From, age.To ?? int.MaxValue);
}
