using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Pages;

/// <summary>
/// The indicator catalogue: every indicator with its themes, target groups, the area levels and periods it has data
/// for (as the reader's audience sees them), its source and profiles, narrowed by the choices in the address
/// (<c>q</c>, <c>theme</c>, <c>group</c>, <c>type</c>, <c>profile</c>: <see cref="IndicatorFilter"/>), so that a
/// narrowed list can be shared.
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
    [FromQuery(Name = IndicatorFilter.ThemeChoice)]
    public string? ThemeText { get; set; }

    /// <summary>A target group's slug (<c>young-people</c>).</summary>
    [FromQuery(Name = IndicatorFilter.GroupChoice)]
    public string? GroupText { get; set; }

    /// <summary>An area type's slug: only indicators with data at that level.</summary>
    [FromQuery(Name = IndicatorFilter.LevelChoice)]
    public string? TypeText { get; set; }

    /// <summary>A profile's id: only its indicators, and their pages judged by its polarity.</summary>
    [FromQuery(Name = IndicatorFilter.ProfileChoice)]
    public string? ProfileText { get; set; }

    /// <summary>The choices as applied (those that name something).</summary>
    public IndicatorFilter Filter { get; private set; } = new(null, null, null, null, null);

    /// <summary>What the address asked for that does not exist, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The indicators listed, by name in the page's language.</summary>
    public IReadOnlyList<IndicatorListing> Rows { get; private set; } = [];

    /// <summary>How many indicators the catalogue has.</summary>
    public int Total => catalogue.IndicatorList.Count;

    /// <summary>The profiles, for the choice.</summary>
    public IReadOnlyList<WelfareAtlas.Profiles.Profile> Profiles => catalogue.Profiles;

    internal CatalogueTexts Texts => CatalogueTexts.For(Language);

    /// <summary>The address of an indicator's page, at a level when given, judged by the chosen profile when there is one.</summary>
    public string IndicatorPath(Indicator indicator, AreaType? level = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        List<string> query = [];
        if (level is { } type)
        {
            query.Add("type=" + type.ToSlug());
        }

        if (Filter.Profile is { } profile)
        {
            query.Add("profile=" + Uri.EscapeDataString(profile.Id));
        }

        return $"/{Language.ToCode()}/indicators/{indicator.Id.Value}" + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query));
    }

    /// <summary>Reads the choices, lists what matches them; 400 when a choice names nothing that exists.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = Text.Profiles.IndicatorsTitle;
        CatalogueTexts texts = Texts;
        Filter = IndicatorFilter.Parse(Query, ThemeText, GroupText, TypeText, ProfileText, catalogue, out IReadOnlyList<(string Choice, string Value)> unknown);
        Problems = [.. unknown.Select(problem => string.Format(
            CultureInfo.InvariantCulture,
            texts.UnknownChoice,
            problem.Choice switch
            {
                IndicatorFilter.ThemeChoice => texts.Theme,
                IndicatorFilter.GroupChoice => texts.TargetGroup,
                IndicatorFilter.LevelChoice => texts.AreaLevel,
                _ => texts.Profile,
            },
            problem.Value))];
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Rows = await Filter.ApplyAsync(catalogue, service, RequestAudience.Of(HttpContext), Language, cancellationToken);
    }
}
