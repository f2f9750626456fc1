using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Web.Charts;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Maps;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Pages;

/// <summary>One area: its names, where it belongs, what it contains and its shape.</summary>
public sealed class AreaModel(AreaRepository repository, IndicatorDataService indicators, AtlasCatalogue catalogue, TimeProvider time) : AtlasPageModel
{
    /// <summary>
    /// Every indicator with a forecast for the area (all people), in catalogue order: its series, and its fan chart for a
    /// wide screen and for a phone.
    /// </summary>
    internal IReadOnlyList<(Indicator Indicator, SeriesView Series, HtmlString Fan, HtmlString NarrowFan)> Forecasts { get; private set; } = [];

    /// <summary>The area; <see langword="null"/> when the code is unknown (the page then answers 404).</summary>
    public Area? Area { get; private set; }

    /// <summary>The catalogue's profiles, each of which the page links to this area's profile of (every area has one).</summary>
    public IReadOnlyList<WelfareAtlas.Profiles.Profile> Profiles => catalogue.Profiles;

    /// <summary>The enclosing areas from the city down to the parent.</summary>
    public IReadOnlyList<Area> Ancestors { get; private set; } = [];

    /// <summary>The areas whose parent this is, by name.</summary>
    public IReadOnlyList<Area> Children { get; private set; } = [];

    /// <summary>Areas of the other division that overlap this one, with the share of the postal area.</summary>
    public IReadOnlyList<(Area Area, double Share)> Overlaps { get; private set; } = [];

    /// <summary>The boundary drawn as SVG, or <see langword="null"/> (the city).</summary>
    internal SvgShape? Shape { get; private set; }

    /// <summary>Loads the area, or answers 404 with a page in the same language.</summary>
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!AreaCode.TryParse(code, out AreaCode areaCode, out _) || await repository.FindAsync(areaCode, cancellationToken) is not { } area)
        {
            return AreaNotFound(code);
        }

        Area = area;
        Title = NameOf(area);
        IReadOnlyList<Area> all = await repository.ListAsync(null, null, cancellationToken);
        Dictionary<AreaCode, Area> byCode = all.ToDictionary(a => a.Code);

        List<Area> ancestors = [];
        for (AreaCode? parent = area.Parent; parent is { } p && byCode.TryGetValue(p, out Area? found); parent = found.Parent)
        {
            ancestors.Insert(0, found);
        }

        Ancestors = ancestors;
        Children = [.. all.Where(a => a.Parent == area.Code).OrderBy(a => a.Type).ThenBy(NameOf, Collation)];

        IReadOnlyList<AreaOverlap> overlaps = await repository.ListOverlapsAsync(cancellationToken);
        Overlaps = area.Type switch
        {
            AreaType.PostalArea => [.. overlaps.Where(o => o.From == area.Code && o.Share >= 0.005).OrderByDescending(o => o.Share).Select(o => (byCode[o.To], o.Share))],
            AreaType.SubDistrict => [.. overlaps.Where(o => o.To == area.Code && o.Share >= 0.005).OrderByDescending(o => o.Share).Select(o => (byCode[o.From], o.Share))],
            _ => [],
        };

        List<(Indicator, SeriesView, HtmlString, HtmlString)> forecasts = [];
        foreach (Indicator indicator in catalogue.IndicatorList)
        {
            if (await indicators.SeriesAsync(indicator.Id, area.Code, Breakdown.Total.Key, null, RequestAudience.Of(HttpContext), cancellationToken) is { Forecast: not null } found)
            {
                SeriesView series = found.Shown(Measures.ToSlug(indicator.Measure));
                string source = Text.Profiles.SourceLineOf([indicator.Source.In(Language)], DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
                string name = Localisation.BreakdownLabels.Named(indicator.Name.In(Language), series.Breakdown, Language, indicator.CategoryNames);
                int decimals = DecimalsOf(Measures.ToSlug(indicator.Measure));
                forecasts.Add((
                    indicator,
                    series,
                    new HtmlString(TrendChart.Render(series, name, Language, Text, source, series.Forecast, "fan-" + indicator.Id.Value, decimals)),
                    new HtmlString(TrendChart.Render(series, name, Language, Text, source, series.Forecast, "fan-" + indicator.Id.Value, decimals, narrow: true))));
            }
        }

        Forecasts = forecasts;
        string? geometry = await repository.FindShapeAsync(area.Code, cancellationToken);
        Shape = geometry is null ? null : SvgShape.FromGeoJson(geometry);
        return Page();
    }
}
