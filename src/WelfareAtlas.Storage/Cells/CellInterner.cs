using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
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
    private readonly Dictionary<string, AreaCode> areas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Period> periods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndicatorId> indicators = new(StringComparer.Ordinal);

    /// <summary>The indicator id <paramref name="text"/>, parsed once per distinct text.</summary>
    public IndicatorId IndicatorOf(string text)
    {
        if (!indicators.TryGetValue(text, out IndicatorId id))
        {
            id = IndicatorId.Parse(text);
            indicators[text] = id;
        }

        return id;
    }

    /// <summary>The area code <paramref name="text"/>, parsed once per distinct text (a few hundred areas over a quarter of a million cells).</summary>
    public AreaCode AreaOf(string text)
    {
        if (!areas.TryGetValue(text, out AreaCode code))
        {
            code = AreaCode.Parse(text);
            areas[text] = code;
        }

        return code;
    }

    /// <summary>The period <paramref name="text"/>, parsed once per distinct text.</summary>
    public Period PeriodOf(string text)
    {
        if (!periods.TryGetValue(text, out Period period))
        {
            period = Period.Parse(text);
            periods[text] = period;
        }

        return period;
    }

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
