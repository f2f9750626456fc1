using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Periods;
using WelfareAtlas.Profiles;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Pages;

/// <summary>
/// The indicator catalogue: every indicator with its themes, target groups, the area levels and periods it has data
/// for (as the reader's audience sees them), its frequency, source and profiles, narrowed by the choices in the address
/// (<c>q</c>, <c>theme</c>, <c>group</c>, <c>type</c>, <c>profile</c>), so that a narrowed list can be shared.
/// </summary>
/// <remarks>
/// A choice the address names that does not exist is named on the page and not applied, and the page answers 400:
/// the list then shows more than was asked, never silently the wrong thing.
/// </remarks>
public sealed class IndicatorsModel(AtlasCatalogue catalogue, IndicatorDataService service) : AtlasPageModel
{
    /// <summary>
    /// Text the id, or the name or definition in any of the three languages, must contain, ignoring case (a reader
    /// may know an indicator by its name in another language).
    /// </summary>
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    /// <summary>A theme's slug (<c>mental-wellbeing</c>).</summary>
    [FromQuery(Name = "theme")]
    public string? ThemeText { get; set; }

    /// <summary>A target group's slug (<c>young-people</c>).</summary>
    [FromQuery(Name = "group")]
    public string? GroupText { get; set; }

    /// <summary>An area type's slug: only indicators with data at that level.</summary>
    [FromQuery(Name = "type")]
    public string? TypeText { get; set; }

    /// <summary>A profile's id: only its indicators, and their pages judged by its polarity.</summary>
    [FromQuery(Name = "profile")]
    public string? ProfileText { get; set; }

    /// <summary>The chosen theme, when the address names one that exists.</summary>
    public Theme? Theme { get; private set; }

    /// <summary>The chosen target group, when the address names one that exists.</summary>
    public TargetGroup? Group { get; private set; }

    /// <summary>The chosen area level, when the address names one that exists.</summary>
    public AreaType? Type { get; private set; }

    /// <summary>The chosen profile, when the address names one that exists.</summary>
    public Profile? Profile { get; private set; }

    /// <summary>What the address asked for that does not exist, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The indicators listed, by name in the page's language.</summary>
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>How many indicators the catalogue has.</summary>
    public int Total => catalogue.IndicatorList.Count;

    /// <summary>The profiles, for the choice.</summary>
    public IReadOnlyList<Profile> Profiles => catalogue.Profiles;

    /// <summary>The area levels an indicator can have data at, from the city down.</summary>
    public static IReadOnlyList<AreaType> Levels { get; } = [AreaType.City, AreaType.MajorDistrict, AreaType.District, AreaType.SubDistrict, AreaType.PostalArea];

    /// <summary>Whether any choice narrows the list.</summary>
    public bool Narrowed => !string.IsNullOrWhiteSpace(Query) || Theme is not null || Group is not null || Type is not null || Profile is not null;

    internal CatalogueTexts Texts => CatalogueTexts.For(Language);

    /// <summary>A theme's or target group's slug in addresses and the API (<c>PhysicalActivity</c> → <c>physical-activity</c>).</summary>
    public static string Slug<T>(T value)
        where T : struct, Enum => IndicatorView.Kebab(value.ToString());

