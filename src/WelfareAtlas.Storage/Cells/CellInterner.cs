using WelfareAtlas.ProfileCells;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// One instance of each repeated comparison among the cells read into a <see cref="CellSnapshot"/>: all areas of a
/// level share their comparison with the city, and many share the same reason for not being compared. Kept cells then
/// cost memory for what differs between them. (Their texts, codes and periods are shared by <see cref="CellDictionary"/>,
/// which parses each key once.) Not thread-safe: one per read.
/// </summary>
internal sealed class CellInterner
{
    private readonly Dictionary<CellComparison, CellComparison> comparisons = [];

    /// <summary>The instance equal to <paramref name="comparison"/> read first (comparisons are immutable records).</summary>
    public CellComparison Share(CellComparison comparison)
    {
        if (comparisons.TryGetValue(comparison, out CellComparison? kept))
        {
            return kept;
        }

        comparisons[comparison] = comparison;
        return comparison;
    }
}
