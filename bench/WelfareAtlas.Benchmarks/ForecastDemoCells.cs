using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Benchmarks;

/// <summary>
/// The cells of every indicator of the Helsinki demo, as a compute run sees them: a new store filled the way the
/// dashboard's first start fills it (real areas, the city-scale demo deliveries through the real importer, with the
/// crosswalk and hierarchy sums), its current observations read back and computed into cells.
/// </summary>
internal sealed class ForecastDemoCells : IAsyncDisposable
{
    private readonly string directory;
    private readonly AtlasStore store;

    private ForecastDemoCells(string directory, AtlasStore store, IReadOnlyList<ForecastIndicator> indicators, IReadOnlyList<IndicatorCell> cells)
    {
        this.directory = directory;
        this.store = store;
        Indicators = indicators;
        Cells = cells;
    }

    public IReadOnlyList<ForecastIndicator> Indicators { get; }

    public IReadOnlyList<IndicatorCell> Cells { get; }

    public static async Task<ForecastDemoCells> LoadHelsinkiAsync()
    {
        string directory = Directory.CreateTempSubdirectory("atlas-forecast-bench-").FullName;
        (AtlasStore store, _) = await StoreStartup.OpenOrCreateAsync(StoreLocation.DuckDb(directory), TimeProvider.System, loadDemo: true, CancellationToken.None);
        Dictionary<AreaCode, Area> areas = (await new AreaRepository(store.DataSource).ListAsync(null, null)).ToDictionary(a => a.Code);
        List<Observation> observations = await ReadCurrentAsync(store.DataSource);
        List<ForecastIndicator> indicators = [];
        List<IndicatorCell> cells = [];
        foreach (IGrouping<IndicatorId, Observation> group in observations.GroupBy(o => o.Indicator).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            Indicator indicator = IndicatorCatalogue.Find(group.Key) ?? throw new InvalidOperationException($"The demo holds {group.Key}, which the catalogue lacks.");
            indicators.Add(ForecastIndicator.From(indicator));
            cells.AddRange(CellCalculator.Compute(new IndicatorMethod(indicator.Id, indicator.Measure, indicator.Multiplier), areas, group));
        }

        return new ForecastDemoCells(directory, store, indicators, cells);
    }

    /// <summary>
    /// The cells again for <paramref name="copies"/> times the areas: copy c of area number i gets the synthetic
    /// code <c>999</c> + c + i (the national demo's code form), so each copy's series are separate series with the
    /// same values. With 11 copies of the demo's 275 areas this is 3 025 areas, the national demo's size (2 991).
    /// </summary>
    public IReadOnlyList<IndicatorCell> Replicated(int copies)
    {
        Dictionary<AreaCode, int> number = [];
        foreach (AreaCode area in Cells.Select(c => c.Area).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal))
        {
            number[area] = number.Count;
        }

        List<IndicatorCell> cells = new(Cells.Count * copies);
        for (int copy = 0; copy < copies; copy++)
        {
            foreach (IndicatorCell cell in Cells)
            {
                cells.Add(cell with { Area = AreaCode.Parse(string.Create(CultureInfo.InvariantCulture, $"999{copy:D3}{number[cell.Area]:D4}")) });
            }
        }

        return cells;
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>
    /// The current observations, one per key: the population comes from two deliveries (postal areas and
    /// sub-districts) whose sums up the hierarchy meet in the same districts, so a delivered row wins over a derived
    /// one, then the newer batch (the choice the compute run has to make too).
    /// </summary>
    private static async Task<List<Observation>> ReadCurrentAsync(DbDataSource dataSource)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync();
        IEnumerable<ObservationRow> rows = await connection.QueryAsync<ObservationRow>(
            """
            SELECT indicator_id, area_code, period, breakdown, numerator, denominator, value, lower_limit, upper_limit, status
            FROM observations WHERE superseded_by IS NULL
            QUALIFY row_number() OVER (PARTITION BY indicator_id, area_code, period, breakdown ORDER BY derivation IS NULL DESC, batch_id DESC) = 1
            """);
        return [.. rows.Select(row => new Observation(
            IndicatorId.Parse(row.indicator_id),
            AreaCode.Parse(row.area_code),
            Period.Parse(row.period),
            Breakdown.TryParseKey(row.breakdown, out Breakdown breakdown, out string? error) ? breakdown : throw new InvalidOperationException(error),
            row.numerator,
            row.denominator,
            row.value,
            row.lower_limit,
            row.upper_limit,
            row.status switch
            {
                "available" => ObservationStatus.Available,
                "suppressed" => ObservationStatus.SuppressedBySource,
                _ => ObservationStatus.Missing,
            }))];
    }

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the schema.
    private sealed record ObservationRow(
        string indicator_id,
        string area_code,
        string period,
        string breakdown,
        double? numerator,
        double? denominator,
        double? value,
        double? lower_limit,
        double? upper_limit,
        string status);
#pragma warning restore IDE1006, CA1707
}
