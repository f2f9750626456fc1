using WelfareAtlas.Observations;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics;
using WelfareAtlas.Storage.Cells;

namespace WelfareAtlas.Storage.Situation;

/// <summary>Stored cells as the statistics read them (<see cref="IndicatorCell"/>): forecasts and the situational picture are computed from what the store holds.</summary>
public static class SituationCells
{
    /// <summary>The cell as computed; <see cref="IndicatorCell.SourceIndex"/> is the cell's position in <paramref name="cells"/>.</summary>
    /// <exception cref="StoreException">A stored breakdown key cannot be read.</exception>
    public static IReadOnlyList<IndicatorCell> ToIndicatorCells(IReadOnlyList<StoredCell> cells)
    {
        Dictionary<string, Breakdown> breakdowns = new(StringComparer.Ordinal);
        List<IndicatorCell> result = new(cells.Count);
        for (int i = 0; i < cells.Count; i++)
        {
            StoredCell cell = cells[i];
            if (!breakdowns.TryGetValue(cell.Breakdown, out Breakdown? breakdown))
            {
                breakdown = Breakdown.TryParseKey(cell.Breakdown, out Breakdown parsed, out string? error)
                    ? parsed
                    : throw new StoreException($"A cell in the store has an unreadable breakdown '{cell.Breakdown}': {error}");
                breakdowns[cell.Breakdown] = breakdown;
            }

            result.Add(new IndicatorCell(
                cell.Indicator,
                cell.Area,
                cell.AreaType,
                cell.Period,
                breakdown,
                cell.Numerator,
                cell.Denominator,
                cell.Estimate,
                cell.Estimate is null ? NoValue(cell) : null,
                cell.VersusCity,
                cell.VersusParent,
                cell.Quintile,
                cell.Rank,
                cell.PeerCount,
                cell.Trend,
                i));
        }

        return result;
    }

    private static StatisticError NoValue(StoredCell cell) => cell.NoValueKind switch
    {
        "suppressed" => StatisticError.Suppressed(cell.NoValueReason ?? "suppressed"),
        "invalid" => StatisticError.InvalidInput(cell.NoValueReason ?? "invalid"),
        _ => StatisticError.MissingValue(cell.NoValueReason ?? "missing"),
    };
}