    /// <summary>The address of an indicator's page, at a level when given, judged by the chosen profile when there is one.</summary>
    public string IndicatorPath(Indicator indicator, AreaType? level = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        List<string> query = [];
        if (level is { } type)
        {
            query.Add("type=" + type.ToSlug());
        }

        if (Profile is not null)
        {
            query.Add("profile=" + Uri.EscapeDataString(Profile.Id));
        }

        return $"/{Language.ToCode()}/indicators/{indicator.Id.Value}" + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query));
    }

    /// <summary>Reads the choices, lists what matches them; 400 when a choice names nothing that exists.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = Text.Profiles.IndicatorsTitle;
        CatalogueTexts texts = Texts;
        List<string> problems = [];
        Theme = Parse<Theme>(ThemeText, texts.Theme, problems);
        Group = Parse<TargetGroup>(GroupText, texts.TargetGroup, problems);
        if (!string.IsNullOrWhiteSpace(TypeText))
        {
            if (AreaTypes.TryParse(TypeText, out AreaType type))
            {
                Type = type;
            }
            else
            {
                problems.Add(Unknown(texts.AreaLevel, TypeText));
            }
        }

        if (!string.IsNullOrWhiteSpace(ProfileText))
        {
            Profile = catalogue.FindProfile(ProfileText.Trim());
            if (Profile is null)
            {
                problems.Add(Unknown(texts.Profile, ProfileText));
            }
        }

        Problems = problems;
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        HashSet<IndicatorId>? inProfile = Profile is null ? null : [.. Profile.Indicators.Select(i => i.Indicator)];
        string? query = string.IsNullOrWhiteSpace(Query) ? null : Query.Trim();
        CompareInfo compare = CultureInfo.GetCultureInfo(Language switch { Language.Swedish => "sv-FI", Language.Finnish => "fi-FI", _ => "en-GB" }).CompareInfo;
        List<Row> rows = [];
        foreach (Indicator indicator in catalogue.IndicatorList.OrderBy(i => i.Name.In(Language), Collation))
        {
            if ((Theme is { } theme && !indicator.Themes.Contains(theme))
                || (Group is { } group && !indicator.TargetGroups.Contains(group))
                || (inProfile is not null && !inProfile.Contains(indicator.Id))
                || (query is not null && !Contains(compare, indicator, query)))
            {
                continue;
            }

            AvailabilityView? availability = await service.AvailabilityAsync(indicator.Id, RequestAudience.Of(HttpContext), cancellationToken);
            List<AreaType> levels = [.. Levels.Where(level => availability?.AreaTypes.Any(a => a.AreaType == level.ToSlug()) == true)];
            if (Type is { } wanted && !levels.Contains(wanted))
            {
                continue;
            }

            List<Period> periods = [.. (availability?.AreaTypes ?? []).SelectMany(a => a.Periods).Distinct(StringComparer.Ordinal).Select(Period.Parse).Order()];
            rows.Add(new Row(
                indicator,
                levels,
                periods.Count == 0 ? null : periods[0],
                periods.Count == 0 ? null : periods[^1],
                [.. catalogue.Profiles.Where(p => p.Indicators.Any(i => i.Indicator == indicator.Id))]));
        }

        Rows = rows;
    }

    private static bool Contains(CompareInfo compare, Indicator indicator, string query) =>
        indicator.Id.Value.Contains(query, StringComparison.OrdinalIgnoreCase)
        || LanguageCodes.All.Any(language =>
            compare.IndexOf(indicator.Name.In(language), query, CompareOptions.IgnoreCase) >= 0
            || compare.IndexOf(indicator.Definition.In(language), query, CompareOptions.IgnoreCase) >= 0);

    private T? Parse<T>(string? slug, string label, List<string> problems)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        foreach (T value in Enum.GetValues<T>())
        {
            if (string.Equals(Slug(value), slug.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        problems.Add(Unknown(label, slug));
        return null;
    }

    private string Unknown(string label, string value) =>
        string.Format(CultureInfo.InvariantCulture, Texts.UnknownChoice, label, value.Trim());

    /// <summary>One indicator of the list.</summary>
    /// <param name="Indicator">The indicator.</param>
    /// <param name="Levels">The area levels it has data at for this reader, from the city down.</param>
    /// <param name="FirstPeriod">The earliest period at any level; <see langword="null"/> without data.</param>
    /// <param name="LatestPeriod">The latest period at any level; <see langword="null"/> without data.</param>
    /// <param name="Profiles">The profiles it is in.</param>
    public sealed record Row(Indicator Indicator, IReadOnlyList<AreaType> Levels, Period? FirstPeriod, Period? LatestPeriod, IReadOnlyList<Profile> Profiles);
}
