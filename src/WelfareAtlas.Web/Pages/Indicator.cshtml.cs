using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Web.Charts;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Maps;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Pages;

/// <summary>One indicator: choropleth map, compare-areas bar chart, trend for an area, breakdowns and metadata.</summary>
public sealed class IndicatorModel(IndicatorDataService service, AtlasCatalogue catalogue, AreaRepository areaRepository, TimeProvider time) : AtlasPageModel
{
    /// <summary>The indicator; <see langword="null"/> when unknown (404).</summary>
    public IndicatorView? Indicator { get; private set; }

    /// <summary>What the indicator has data for.</summary>
    public AvailabilityView? Availability { get; private set; }

    /// <summary>The cells of the chosen level, period and breakdown; <see langword="null"/> when the choice has no data.</summary>
    public IndicatorDataView? Data { get; private set; }

    /// <summary>Why there are no data for the choice.</summary>
    public string? Problem { get; private set; }

    /// <summary>How far apart the chosen level's areas are, over time; <see langword="null"/> when the choice has no data.</summary>
    public GapView? Gap { get; private set; }

    /// <summary>The chosen area's series, for the trend chart.</summary>
    public SeriesView? Series { get; private set; }

    /// <summary>The chosen area's cells in every breakdown at the chosen period.</summary>
    public IReadOnlyList<BreakdownCellView> Breakdowns { get; private set; } = [];

    /// <summary>The area level in the URL.</summary>
    [FromQuery(Name = "type")]
    public string? TypeText { get; set; }

    /// <summary>The period in the URL.</summary>
    [FromQuery(Name = "period")]
    public string? PeriodText { get; set; }

    /// <summary>The breakdown in the URL.</summary>
    [FromQuery(Name = "breakdown")]
    public string? BreakdownText { get; set; }

    /// <summary>The area of the trend chart in the URL.</summary>
    [FromQuery(Name = "area")]
    public string? AreaText { get; set; }

    /// <summary>
    /// <c>significance</c> or <c>quintile</c>: what colours the map. Without a choice, significance, unless no area of
    /// the view could be compared with its benchmark (values without intervals, such as Sotkanet's municipality
    /// figures), where a map of comparisons would be blank: then quintiles.
    /// </summary>
    [FromQuery(Name = "colour")]
    public string? Colour { get; set; }

    /// <summary>The profile whose polarity judges comparisons; none means no judgement (higher/lower).</summary>
    [FromQuery(Name = "profile")]
    public string? ProfileId { get; set; }

    /// <summary>Whether the map is coloured by quintile.</summary>
    public bool ByQuintile => Colour == "quintile" || (Colour is null && nothingCompared);

    private bool nothingCompared;

    /// <summary>The chosen area of the trend chart.</summary>
    public AreaRef? TrendArea { get; private set; }

    internal HtmlString BarSvg { get; private set; } = HtmlString.Empty;

    /// <summary>The bar chart laid out for a phone; the page shows it instead of <see cref="BarSvg"/> up to 600 px.</summary>
    internal HtmlString BarNarrowSvg { get; private set; } = HtmlString.Empty;

    internal HtmlString TrendSvg { get; private set; } = HtmlString.Empty;

    /// <summary>The trend chart laid out for a phone; the page shows it instead of <see cref="TrendSvg"/> up to 600 px.</summary>
    internal HtmlString TrendNarrowSvg { get; private set; } = HtmlString.Empty;

    internal HtmlString GapSvg { get; private set; } = HtmlString.Empty;

    /// <summary>The gap chart laid out for a phone; the page shows it instead of <see cref="GapSvg"/> up to 600 px.</summary>
    internal HtmlString GapNarrowSvg { get; private set; } = HtmlString.Empty;

    /// <summary>The map's classes by area code, as JSON for the map script.</summary>
    public string MapJson { get; private set; } = "{}";

    /// <summary>The map's title (and the heading of its section): the indicator, the level and the period.</summary>
    public string MapTitle { get; private set; } = string.Empty;

    /// <summary>The map's legend: each class that some area has, in order, with its words and how many areas have it.</summary>
    public IReadOnlyList<(string Class, string Label, int Count)> MapLegend { get; private set; } = [];

