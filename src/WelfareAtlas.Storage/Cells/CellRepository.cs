using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Trends;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Cells;

/// <summary>Reads the cells the last compute runs wrote (<see cref="ComputeRunner"/>), as one audience may see them.</summary>
/// <remarks>
/// Every read names its <see cref="Audience"/>: the public reads the cells computed from what disclosure control
/// publishes (hidden cells without numbers; no figure computed from them), analysts the cells of every number, each
/// with the state the public sees. This is the one place outputs get cells from, so none can forget the protection.
/// Every read decodes the blocks of whole indicators (<see cref="CellBlock"/>) and keeps what it asks for in .NET; pages
/// and the API read through <see cref="CellSnapshot"/>, which keeps each indicator's cells once per compute run.
/// </remarks>
/// <param name="dataSource">The store's connections.</param>
public sealed partial class CellRepository(DbDataSource dataSource)
{
    /// <summary>Every cell of <paramref name="area"/> for <paramref name="indicators"/>, all periods, oldest first; one breakdown, or all when <paramref name="breakdown"/> is <see langword="null"/>.</summary>
    public async Task<IReadOnlyList<StoredCell>> ListForAreaAsync(Audience audience, AreaCode area, IReadOnlyCollection<IndicatorId> indicators, string? breakdown, CancellationToken cancellationToken = default)
    {
        if (indicators.Count == 0)
        {
            return [];
        }

        return Sorted(
            (await ReadAsync(
                audience,
                indicators,
                (cells, i, keys) => keys.Text(cells.Key(CellBlock.Column.AreaKey, i)) == area.Value
                    && (breakdown is null || keys.Text(cells.Key(CellBlock.Column.BreakdownKey, i)) == breakdown),
                null,
                cancellationToken)).Cells,
            cell => cell.Indicator.Value,
            cell => cell.Breakdown);
    }

    /// <summary>The cells of one indicator for the areas of one type, one period and one breakdown, by area code.</summary>
    public async Task<IReadOnlyList<StoredCell>> ListAsync(Audience audience, IndicatorId indicator, AreaType type, Period period, string breakdown, CancellationToken cancellationToken = default)
    {
        string typeSlug = type.ToSlug();
        return Sorted(
            (await ReadAsync(
                audience,
                [indicator],
                (cells, i, keys) => keys.Period(cells.Key(CellBlock.Column.PeriodKey, i)) == period
                    && keys.Text(cells.Key(CellBlock.Column.BreakdownKey, i)) == breakdown
                    && keys.Text(cells.Key(CellBlock.Column.AreaTypeKey, i)) == typeSlug,
                null,
                cancellationToken)).Cells,
            cell => cell.Area.Value);
    }

    /// <summary>Every cell of one indicator for the given areas and one breakdown, all periods, oldest first: trend charts.</summary>
    public async Task<IReadOnlyList<StoredCell>> ListSeriesAsync(Audience audience, IndicatorId indicator, IReadOnlyCollection<AreaCode> areas, string breakdown, CancellationToken cancellationToken = default)
    {
        if (areas.Count == 0)
        {
            return [];
        }

        HashSet<string> codes = [.. areas.Select(a => a.Value)];
        return Sorted(
            (await ReadAsync(
                audience,
                [indicator],
                (cells, i, keys) => keys.Text(cells.Key(CellBlock.Column.BreakdownKey, i)) == breakdown
                    && codes.Contains(keys.Text(cells.Key(CellBlock.Column.AreaKey, i))),
                null,
                cancellationToken)).Cells,
            cell => cell.Area.Value);
    }

    /// <summary>Every cell of one indicator: all areas, periods and breakdowns, by area, breakdown and period (forecasts and the situational picture).</summary>
    public async Task<IReadOnlyList<StoredCell>> ListIndicatorAsync(Audience audience, IndicatorId indicator, CancellationToken cancellationToken = default) =>
        Sorted(
            (await ReadAsync(audience, [indicator], null, null, cancellationToken)).Cells,
            cell => cell.Area.Value,
            cell => cell.Breakdown);

