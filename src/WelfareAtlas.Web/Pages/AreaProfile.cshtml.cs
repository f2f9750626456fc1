using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Web.Api;
using WelfareAtlas.Web.Charts;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Pages;

/// <summary>An area's welfare profile: summary, spine chart, the full table, population pyramid and navigation.</summary>
public sealed class AreaProfileModel(AreaProfileService service, IndicatorDataService indicators, AtlasCatalogue catalogue, TimeProvider time) : AtlasPageModel
{
    private IReadOnlyDictionary<string, IReadOnlyList<AreaType>> levelsElsewhere = new Dictionary<string, IReadOnlyList<AreaType>>();
    private DateOnly? newestEnd;

    /// <summary>The profile of the area; <see langword="null"/> when the profile or area is unknown (404).</summary>
    public AreaProfileView? View { get; private set; }

    /// <summary>The benchmark chosen in the URL: <c>city</c> or <c>parent</c>.</summary>
    [FromQuery(Name = "benchmark")]
    public string? BenchmarkText { get; set; }

    /// <summary>The profiles to choose from.</summary>
    public AtlasCatalogue Catalogue => catalogue;

    internal HtmlString SpineSvg { get; private set; } = HtmlString.Empty;

    /// <summary>The spine chart laid out for a phone; the page shows it instead of <see cref="SpineSvg"/> up to 600 px.</summary>
    internal HtmlString SpineNarrowSvg { get; private set; } = HtmlString.Empty;

    internal HtmlString PyramidSvg { get; private set; } = HtmlString.Empty;

    /// <summary>The pyramid laid out for a phone; the page shows it instead of <see cref="PyramidSvg"/> up to 600 px.</summary>
    internal HtmlString PyramidNarrowSvg { get; private set; } = HtmlString.Empty;

    /// <summary>Loads the profile, or answers 404 in the page's language.</summary>
    public async Task<IActionResult> OnGetAsync(string profile, string code, CancellationToken cancellationToken)
    {
        if (catalogue.FindProfile(profile) is null)
        {
            return ProfileNotFound(profile);
        }

        if (!ProfilesApi.TryParseBenchmark(BenchmarkText, out Benchmark benchmark))
        {
            benchmark = Benchmark.City;
        }

        if (!AreaCode.TryParse(code, out AreaCode areaCode, out _) || await service.BuildAsync(profile, areaCode, benchmark, RequestAudience.Of(HttpContext), cancellationToken) is not { } view)
        {
            return AreaNotFound(code);
        }

        View = view;
        newestEnd = OldFigures.NewestEnd(view.Cells);
        levelsElsewhere = await LevelsElsewhereAsync(view, cancellationToken);
        Title = string.Format(CultureInfo.InvariantCulture, Text.Profiles.ProfileOfAreaTitle, view.Area.Names.In(Language), view.Profile.Name.In(Language));
        string spineSource = SourceLine(view.Cells.Select(c => c.Indicator));
        SpineSvg = new HtmlString(SpineChart.Render(view, Language, Text, spineSource));
        SpineNarrowSvg = new HtmlString(SpineChart.RenderNarrow(view, Language, Text, spineSource));
        if (view.Population is { } pyramid)
        {
            string pyramidSource = SourceLine([AreaProfileService.PopulationIndicator.Value]);
            PyramidSvg = new HtmlString(PyramidChart.Render(pyramid, view.Area.Names.In(Language), Language, Text, pyramidSource));
            PyramidNarrowSvg = new HtmlString(PyramidChart.RenderNarrow(pyramid, view.Area.Names.In(Language), Language, Text, pyramidSource));
        }

        return Page();
    }

    /// <summary>
    /// The area levels an indicator of the profile has data for when it has none at all at this area's level (median
    /// income by postal area only, the Sotkanet figures by municipality only), so that its row can say where to look
    /// instead of only "no data"; empty for an indicator with data at this level.
    /// </summary>
    public IReadOnlyList<AreaType> LevelsElsewhere(string indicator) => levelsElsewhere.GetValueOrDefault(indicator) ?? [];

    /// <summary>Whether the cell's figure is much older than the profile's newest (<see cref="OldFigures"/>), so its row says so.</summary>
    public bool IsOld(ProfileCellView cell) => cell.Value is not null && OldFigures.IsOld(cell.Period, newestEnd);

