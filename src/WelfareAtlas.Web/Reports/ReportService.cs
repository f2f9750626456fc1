using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Forecasts;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Maps;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Reports;

/// <summary>
/// Gathers what a printable report shows through the same services as the pages and the API
/// (<see cref="AreaProfileService"/>, <see cref="IndicatorDataService"/>) for one audience, so paper and screen agree.
/// </summary>
/// <param name="store">The open store: shapes, forecasts and import batches.</param>
/// <param name="catalogue">The areas and profiles.</param>
/// <param name="profiles">The profile of an area.</param>
/// <param name="data">The series of an indicator.</param>
/// <param name="time">The clock that dates the report.</param>
public sealed class ReportService(AtlasStore store, AtlasCatalogue catalogue, AreaProfileService profiles, IndicatorDataService data, TimeProvider time)
{
    /// <summary>The report of <paramref name="code"/> on <paramref name="profileId"/>; <see langword="null"/> when either is unknown.</summary>
    internal async Task<AreaReport?> AreaAsync(string profileId, AreaCode code, Audience audience, CancellationToken cancellationToken = default)
    {
        if (await profiles.BuildAsync(profileId, code, Benchmark.City, audience, cancellationToken) is not { } view)
        {
            return null;
        }

        ForecastRepository forecasts = new(store.DataSource);
        Dictionary<string, IndicatorHistory> histories = new(StringComparer.Ordinal);
        foreach (ProfileCellView cell in view.Cells.Where(c => c.Period is not null))
        {
            IndicatorId id = IndicatorId.Parse(cell.Indicator);
            SeriesView? series = await data.SeriesAsync(id, code, cell.Breakdown, profileId, audience, cancellationToken);
            SeriesForecast? ahead = null;
            // A forecast is shown only when every point it follows is published to this audience: a forecast of a
            // series with withheld points could hint at the withheld numbers.
            if (series is { Points.Count: > 0 } && series.Points.All(p => p.Value is not null && p.Disclosure.Marker != "c"))
            {
                ahead = (await forecasts.ListAsync(audience, id, code, cell.Breakdown, cancellationToken))
                    .FirstOrDefault(f => f.Breakdown.Key == cell.Breakdown && f.LastPeriod.ToString() == series.Points[^1].Period);
            }

            histories[cell.Indicator] = new IndicatorHistory(series, ahead?.Forecasts ?? [], ahead?.Accuracy);
        }

        string? geometry = await new AreaRepository(store.DataSource).FindShapeAsync(code, cancellationToken);
        return new AreaReport(
            view,
            histories,
            geometry is null ? null : SvgShape.FromGeoJson(geometry),
            await VintagesAsync(view.Cells.Select(c => c.BatchId).OfType<long>(), cancellationToken),
            Today,
            view.Cells
                .Select(c => c.Indicator)
                .Append(AreaProfileService.PopulationIndicator.Value)
                .Select(c => IndicatorId.TryParse(c, out IndicatorId id, out _) ? catalogue.Indicators.GetValueOrDefault(id) : null)
                .OfType<Indicator>()
                .DistinctBy(i => i.Id)
                .ToDictionary(i => i.Id.Value, i => TextView.From(i.Source), StringComparer.Ordinal));
    }

    /// <summary>The city-wide report of <paramref name="profileId"/>: the city and all its districts; <see langword="null"/> for an unknown profile or a store without the city.</summary>
    internal async Task<CityReport?> CityAsync(string profileId, Language language, Audience audience, CancellationToken cancellationToken = default)
    {
        if (catalogue.City is not { } city || await AreaAsync(profileId, city.Code, audience, cancellationToken) is not { } cityReport)
        {
            return null;
        }

        OverviewView overview = (await profiles.OverviewAsync(profileId, AreaType.District, audience, cancellationToken))!;
        List<AreaProfileView> districts = [];
        foreach (Area district in catalogue.OfType(AreaType.District).OrderBy(a => a.Names.In(language), StringComparer.Create(ProfileSummaryWriter.Culture(language), ignoreCase: false)))
        {
            districts.Add((await profiles.BuildAsync(profileId, district.Code, Benchmark.City, audience, cancellationToken))!);
        }

        IReadOnlyDictionary<AreaCode, string> shapes = await new AreaRepository(store.DataSource).ListShapesAsync(AreaType.District, cancellationToken);
        SvgMap map = SvgMap.From(shapes.Where(s => catalogue.Areas.ContainsKey(s.Key)).Select(s => (s.Key, catalogue.Areas[s.Key].Names.In(language), s.Value)));
        return new CityReport(cityReport, overview, districts, map);
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private async Task<IReadOnlyList<VintageView>> VintagesAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        HashSet<long> wanted = [.. ids];
        return [.. (await new ImportBatchRepository(store.DataSource, time).ListAsync(cancellationToken))
            .Where(b => wanted.Contains(b.Id))
            .OrderBy(b => b.Id)
            .Select(b => new VintageView(b.Id, b.Source, b.FileName, b.ImportedAt))];
    }
}