    /// <summary>
    /// The one area every cell's area lies in (the city of a Helsinki-only indicator), so the map draws only the areas of
    /// the level inside it; <see langword="null"/> when the cells are in several cities. Helsinki's one value at the
    /// municipalities' level was drawn among Finland's 308 other municipalities, all hatched "no data".
    /// </summary>
    public AreaCode? MapWithin { get; private set; }

    /// <summary>
    /// Whether the level has one area with data and nothing else to draw (Helsinki alone at the municipalities' level
    /// of a Helsinki-only indicator): one polygon in one colour compares nothing, so the page says so instead of a map.
    /// </summary>
    public bool MapOfOneArea => MapWithin is { } within && Data is { Cells: [var only] } && only.Area.Code == within.Value;

    /// <summary>The map's layer: the level's areas, inside <see cref="MapWithin"/> when there is one.</summary>
    public string MapLayerUrl => Data is null
        ? string.Empty
        : $"/api/v1/maps/{Data.AreaType}" + (MapWithin is { } within ? $"?within={Uri.EscapeDataString(within.Value)}" : string.Empty);

    /// <summary>Where the map's SVG download is: this page's <c>map</c> handler with the same choices.</summary>
    public string MapSvgUrl => With() + "&handler=map";

    /// <summary>The denominator column's header: what the indicator's denominator counts when the catalogue names it, else the population.</summary>
    public string DenominatorLabel { get; private set; } = string.Empty;

    /// <summary>The indicator's words for its free dimensions' categories (the catalogue's), for the groups' labels.</summary>
    public IReadOnlyList<CategoryName> CategoryNames { get; private set; } = [];

    private IndicatorId indicatorId;

    private string? profile;

    /// <summary>Loads the indicator and the chosen data.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (Data is null || Indicator is null)
        {
            return Page();
        }

        string source = SourceLine(Indicator);
        BarSvg = new HtmlString(BarChart.Render(Data, ShownName(Data.Breakdown), Language, Text, source, Decimals));
        BarNarrowSvg = new HtmlString(BarChart.RenderNarrow(Data, ShownName(Data.Breakdown), Language, Text, source, Decimals));
        MapJson = JsonSerializer.Serialize(MapClasses(Data), JsonSerializerOptions.Web);
        Audience audience = RequestAudience.Of(HttpContext);
        Gap = await service.GapAsync(indicatorId, Data, audience, cancellationToken);
        if (Gap.Series.Any(point => point.Gap is not null))
        {
            string gapTitle = $"{ShownName(Data.Breakdown)}: {Localisation.GapTexts.For(Language).TableCaption}";
            GapSvg = new HtmlString(GapChart.Render(Gap, gapTitle, Language, Text, source));
            GapNarrowSvg = new HtmlString(GapChart.Render(Gap, gapTitle, Language, Text, source, narrow: true));
        }

        AreaCode trendArea = AreaText is not null && AreaCode.TryParse(AreaText, out AreaCode parsed, out _) && catalogue.Areas.ContainsKey(parsed)
            ? parsed
            : catalogue.City?.Code ?? AreaCode.Parse(Data.Cells[0].Area.Code);
        TrendArea = AreaRef.From(catalogue.Areas[trendArea]);
        Series = (await service.SeriesAsync(indicatorId, trendArea, Data.Breakdown, profile, audience, cancellationToken))?.Shown(Indicator.Measure);

        if (Series is { Points.Count: > 0 })
        {
            TrendSvg = new HtmlString(TrendChart.Render(Series, ShownName(Series.Breakdown), Language, Text, source, Series.Forecast, decimals: Decimals));
            TrendNarrowSvg = new HtmlString(TrendChart.Render(Series, ShownName(Series.Breakdown), Language, Text, source, Series.Forecast, decimals: Decimals, narrow: true));
        }

