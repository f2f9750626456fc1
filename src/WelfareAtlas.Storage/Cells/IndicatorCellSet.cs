using System.Collections.Frozen;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// Every cell of one indicator as one audience reads it (<see cref="CellRepository"/>'s cells for everyone and for the
/// audience), indexed in memory for the reads pages and the API make: a level (area type, period, breakdown) and an
/// area's cells are dictionary lookups. Immutable; built by <see cref="CellSnapshot"/> once per compute run.
/// </summary>
/// <remarks>
/// Orders match <see cref="CellRepository"/>'s lists: area codes and breakdown keys ordinally, periods by
/// <see cref="Period.CompareTo"/> (start, then length: the lists' order by start with its ties broken the same way
/// every time).
/// </remarks>
public sealed class IndicatorCellSet
{
    private readonly FrozenDictionary<(AreaType Type, Period Period, string Breakdown), StoredCell[]> levels;
    private readonly FrozenDictionary<AreaCode, StoredCell[]> areas;
    private readonly FrozenDictionary<(AreaType Type, string Breakdown), Period[]> periods;

    /// <summary>Indexes <paramref name="cells"/>, which must all be of <paramref name="indicator"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="cells">Its cells as one audience reads them, in any order.</param>
    public IndicatorCellSet(IndicatorId indicator, IReadOnlyCollection<StoredCell> cells)
    {
        Indicator = indicator;
        Count = cells.Count;
        levels = cells
            .GroupBy(c => (c.AreaType, c.Period, c.Breakdown))
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(c => c.Area.Value, StringComparer.Ordinal).ToArray());
        areas = cells
            .GroupBy(c => c.Area)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(c => c.Breakdown, StringComparer.Ordinal).ThenBy(c => c.Period).ToArray());
        periods = levels.Keys
            .GroupBy(level => (level.Type, level.Breakdown))
            .ToFrozenDictionary(g => g.Key, g => g.Select(level => level.Period).Order().ToArray());
    }

    /// <summary>The indicator.</summary>
    public IndicatorId Indicator { get; }

    /// <summary>How many cells there are.</summary>
    public int Count { get; }

    /// <summary>The cells of the areas of <paramref name="type"/> at one period and breakdown, by area code (<see cref="CellRepository.ListAsync"/>).</summary>
    public IReadOnlyList<StoredCell> Level(AreaType type, Period period, string breakdown) =>
        levels.TryGetValue((type, period, breakdown), out StoredCell[]? cells) ? cells : [];

    /// <summary>
    /// The periods at which areas of <paramref name="type"/> have cells in <paramref name="breakdown"/>, oldest first:
    /// a breakdown can end earlier than the indicator's other breakdowns (an age band delivered until 2022, the others
    /// until 2023), so its latest period is not always the indicator's.
    /// </summary>
    public IReadOnlyList<Period> Periods(AreaType type, string breakdown) =>
        periods.TryGetValue((type, breakdown), out Period[]? found) ? found : [];

    /// <summary>Every cell of <paramref name="area"/>: by breakdown, then period, oldest first (<see cref="CellRepository.ListForAreaAsync"/>).</summary>
    public IReadOnlyList<StoredCell> ForArea(AreaCode area) =>
        areas.TryGetValue(area, out StoredCell[]? cells) ? cells : [];

    /// <summary>The series of <paramref name="area"/> in one breakdown, oldest first.</summary>
    public IReadOnlyList<StoredCell> Series(AreaCode area, string breakdown) =>
        [.. ForArea(area).Where(c => c.Breakdown == breakdown)];

    /// <summary>The cells of <paramref name="area"/> at <paramref name="period"/> in every breakdown, by breakdown (<see cref="CellRepository.ListBreakdownsAsync"/>).</summary>
    public IReadOnlyList<StoredCell> Breakdowns(AreaCode area, Period period) =>
        [.. ForArea(area).Where(c => c.Period == period)];

    /// <summary>The cell of <paramref name="area"/> at one period and breakdown; <see langword="null"/> when there is none.</summary>
    public StoredCell? Find(AreaCode area, Period period, string breakdown) =>
        ForArea(area).FirstOrDefault(c => c.Period == period && c.Breakdown == breakdown);
}
