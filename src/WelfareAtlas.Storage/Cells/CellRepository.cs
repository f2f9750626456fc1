using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.Storage.Cells;

/// <summary>Reads the cells the last compute runs wrote (<see cref="ComputeRunner"/>), as one audience may see them.</summary>
/// <remarks>
/// Every read names its <see cref="Audience"/>: the public reads the cells computed from what disclosure control
/// publishes (hidden cells without numbers; no figure computed from them), analysts the cells of every number, each
/// with the state the public sees. This is the one place outputs get cells from, so none can forget the protection.
/// </remarks>
/// <param name="dataSource">The store's connections.</param>
public sealed partial class CellRepository(DbDataSource dataSource)
{
    // The columns of cell_rows in the order Read takes them: keys where the view indicator_cells has texts.
    private const string Columns =
        """
        indicator_key, area_key, area_type_key, period_key, breakdown_key, batch_id, derivation_key, numerator, denominator, value,
        lower95, upper95, lower998, upper998, interval_method_key, no_value_kind_key, no_value_reason_key,
        city_key, city_value, city95_key, city998_key, city_reason_key, parent_key, parent_value, parent95_key, parent998_key, parent_reason_key,
        quintile, rank, peer_count, trend_key, trend_slope, trend_reason_key, disclosure_key, disclosure_reason_key
        """;

    /// <summary>The cells an audience reads: those for everyone and those for it.</summary>
    private const string ForAudience = "audience_key IN (SELECT text_key FROM cell_texts WHERE text IN ('all', $audience))";

    /// <summary>One indicator's rows, by the key of its id.</summary>
    private const string OfIndicator = "indicator_key = (SELECT indicator_key FROM observation_indicators WHERE indicator_id = $indicator)";

    /// <summary>Every cell of <paramref name="area"/> for <paramref name="indicators"/>, all periods, oldest first; one breakdown, or all when <paramref name="breakdown"/> is <see langword="null"/>.</summary>
    public async Task<IReadOnlyList<StoredCell>> ListForAreaAsync(Audience audience, AreaCode area, IReadOnlyCollection<IndicatorId> indicators, string? breakdown, CancellationToken cancellationToken = default)
    {
        if (indicators.Count == 0)
        {
            return [];
        }

        return Sorted(
            await QueryAsync(
                $"""
                SELECT {Columns} FROM cell_rows
                WHERE {ForAudience} AND area_key = (SELECT text_key FROM cell_texts WHERE text = $area)
                  AND ($breakdown IS NULL OR breakdown_key = (SELECT text_key FROM cell_texts WHERE text = $breakdown))
                  AND indicator_key IN (SELECT indicator_key FROM observation_indicators WHERE indicator_id IN $ids)
                """,
                new { audience = Slug(audience), area = area.Value, breakdown, ids = indicators.Select(i => i.Value).ToArray() },
                cancellationToken),
            cell => cell.Indicator.Value,
            cell => cell.Breakdown);
    }

    /// <summary>The cells of one indicator for the areas of one type, one period and one breakdown, by area code.</summary>
    public async Task<IReadOnlyList<StoredCell>> ListAsync(Audience audience, IndicatorId indicator, AreaType type, Period period, string breakdown, CancellationToken cancellationToken = default) =>
        Sorted(
            await QueryAsync(
                $"""
                SELECT {Columns} FROM cell_rows
                WHERE {ForAudience} AND {OfIndicator} AND area_type_key = (SELECT text_key FROM cell_texts WHERE text = $type)
                  AND period_key = (SELECT period_key FROM observation_periods WHERE period = $period)
                  AND breakdown_key = (SELECT text_key FROM cell_texts WHERE text = $breakdown)
                """,
                new { audience = Slug(audience), indicator = indicator.Value, type = type.ToSlug(), period = period.ToString(), breakdown },
                cancellationToken),
            cell => cell.Area.Value);

    /// <summary>Every cell of one indicator for the given areas and one breakdown, all periods, oldest first: trend charts.</summary>
    public async Task<IReadOnlyList<StoredCell>> ListSeriesAsync(Audience audience, IndicatorId indicator, IReadOnlyCollection<AreaCode> areas, string breakdown, CancellationToken cancellationToken = default) =>
        areas.Count == 0 ? [] : Sorted(
            await QueryAsync(
                $"""
                SELECT {Columns} FROM cell_rows
                WHERE {ForAudience} AND {OfIndicator} AND breakdown_key = (SELECT text_key FROM cell_texts WHERE text = $breakdown)
                  AND area_key IN (SELECT text_key FROM cell_texts WHERE text IN $areas)
                """,
                new { audience = Slug(audience), indicator = indicator.Value, breakdown, areas = areas.Select(a => a.Value).ToArray() },
                cancellationToken),
            cell => cell.Area.Value);

    /// <summary>Every cell of one indicator: all areas, periods and breakdowns, by area, breakdown and period (forecasts and the situational picture).</summary>
    public async Task<IReadOnlyList<StoredCell>> ListIndicatorAsync(Audience audience, IndicatorId indicator, CancellationToken cancellationToken = default) =>
        Sorted(
            await QueryAsync(
                $"SELECT {Columns} FROM cell_rows WHERE {ForAudience} AND {OfIndicator}",
                new { audience = Slug(audience), indicator = indicator.Value },
                cancellationToken),
            cell => cell.Area.Value,
            cell => cell.Breakdown);