        Breakdowns = await service.BreakdownsAsync(indicatorId, trendArea, Period.Parse(Data.Period), audience, cancellationToken);
        return Page();
    }

    /// <summary>
    /// The map of the chosen data as a standalone SVG (title, legend, source line), the download of the page's map: the
    /// same choices, classes and words as the page, and one path per area of the page's map layer.
    /// </summary>
    public async Task<IActionResult> OnGetMapAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not null || Data is null || Indicator is null)
        {
            return NotFound();
        }

        if (!AreaTypes.TryParse(Data.AreaType, out AreaType type))
        {
            return NotFound();
        }

        IReadOnlyDictionary<AreaCode, string> shapes = await areaRepository.ListShapesAsync(type, cancellationToken);
        List<KeyValuePair<AreaCode, string>> drawn = [.. shapes
            .Where(s => catalogue.Areas.ContainsKey(s.Key) && (MapWithin is not { } within || AreaChains.IsWithin(s.Key, within, catalogue.Areas)))
            .OrderBy(s => s.Key.Value, StringComparer.Ordinal)];
        Dictionary<string, MapAreaClass> classes = MapClasses(Data);
        // Areas drawn without a cell at all have no data, as the page's map draws and its legend counts them.
        int withoutCell = drawn.Count(s => !classes.ContainsKey(s.Key.Value));
        List<(string Class, string Label, int Count)> legend = [.. MapLegend];
        if (withoutCell > 0)
        {
            int at = legend.FindIndex(entry => entry.Class == "no-data");
            if (at >= 0)
            {
                legend[at] = (legend[at].Class, legend[at].Label, legend[at].Count + withoutCell);
            }
            else
            {
                int suppressed = legend.FindIndex(entry => entry.Class == "suppressed");
                legend.Insert(suppressed >= 0 ? suppressed : legend.Count, ("no-data", ClassLabel("no-data"), withoutCell));
            }
        }

        string svg = MapChart.Render(
            drawn.Select(s => (s.Key, catalogue.Areas[s.Key].Names.In(Language), s.Value)),
            classes,
            [.. legend.Select(entry => (entry.Class, $"{entry.Label} ({entry.Count.ToString(CultureInfo.InvariantCulture)})"))],
            MapTitle,
            Text.Profiles.MapDescription,
            SourceLine(Indicator));
        return Content(svg, "image/svg+xml; charset=utf-8");
    }

    /// <summary>The indicator, its availability and the chosen data; a 404 page when there is no such indicator.</summary>
    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!IndicatorId.TryParse(id, out indicatorId, out _) || !catalogue.Indicators.TryGetValue(indicatorId, out Indicator? indicator))
        {
            return NotFoundPage(Text.IndicatorNotFoundTitle, Text.IndicatorNotFoundText, id);
        }

        Indicator = IndicatorView.From(indicator);
        CategoryNames = indicator.CategoryNames;
        DenominatorLabel = indicator.DenominatorName?.In(Language) ?? Text.Profiles.Denominator;
        Title = string.Format(CultureInfo.InvariantCulture, Text.Profiles.IndicatorPage, Indicator.Name.In(Language));
        profile = ProfileId is not null && catalogue.FindProfile(ProfileId) is not null ? ProfileId : null;
        Audience audience = RequestAudience.Of(HttpContext);
        Availability = await service.AvailabilityAsync(indicatorId, audience, cancellationToken);
        IndicatorDataResult result = await service.DataAsync(indicatorId, TypeText, PeriodText, BreakdownText, profile, audience, cancellationToken);
        Data = result.View;
        Problem = result.Problem;
        if (Data is null)
        {
            return null;
        }

        List<AreaCode> roots = [.. Data.Cells
            .Select(cell => AreaCode.TryParse(cell.Area.Code, out AreaCode code, out _) ? AreaChains.RootOf(code, catalogue.Areas) : (AreaCode?)null)
            .Distinct()
            .OfType<AreaCode>()];
        MapWithin = roots.Count == 1 && catalogue.Areas.ContainsKey(roots[0]) ? roots[0] : null;
        nothingCompared = Data.Cells.All(cell => cell.Value is null || cell.VersusCity.At95 == "not-compared");
        string typeName = Text.TypePlural.FirstOrDefault(p => p.Key.ToSlug() == Data.AreaType).Value ?? Data.AreaType;
        MapTitle = string.Format(
            CultureInfo.InvariantCulture,
            Text.Profiles.MapTitle,
            ShownName(Data.Breakdown),
            typeName.ToLower(ProfileSummaryWriter.Culture(Language)),
            Localisation.PeriodLabels.Of(Data.Period, Language));
        string[] order = ByQuintile
            ? ["q1", "q2", "q3", "q4", "q5", "not-compared", "no-data", "suppressed"]
            : ["better", "similar", "worse", "higher", "lower", "not-compared", "no-data", "suppressed"];
        MapLegend = [.. order
            .Select(mapClass => (mapClass, ClassLabel(mapClass), Data.Cells.Count(cell => ClassOf(cell) == mapClass)))
            .Where(entry => entry.Item3 > 0)];
        return null;
    }

    /// <summary>The group of the breakdown <paramref name="key"/> in the page's words, the total as "all".</summary>
    public string GroupLabel(string key) => key == Breakdown.Total.Key ? Text.Profiles.BreakdownTotal : Localisation.BreakdownLabels.Of(key, Language, CategoryNames);

    /// <summary>The indicator's name with the group of the breakdown <paramref name="key"/> when it is not the total.</summary>
    public string ShownName(string key) => Localisation.BreakdownLabels.Named(Indicator?.Name.In(Language) ?? string.Empty, key, Language, CategoryNames);

    /// <summary>The availability of the chosen level.</summary>
    public AreaTypeAvailability? Level => Data is null ? null : Availability?.AreaTypes.FirstOrDefault(t => t.AreaType == Data.AreaType);

    /// <summary>
    /// The class of a cell on the map: its comparison or its quintile, or why it has no value. Coloured by quintile, an
    /// area with a value but no quintile (fewer than five areas have one) is drawn as not compared, not as "no data".
    /// </summary>
    public string ClassOf(AreaCellView cell) => cell.Value is null
        ? (cell.Status == "suppressed" ? "suppressed" : "no-data")
        : ByQuintile ? (cell.Quintile is { } q ? "q" + q.ToString(CultureInfo.InvariantCulture) : "not-compared") : cell.VersusCity.At95;

    /// <summary>The words for a map class.</summary>
    public string ClassLabel(string mapClass) => mapClass switch
    {
        // Hidden by the source or by the atlas's disclosure control: the table and the tooltips say which.
        "suppressed" => Text.Profiles.Status[ShownStatus.Protected],
        "no-data" => Text.Profiles.NoData,
        "not-compared" when ByQuintile => Text.Profiles.NoQuintile,
        ['q', ..] => string.Format(CultureInfo.InvariantCulture, Text.Profiles.QuintileLabel, mapClass[1..]),
        _ => Text.Profiles.Significance.GetValueOrDefault(mapClass, mapClass),
    };

    /// <summary>Why a cell has no value, in a word: who withheld it (<see cref="ShownStatus"/>) or that there is none.</summary>
    public string StatusWord(AreaCellView cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        string status = ShownStatus.Of(cell.Status, cell.Disclosure);
        return Text.Profiles.StatusShort.GetValueOrDefault(status, Text.Profiles.StatusShort["no-data"]);
    }

    /// <summary>Decimals of the indicator's values in the tables (<see cref="AtlasPageModel.DecimalsOf"/>).</summary>
    public int Decimals => DecimalsOf(Indicator?.Measure ?? string.Empty);

    /// <summary>A value for the page, in its language; a dash for none.</summary>
    public string Number(double? value, int decimals = 1) => value is { } v ? SvgChart.Format(v, Language, decimals) : "–";

    /// <summary>This page with some choices changed (the others kept).</summary>
    public string With(string? type = null, string? area = null, string? colour = null)
    {
        Dictionary<string, string?> query = new()
        {
            ["type"] = type ?? Data?.AreaType,
            ["period"] = type is null ? Data?.Period : null,
            ["breakdown"] = Data?.Breakdown,
            ["area"] = area ?? AreaText,
            ["colour"] = colour ?? Colour,
            ["profile"] = ProfileId,
        };
        return $"/{Language.ToCode()}/indicators/{Indicator?.Id}?" + string.Join("&", query.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
    }

    private Dictionary<string, MapAreaClass> MapClasses(IndicatorDataView data) => data.Cells.ToDictionary(
        c => c.Area.Code,
        c => new MapAreaClass(
            ClassOf(c),
            ClassLabel(ClassOf(c)),
            c.Area.Names.In(Language),
            c.Value is { } v ? SvgChart.Format(v, Language, Decimals) : ClassLabel(ClassOf(c))));

    // A synthetic indicator's source text says so itself ("Synthetic demo data: …", IndicatorCatalogue), as on every
    // other chart: no mark is added after it.
    private string SourceLine(IndicatorView indicator) => Text.Profiles.SourceLineOf(
        [indicator.Source.In(Language)],
        DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
}
