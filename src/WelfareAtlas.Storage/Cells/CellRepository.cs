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
    private const string Columns =
        """
        indicator_id, area_code, area_type, period, breakdown, batch_id, derivation, numerator, denominator, value,
        lower95, upper95, lower998, upper998, interval_method, no_value_kind, no_value_reason,
        city_code, city_value, city95, city998, city_reason, parent_code, parent_value, parent95, parent998, parent_reason,
        quintile, rank, peer_count, trend, trend_slope, trend_reason, disclosure, disclosure_reason
        """;

    /// <summary>The cells an audience reads: those for everyone and those for it.</summary>
    private const string ForAudience = "audience IN ('all', $audience)";

    /// <summary>Every cell of <paramref name="area"/> for <paramref name="indicators"/>, all periods, oldest first; one breakdown, or all when <paramref name="breakdown"/> is <see langword="null"/>.</summary>
    public async Task<IReadOnlyList<StoredCell>> ListForAreaAsync(Audience audience, AreaCode area, IReadOnlyCollection<IndicatorId> indicators, string? breakdown, CancellationToken cancellationToken = default)
    {
        if (indicators.Count == 0)
        {
            return [];
        }

        return await QueryAsync(
            $"""
            SELECT {Columns} FROM indicator_cells
            WHERE {ForAudience} AND area_code = $area AND ($breakdown IS NULL OR breakdown = $breakdown) AND indicator_id IN $ids
            ORDER BY indicator_id, breakdown, period_start
            """,
            new { audience = Slug(audience), area = area.Value, breakdown, ids = indicators.Select(i => i.Value).ToArray() },
            cancellationToken);
    }

    /// <summary>The cells of one indicator for the areas of one type, one period and one breakdown, by area code.</summary>
    public Task<IReadOnlyList<StoredCell>> ListAsync(Audience audience, IndicatorId indicator, AreaType type, Period period, string breakdown, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM indicator_cells WHERE {ForAudience} AND indicator_id = $indicator AND area_type = $type AND period = $period AND breakdown = $breakdown ORDER BY area_code",
            new { audience = Slug(audience), indicator = indicator.Value, type = type.ToSlug(), period = period.ToString(), breakdown },
            cancellationToken);

    /// <summary>Every cell of one indicator for the given areas and one breakdown, all periods, oldest first: trend charts.</summary>
    public async Task<IReadOnlyList<StoredCell>> ListSeriesAsync(Audience audience, IndicatorId indicator, IReadOnlyCollection<AreaCode> areas, string breakdown, CancellationToken cancellationToken = default) =>
        areas.Count == 0 ? [] : await QueryAsync(
            $"SELECT {Columns} FROM indicator_cells WHERE {ForAudience} AND indicator_id = $indicator AND breakdown = $breakdown AND area_code IN $areas ORDER BY area_code, period_start",
            new { audience = Slug(audience), indicator = indicator.Value, breakdown, areas = areas.Select(a => a.Value).ToArray() },
            cancellationToken);

    /// <summary>Every cell of one indicator: all areas, periods and breakdowns, by area, breakdown and period (forecasts and the situational picture).</summary>
    public Task<IReadOnlyList<StoredCell>> ListIndicatorAsync(Audience audience, IndicatorId indicator, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM indicator_cells WHERE {ForAudience} AND indicator_id = $indicator ORDER BY area_code, breakdown, period_start",
            new { audience = Slug(audience), indicator = indicator.Value },
            cancellationToken);

    /// <summary>The cells of one indicator for one area and period in every breakdown: the breakdowns by sex and age.</summary>
    public Task<IReadOnlyList<StoredCell>> ListBreakdownsAsync(Audience audience, IndicatorId indicator, AreaCode area, Period period, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM indicator_cells WHERE {ForAudience} AND indicator_id = $indicator AND area_code = $area AND period = $period ORDER BY breakdown",
            new { audience = Slug(audience), indicator = indicator.Value, area = area.Value, period = period.ToString() },
            cancellationToken);

    /// <summary>Which area types, periods and breakdowns an indicator has cells for, with how many have a value.</summary>
    public async Task<IReadOnlyList<CellAvailability>> ListAvailabilityAsync(IndicatorId indicator, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<(string Type, string Period, string Breakdown, long Cells, long Values)> rows =
            await connection.QueryAsync<(string, string, string, long, long)>(new CommandDefinition(
                """
                SELECT area_type, period, breakdown, count(*), count(value) FROM indicator_cells
                WHERE audience <> 'analyst' AND indicator_id = $indicator GROUP BY area_type, period, period_start, breakdown ORDER BY area_type, period_start, breakdown
                """,
                new { indicator = indicator.Value },
                cancellationToken: cancellationToken));
        return [.. rows.Select(r => new CellAvailability(ParseType(r.Type), Period.Parse(r.Period), r.Breakdown, (int)r.Cells, (int)r.Values))];
    }

    private async Task<IReadOnlyList<StoredCell>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Dapper expands the lists; the rows are read by hand, as there are many and their columns are many.
        CommandDefinition definition = new(sql, parameters, cancellationToken: cancellationToken);
        await using DbDataReader reader = await connection.ExecuteReaderAsync(definition);
        List<StoredCell> cells = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(Read(reader));
        }

        return cells;
    }

    private static StoredCell Read(DbDataReader r) => Read(r, null);

    /// <summary>One row as a cell; with <paramref name="interner"/>, the cell shares its repeated texts and comparisons with the cells read before it.</summary>
    private static StoredCell Read(DbDataReader r, CellInterner? interner)
    {
        Estimate? estimate = Double(r, 9) is { } value
            ? new Estimate(value, IntervalOf(r, 10), IntervalOf(r, 12), CellSlugs.ParseIntervalMethod(String(r, 14) ?? "none"))
            : null;
        return new StoredCell(
            interner is null ? IndicatorId.Parse(r.GetString(0)) : interner.IndicatorOf(r.GetString(0)),
            interner is null ? AreaCode.Parse(r.GetString(1)) : interner.AreaOf(r.GetString(1)),
            ParseType(r.GetString(2)),
            interner is null ? Period.Parse(r.GetString(3)) : interner.PeriodOf(r.GetString(3)),
            Shared(interner, r.GetString(4)),
            r.GetInt64(5),
            Shared(interner, String(r, 6)),
            Double(r, 7),
            Double(r, 8),
            estimate,
            Shared(interner, String(r, 15)),
            Shared(interner, String(r, 16)),
            Comparison(r, 17, interner),
            Comparison(r, 22, interner),
            r.IsDBNull(27) ? null : r.GetInt32(27),
            r.IsDBNull(28) ? null : r.GetInt32(28),
            r.GetInt32(29),
            new TrendResult(CellSlugs.ParseTrend(r.GetString(30)), null, Double(r, 31), Shared(interner, String(r, 32))),
            CellStates.TryParse(r.GetString(33), out CellState state) ? state : throw new StoreException($"A cell in the store has an unknown disclosure state '{r.GetString(33)}'."),
            SuppressionReasons.TryParse(r.GetString(34), out SuppressionReason reason) ? reason : throw new StoreException($"A cell in the store has an unknown disclosure reason '{r.GetString(34)}'."));
    }

    private static CellComparison Comparison(DbDataReader r, int first, CellInterner? interner)
    {
        CellComparison comparison = new(
            String(r, first) is { } code ? (interner is null ? AreaCode.Parse(code) : interner.AreaOf(code)) : null,
            Double(r, first + 1),
            CellSlugs.ParseSignificance(r.GetString(first + 2)),
            CellSlugs.ParseSignificance(r.GetString(first + 3)),
            Shared(interner, String(r, first + 4)));
        return interner is null ? comparison : interner.Share(comparison);
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Shared(CellInterner? interner, string? text) => interner is null || text is null ? text : interner.Share(text);

    private static Interval? IntervalOf(DbDataReader r, int lower) =>
        Double(r, lower) is { } low && Double(r, lower + 1) is { } high ? new Interval(low, high) : null;

    private static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static string? String(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Slug(Audience audience) => audience == Audience.Analyst ? "analyst" : "public";

    private static AreaType ParseType(string slug) => AreaTypes.TryParse(slug, out AreaType type)
        ? type
        : throw new StoreException($"A cell in the store has an unknown area type '{slug}'.");
}
