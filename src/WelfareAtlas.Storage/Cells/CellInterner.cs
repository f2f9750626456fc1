using WelfareAtlas.ProfileCells;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// One instance of each repeated text and comparison among the cells read into a <see cref="CellSnapshot"/>: area
/// codes, breakdown keys and reasons repeat on thousands of cells, and all areas of a level share their comparison
/// with the city. Kept cells then cost memory for what differs between them. Not thread-safe: one per read.
/// </summary>
internal sealed class CellInterner
{
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<CellComparison, CellComparison> comparisons = [];

    /// <summary>The instance equal to <paramref name="text"/> read first.</summary>
    public string Share(string text)
    {
        if (texts.TryGetValue(text, out string? kept))
        {
            return kept;
        }

        texts[text] = text;
        return text;
    }

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
