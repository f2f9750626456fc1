using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Storage.Cells;

/// <summary>Reads an indicator's cells whole, for <see cref="CellSnapshot"/>.</summary>
public sealed partial class CellRepository
{
    /// <summary>
    /// Every cell of <paramref name="indicator"/> as <paramref name="audience"/> reads it, indexed; and whether they
    /// are all for everyone (the indicator has no cells of its own for either audience), in which case the other
    /// audience reads the very same cells.
    /// </summary>
    public async Task<(IndicatorCellSet Cells, bool ForEveryone)> ReadSetAsync(Audience audience, IndicatorId indicator, CancellationToken cancellationToken = default)
    {
        // Whether the indicator has cells of either audience is asked of the whole indicator (ReadBlocksAsync), not of
        // the cells read: under an embargo the public can have no cells while analysts have some. No cells: nothing says
        // the other audience has none too, so the set is not shared.
        (List<StoredCell> cells, bool split) = await ReadAsync(audience, [indicator], null, new CellInterner(), cancellationToken);
        return (new IndicatorCellSet(indicator, cells), cells.Count > 0 && !split);
    }
}