    /// <summary>The cells of one indicator for one area and period in every breakdown: the breakdowns by sex and age.</summary>
    public async Task<IReadOnlyList<StoredCell>> ListBreakdownsAsync(Audience audience, IndicatorId indicator, AreaCode area, Period period, CancellationToken cancellationToken = default) =>
        Sorted(
            await QueryAsync(
                $"""
                SELECT {Columns} FROM cell_rows
                WHERE {ForAudience} AND {OfIndicator} AND area_key = (SELECT text_key FROM cell_texts WHERE text = $area)
                  AND period_key = (SELECT period_key FROM observation_periods WHERE period = $period)
                """,
                new { audience = Slug(audience), indicator = indicator.Value, area = area.Value, period = period.ToString() },
                cancellationToken),
            cell => cell.Breakdown);

    /// <summary>Which area types, periods and breakdowns an indicator has cells for, with how many have a value.</summary>
    public async Task<IReadOnlyList<CellAvailability>> ListAvailabilityAsync(IndicatorId indicator, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        List<(int Type, int Period, int Breakdown, long Cells, long Values)> rows = [.. await connection.QueryAsync<(int, int, int, long, long)>(new CommandDefinition(
            $"""
            SELECT area_type_key, period_key, breakdown_key, count(*), count(value) FROM cell_rows
            WHERE audience_key NOT IN (SELECT text_key FROM cell_texts WHERE text = 'analyst') AND {OfIndicator}
            GROUP BY area_type_key, period_key, breakdown_key
            """,
            new { indicator = indicator.Value },
            cancellationToken: cancellationToken))];
        CellDictionary keys = await CellDictionary.ReadAsync(dataSource, cancellationToken);
        return [.. rows
            .Select(r => new CellAvailability(keys.AreaType(r.Type), keys.Period(r.Period), keys.Text(r.Breakdown), (int)r.Cells, (int)r.Values))
            .OrderBy(a => a.AreaType.ToSlug(), StringComparer.Ordinal)
            .ThenBy(a => a.Period.Start)
            .ThenBy(a => a.Breakdown, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The cells in the order of <paramref name="first"/>, then <paramref name="second"/> (ordinal), then the period's
    /// start: the rows are read by keys, whose numbers say nothing of the order of their texts.
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

    private async Task<IReadOnlyList<StoredCell>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Dapper expands the lists; the rows are read by hand, as there are many and their columns are many.
        CommandDefinition definition = new(sql, parameters, cancellationToken: cancellationToken);
        await using DbDataReader reader = await connection.ExecuteReaderAsync(definition);
        // Read once the rows' statement has started: it then knows every key of its rows (CellDictionary).
        CellDictionary keys = await CellDictionary.ReadAsync(dataSource, cancellationToken);
        List<StoredCell> cells = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(Read(reader, keys, null));
        }

        return cells;
    }

    /// <summary>One row as a cell, its keys turned into what they stand for; with <paramref name="comparisons"/>, the cell shares its comparisons with the cells read before it.</summary>
    private static StoredCell Read(DbDataReader r, CellDictionary keys, CellInterner? comparisons)
    {
        Estimate? estimate = Double(r, 9) is { } value
            ? new Estimate(value, IntervalOf(r, 10), IntervalOf(r, 12), CellSlugs.ParseIntervalMethod(keys.TextOrNull(r, 14) ?? "none"))
            : null;
        string state = keys.Text(r.GetInt32(33));
        string reason = keys.Text(r.GetInt32(34));
        return new StoredCell(
            keys.Indicator(r.GetInt32(0)),
            keys.Area(r.GetInt32(1)),
            keys.AreaType(r.GetInt32(2)),
            keys.Period(r.GetInt32(3)),
            keys.Text(r.GetInt32(4)),
            r.GetInt64(5),
            keys.TextOrNull(r, 6),
            Double(r, 7),
            Double(r, 8),
            estimate,
            keys.TextOrNull(r, 15),
            keys.TextOrNull(r, 16),
            Comparison(r, 17, keys, comparisons),
            Comparison(r, 22, keys, comparisons),
            r.IsDBNull(27) ? null : r.GetInt32(27),
            r.IsDBNull(28) ? null : r.GetInt32(28),
            r.GetInt32(29),
            new TrendResult(CellSlugs.ParseTrend(keys.Text(r.GetInt32(30))), null, Double(r, 31), keys.TextOrNull(r, 32)),
            CellStates.TryParse(state, out CellState parsedState) ? parsedState : throw new StoreException($"A cell in the store has an unknown disclosure state '{state}'."),
            SuppressionReasons.TryParse(reason, out SuppressionReason parsedReason) ? parsedReason : throw new StoreException($"A cell in the store has an unknown disclosure reason '{reason}'."));
    }

    private static CellComparison Comparison(DbDataReader r, int first, CellDictionary keys, CellInterner? comparisons)
    {
        CellComparison comparison = new(
            r.IsDBNull(first) ? null : keys.Area(r.GetInt32(first)),
            Double(r, first + 1),
            CellSlugs.ParseSignificance(keys.Text(r.GetInt32(first + 2))),
            CellSlugs.ParseSignificance(keys.Text(r.GetInt32(first + 3))),
            keys.TextOrNull(r, first + 4));
        return comparisons is null ? comparison : comparisons.Share(comparison);
    }

    private static Interval? IntervalOf(DbDataReader r, int lower) =>
        Double(r, lower) is { } low && Double(r, lower + 1) is { } high ? new Interval(low, high) : null;

    private static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static string Slug(Audience audience) => audience == Audience.Analyst ? "analyst" : "public";
}