    /// <summary>The cells of one indicator for one area and period in every breakdown: the breakdowns by sex and age.</summary>
    public async Task<IReadOnlyList<StoredCell>> ListBreakdownsAsync(Audience audience, IndicatorId indicator, AreaCode area, Period period, CancellationToken cancellationToken = default) =>
        Sorted(
            (await ReadAsync(
                audience,
                [indicator],
                (cells, i, keys) => keys.Period(cells.Key(CellBlock.Column.PeriodKey, i)) == period
                    && keys.Text(cells.Key(CellBlock.Column.AreaKey, i)) == area.Value,
                null,
                cancellationToken)).Cells,
            cell => cell.Breakdown);

    /// <summary>Which area types, periods and breakdowns an indicator has cells for, as <paramref name="audience"/> sees them, with how many have a value.</summary>
    public async Task<IReadOnlyList<CellAvailability>> ListAvailabilityAsync(IndicatorId indicator, Audience audience, CancellationToken cancellationToken = default)
    {
        // The audience's cells: those for everyone and its own (an embargoed batch is in analysts' cells only).
        List<StoredBlock> blocks = [];
        (CellDictionary keys, _) = await ReadBlocksAsync(audience, [indicator], blocks, cancellationToken);
        Dictionary<(int Type, int Period, int Breakdown), (int Cells, int Values)> levels = [];
        foreach (StoredBlock block in blocks)
        {
            CellBlock.Cells cells = block.Decode();
            for (int i = 0; i < cells.Count; i++)
            {
                (int, int, int) level = (cells.Key(CellBlock.Column.AreaTypeKey, i), cells.Key(CellBlock.Column.PeriodKey, i), cells.Key(CellBlock.Column.BreakdownKey, i));
                (int count, int values) = levels.GetValueOrDefault(level);
                levels[level] = (count + 1, values + (cells.Number(CellBlock.Column.Value, i) is null ? 0 : 1));
            }
        }

        return [.. levels
            .Select(l => new CellAvailability(keys.AreaType(l.Key.Type), keys.Period(l.Key.Period), keys.Text(l.Key.Breakdown), l.Value.Cells, l.Value.Values))
            .OrderBy(a => a.AreaType.ToSlug(), StringComparer.Ordinal)
            .ThenBy(a => a.Period.Start)
            .ThenBy(a => a.Breakdown, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every cell the store has, of every indicator and audience, with the run and audience (<c>all</c>, <c>analyst</c>
    /// or <c>public</c>) each was computed in and for, in no particular order: for checks and tests that compare whole stores.
    /// </summary>
    public async Task<IReadOnlyList<(long RunId, string Audience, StoredCell Cell)>> ListEveryCellAsync(CancellationToken cancellationToken = default)
    {
        List<StoredBlock> blocks = [];
        (CellDictionary keys, _) = await ReadBlocksAsync(null, null, blocks, cancellationToken);
        return [.. CellsOf(blocks, keys, null, null).Select(c => (c.Block.RunId, c.Block.Audience, c.Cell))];
    }

    /// <summary>
    /// The cells of <paramref name="indicators"/> that <paramref name="audience"/> reads (those for everyone and those
    /// for it) and that <paramref name="keep"/> keeps (every one without it); and whether the indicators have cells of
    /// either audience of their own, asked in the same statement.
    /// </summary>
    private async Task<(List<StoredCell> Cells, bool Split)> ReadAsync(
        Audience audience,
        IReadOnlyCollection<IndicatorId> indicators,
        Func<CellBlock.Cells, int, CellDictionary, bool>? keep,
        CellInterner? comparisons,
        CancellationToken cancellationToken)
    {
        List<StoredBlock> blocks = [];
        (CellDictionary keys, bool split) = await ReadBlocksAsync(audience, indicators, blocks, cancellationToken);
        List<StoredCell> cells = new(keep is null ? blocks.Sum(b => b.Cells) : 0);
        cells.AddRange(CellsOf(blocks, keys, keep, comparisons).Select(c => c.Cell));
        return (cells, split);
    }

    /// <summary>The cells of <paramref name="blocks"/> that <paramref name="keep"/> keeps (every one without it), each with its block.</summary>
    private static IEnumerable<(StoredBlock Block, StoredCell Cell)> CellsOf(
        List<StoredBlock> blocks,
        CellDictionary keys,
        Func<CellBlock.Cells, int, CellDictionary, bool>? keep,
        CellInterner? comparisons)
    {
        foreach (StoredBlock stored in blocks)
        {
            // One block decoded at a time: its columns (about 0.5 MB) are let go before the next.
            CellBlock.Cells block = stored.Decode();
            for (int i = 0; i < block.Count; i++)
            {
                if (keep is null || keep(block, i, keys))
                {
                    yield return (stored, Read(block, i, stored.Indicator, keys, comparisons));
                }
            }
        }
    }

    /// <summary>
    /// The cells in the order of <paramref name="first"/>, then <paramref name="second"/> (ordinal), then the period's
    /// start: the cells are stored by keys, whose numbers say nothing of the order of their texts.
    /// </summary>
    private static List<StoredCell> Sorted(IReadOnlyList<StoredCell> cells, Func<StoredCell, string> first, Func<StoredCell, string>? second = null)
    {
        IOrderedEnumerable<StoredCell> ordered = cells.OrderBy(first, StringComparer.Ordinal);
        if (second is not null)
        {
            ordered = ordered.ThenBy(second, StringComparer.Ordinal);
        }

        return [.. ordered.ThenBy(cell => cell.Period.Start)];
    }

    /// <summary>
    /// Reads into <paramref name="blocks"/> the blocks of <paramref name="indicators"/> (every indicator's when null)
    /// that <paramref name="audience"/> reads (every audience's when null), still compressed, then the keys they use;
    /// and whether the indicators have blocks of either audience of their own (not for everyone), asked in the same
    /// statement: one snapshot of the table, so a compute run committing meanwhile cannot pair one run's answer with
    /// another run's cells.
    /// </summary>
    private async Task<(CellDictionary Keys, bool Split)> ReadBlocksAsync(
        Audience? audience,
        IReadOnlyCollection<IndicatorId>? indicators,
        List<StoredBlock> blocks,
        CancellationToken cancellationToken)
    {
        bool split = false;
        // The data only of the blocks the audience reads; the others' rows still say whether the indicator is split.
        string data = audience is null ? "b.data" : $"CASE WHEN audience.text IN ('{ComputeRunner.AllAudiences}', $audience) THEN b.data END";
        DynamicParameters parameters = new();
        if (audience is { } reading)
        {
            parameters.Add("audience", Slug(reading));
        }

        if (indicators is not null)
        {
            parameters.Add("ids", indicators.Select(i => i.Value).ToArray());
        }

        await using (DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (DbDataReader reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"""
            SELECT b.run_id, audience.text, i.indicator_id, b.part, b.cells, b.format, b.raw_length, {data}
            FROM cell_blocks b
            JOIN cell_texts audience ON audience.text_key = b.audience_key
            JOIN observation_indicators i ON i.indicator_key = b.indicator_key
            {(indicators is null ? string.Empty : "WHERE i.indicator_id IN $ids")}
            """,
            parameters,
            cancellationToken: cancellationToken)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                StoredBlock block = new(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    IndicatorId.Parse(reader.GetString(2)),
                    reader.GetInt32(3),
                    reader.GetInt32(4),
                    reader.GetInt32(5),
                    reader.GetInt32(6),
                    reader.IsDBNull(7) ? null : Blobs.ToArray(reader.GetValue(7)));
                split |= block.Audience != ComputeRunner.AllAudiences;
                if (block.Data is not null)
                {
                    blocks.Add(block);
                }
            }
        }

        // Read after the blocks: keys are never renumbered and a run saves its texts before it commits the blocks using them.
        return (await CellDictionary.ReadAsync(dataSource, cancellationToken), split);
    }

    /// <summary>Cell <paramref name="i"/> of a block, its keys turned into what they stand for; with <paramref name="comparisons"/>, the cell shares its comparisons with the cells read before it.</summary>
    private static StoredCell Read(CellBlock.Cells b, int i, IndicatorId indicator, CellDictionary keys, CellInterner? comparisons)
    {
        Estimate? estimate = b.Number(CellBlock.Column.Value, i) is { } value
            ? new Estimate(
                value,
                IntervalOf(b, CellBlock.Column.Lower95, i),
                IntervalOf(b, CellBlock.Column.Lower998, i),
                CellSlugs.ParseIntervalMethod(keys.TextOrNull(b.Integer(CellBlock.Column.IntervalMethodKey, i)) ?? "none"))
            : null;
        string state = keys.Text(b.Key(CellBlock.Column.DisclosureKey, i));
        string reason = keys.Text(b.Key(CellBlock.Column.DisclosureReasonKey, i));
        return new StoredCell(
            indicator,
            keys.Area(b.Key(CellBlock.Column.AreaKey, i)),
            keys.AreaType(b.Key(CellBlock.Column.AreaTypeKey, i)),
            keys.Period(b.Key(CellBlock.Column.PeriodKey, i)),
            keys.Text(b.Key(CellBlock.Column.BreakdownKey, i)),
            b.Integer(CellBlock.Column.BatchId, i) ?? throw new StoreException($"A cell of {indicator.Value} in the store has no batch."),
            keys.TextOrNull(b.Integer(CellBlock.Column.DerivationKey, i)),
            b.Number(CellBlock.Column.Numerator, i),
            b.Number(CellBlock.Column.Denominator, i),
            estimate,
            keys.TextOrNull(b.Integer(CellBlock.Column.NoValueKindKey, i)),
            keys.TextOrNull(b.Integer(CellBlock.Column.NoValueReasonKey, i)),
            Comparison(b, CellBlock.Column.CityKey, i, keys, comparisons),
            Comparison(b, CellBlock.Column.ParentKey, i, keys, comparisons),
            (int?)b.Integer(CellBlock.Column.Quintile, i),
            (int?)b.Integer(CellBlock.Column.Rank, i),
            b.Key(CellBlock.Column.PeerCount, i),
            new TrendResult(
                CellSlugs.ParseTrend(keys.Text(b.Key(CellBlock.Column.TrendKey, i))),
                null,
                b.Number(CellBlock.Column.TrendSlope, i),
                keys.TextOrNull(b.Integer(CellBlock.Column.TrendReasonKey, i))),
            CellStates.TryParse(state, out CellState parsedState) ? parsedState : throw new StoreException($"A cell in the store has an unknown disclosure state '{state}'."),
            SuppressionReasons.TryParse(reason, out SuppressionReason parsedReason) ? parsedReason : throw new StoreException($"A cell in the store has an unknown disclosure reason '{reason}'."));
    }

    /// <summary>The comparison whose benchmark's key is in <paramref name="first"/>, followed by its value, its significance at 95 % and 99.8 % and its reason.</summary>
    private static CellComparison Comparison(CellBlock.Cells b, CellBlock.Column first, int i, CellDictionary keys, CellInterner? comparisons)
    {
        CellComparison comparison = new(
            b.Integer(first, i) is { } benchmark ? keys.Area((int)benchmark) : null,
            b.Number(first + 1, i),
            CellSlugs.ParseSignificance(keys.Text(b.Key(first + 2, i))),
            CellSlugs.ParseSignificance(keys.Text(b.Key(first + 3, i))),
            keys.TextOrNull(b.Integer(first + 4, i)));
        return comparisons is null ? comparison : comparisons.Share(comparison);
    }

    private static Interval? IntervalOf(CellBlock.Cells b, CellBlock.Column lower, int i) =>
        b.Number(lower, i) is { } low && b.Number(lower + 1, i) is { } high ? new Interval(low, high) : null;

    private static string Slug(Audience audience) => audience == Audience.Analyst ? "analyst" : "public";

    /// <summary>A row of <c>cell_blocks</c> as read: its cells still compressed, decoded when they are turned into <see cref="StoredCell"/>s.</summary>
    private sealed record StoredBlock(long RunId, string Audience, IndicatorId Indicator, int Part, int Cells, int Format, int RawLength, byte[]? Data)
    {
        /// <summary>The block's cells.</summary>
        /// <exception cref="StoreException">The block is damaged or of an unknown format, or holds another number of cells than its row says.</exception>
        public CellBlock.Cells Decode()
        {
            string where = string.Create(CultureInfo.InvariantCulture, $"indicator {Indicator.Value} for the audience '{Audience}' (part {Part})");
            CellBlock.Cells cells = CellBlock.Cells.Decode(Data ?? [], RawLength, Format, where);
            return cells.Count == Cells
                ? cells
                : throw new StoreException($"The cells of {where} are damaged: {cells.Count} cells where the block says {Cells}; run `atlas compute` to store them again.");
        }
    }
}