    /// <summary>
    /// Whether the cell's figure is shared out from postal areas: an indicator delivered by postal area, seen at a
    /// sub-district, district or major district, is apportioned through the crosswalk (or summed from such pieces), so
    /// two neighbours can carry one postal area's rate and their difference is not a measured one. The city is the sum
    /// of whole postal areas and is not marked.
    /// </summary>
    public bool IsApportioned(ProfileCellView cell) =>
        cell.Value is not null
        && AreaTypes.TryParse(View?.Area.Type, out AreaType type)
        && type is AreaType.SubDistrict or AreaType.District or AreaType.MajorDistrict
        && catalogue.Indicators.TryGetValue(Indicators.IndicatorId.Parse(cell.Indicator), out Indicators.Indicator? indicator)
        && indicator.DeliveredBy == AreaType.PostalArea;

    /// <summary>The indicator page of <paramref name="indicator"/> at another area level, with this profile's polarity.</summary>
    public string IndicatorLevelPath(string indicator, AreaType type) =>
        $"/{Language.ToCode()}/indicators/{indicator}?type={type.ToSlug()}&profile={View?.Profile.Id}";

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<AreaType>>> LevelsElsewhereAsync(AreaProfileView view, CancellationToken cancellationToken)
    {
        List<IndicatorId> withoutData = [.. view.Cells.Where(cell => cell.Status == "no-data").Select(cell => IndicatorId.Parse(cell.Indicator)).Distinct()];
        if (withoutData.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<AreaType>>();
        }

        IReadOnlyDictionary<IndicatorId, AvailabilityView> availabilities = await indicators.AvailabilitiesAsync(withoutData, RequestAudience.Of(HttpContext), cancellationToken);
        Dictionary<string, IReadOnlyList<AreaType>> elsewhere = [];
        foreach ((IndicatorId id, AvailabilityView availability) in availabilities)
        {
            if (availability.AreaTypes.Any(level => level.AreaType == view.Area.Type))
            {
                continue;
            }

            List<AreaType> levels = [.. availability.AreaTypes.Select(level => AreaTypes.TryParse(level.AreaType, out AreaType type) ? type : (AreaType?)null).OfType<AreaType>().Order()];
            if (levels.Count > 0)
            {
                elsewhere[id.Value] = levels;
            }
        }

        return elsewhere;
    }

    /// <summary>The source line of a chart: every one of the indicators' sources (the chart wraps it) and the date.</summary>
    internal string SourceLine(IEnumerable<string> indicators) => Text.Profiles.SourceLineOf(
        indicators.Select(id => catalogue.Indicators.FirstOrDefault(i => i.Key.Value == id).Value?.Source.In(Language)).OfType<string>(),
        DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

    /// <summary>What a cell's denominator counts in the page's language, when its indicator's is not the population; <see langword="null"/> when it is.</summary>
    public string? DenominatorNameOf(string indicator) => catalogue.DenominatorNameOf(indicator)?.In(Language);

    /// <summary>The group of a cell's breakdown <paramref name="key"/> in the page's words, with its indicator's words for its categories.</summary>
    public string GroupLabel(string indicator, string key) => Localisation.BreakdownLabels.Of(key, Language, catalogue.CategoryNamesOf(indicator));

    /// <summary>A value for the table, in the page's language; a dash for none.</summary>
    public string Number(double? value, int decimals = 1) => value is { } v ? SvgChart.Format(v, Language, decimals) : "–";

    /// <summary>A value as the CSV download should have it: invariant, full precision.</summary>
    public static string Raw(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The path of this area's profile with another profile or benchmark.</summary>
    public string ProfilePath(string profileId, string code, string? benchmark = null) =>
        $"/{Language.ToCode()}/profiles/{profileId}/areas/{code}" + (benchmark is null or "city" ? string.Empty : $"?benchmark={benchmark}");

    /// <summary>The indicator page for this area.</summary>
    public string IndicatorPath(string indicator, string areaType, string code, string breakdown = "total") =>
        $"/{Language.ToCode()}/indicators/{indicator}?type={areaType}&area={code}&profile={View?.Profile.Id}"
        + (breakdown == "total" ? string.Empty : "&breakdown=" + Uri.EscapeDataString(breakdown));
}
