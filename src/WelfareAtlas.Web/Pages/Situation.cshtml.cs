using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Profiles;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Profiles;
using WelfareAtlas.Web.Situations;

namespace WelfareAtlas.Web.Pages;

/// <summary>The situational picture of the city or of one area (<c>?area=CODE</c>), judged by a profile (<c>?profile=ID</c>).</summary>
public sealed class SituationModel(SituationService service, AtlasCatalogue catalogue) : AtlasPageModel
{
    /// <summary>Findings shown per kind on the page; the API gives more.</summary>
    public const int PageLimit = 50;

    /// <summary>The area in the URL; the city when absent.</summary>
    [FromQuery(Name = "area")]
    public string? AreaText { get; set; }

    /// <summary>The profile in the URL; the first profile when absent.</summary>
    [FromQuery(Name = "profile")]
    public string? ProfileText { get; set; }

    /// <summary>
    /// One kind of finding to show in full (<c>?show=significant-change</c>), without the other kinds; every kind, each
    /// cut at <see cref="PageLimit"/>, when absent.
    /// </summary>
    [FromQuery(Name = "show")]
    public string? ShowText { get; set; }

    /// <summary>The kind shown in full; <see langword="null"/> when every kind is shown.</summary>
    public string? Shown { get; private set; }

    /// <summary>The page's address with the same area and profile, showing <paramref name="kind"/> in full, or every kind when <see langword="null"/>.</summary>
    public string PathShowing(string? kind)
    {
        List<string> query = [];
        if (Area is { } area)
        {
            query.Add("area=" + Uri.EscapeDataString(area.Code.Value));
        }

        if (View is { } view)
        {
            query.Add("profile=" + Uri.EscapeDataString(view.Profile));
        }

        if (kind is not null)
        {
            query.Add("show=" + Uri.EscapeDataString(kind));
        }

        return $"/{LanguageCode}/situation" + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query));
    }

    /// <summary>The picture; <see langword="null"/> for an unknown area or profile (404).</summary>
    public SituationView? View { get; private set; }

    /// <summary>The area shown; <see langword="null"/> for the city's picture.</summary>
    public Area? Area { get; private set; }

    /// <summary>The profile judging better and worse.</summary>
    public Profile? Profile { get; private set; }

    /// <summary>Every profile, for the choice.</summary>
    public IReadOnlyList<Profile> Profiles => catalogue.Profiles;

    /// <summary>The city's name in the page's language, for the link from an area's situation back to the city's.</summary>
    public string CityName => catalogue.City is { } city ? NameOf(city) : Text.TypePlural[AreaType.City];

    /// <summary>An area's name in the page's language (with its type when another area has the same name), or its code when unknown.</summary>
    public string AreaName(string code) =>
        AreaCode.TryParse(code, out AreaCode parsed, out _) && catalogue.Areas.TryGetValue(parsed, out Area? area) ? catalogue.DistinctNameOf(area, Language) : code;

    /// <summary>A finding's group (its breakdown) in the page's words, with its indicator's words for its categories.</summary>
    public string GroupLabel(string indicator, string key) => Localisation.BreakdownLabels.Of(key, Language, catalogue.CategoryNamesOf(indicator));

    /// <summary>An indicator's unit in the page's language (of the value and what it is set against), or nothing when unknown.</summary>
    public string IndicatorUnit(string id) => IndicatorOf(id)?.Unit.In(Language) ?? string.Empty;

    /// <summary>An indicator's name in the page's language, or its id when unknown.</summary>
    public string IndicatorName(string id) => IndicatorOf(id)?.Name.In(Language) ?? id;

    private Indicators.Indicator? IndicatorOf(string id) =>
        Indicators.IndicatorId.TryParse(id, out Indicators.IndicatorId parsed, out _) && catalogue.Indicators.TryGetValue(parsed, out Indicators.Indicator? indicator) ? indicator : null;

    /// <summary>Loads the picture, or answers 404.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Profile = ProfileText is null ? service.DefaultProfile : catalogue.FindProfile(ProfileText);
        AreaCode? code = null;
        if (AreaText is not null)
        {
            if (!AreaCode.TryParse(AreaText, out AreaCode parsed, out _) || !catalogue.Areas.TryGetValue(parsed, out Area? area))
            {
                return AreaNotFound(AreaText);
            }

            Area = area;
            code = parsed;
        }

        if (Profile is null)
        {
            return ProfileNotFound(ProfileText!);
        }

        Localisation.SituationTexts s = Localisation.SituationTexts.For(Language);
        if (ShowText is not null && !SituationService.Order.Any(kind => SituationService.Slug(kind) == ShowText))
        {
            // A choice that names nothing: said on the page, as a bad request.
            Microsoft.AspNetCore.Mvc.RazorPages.PageResult unknown = NotFoundPage(s.SituationTitle, s.UnknownKind, ShowText);
            unknown.StatusCode = StatusCodes.Status400BadRequest;
            return unknown;
        }

        Shown = ShowText;
        View = await service.PictureAsync(RequestAudience.Of(HttpContext), Profile, code, Shown is null ? PageLimit : int.MaxValue, cancellationToken);
        if (Shown is not null)
        {
            View = View with { Groups = [.. View.Groups.Where(group => group.Kind == Shown)] };
        }

        Title = Area is null ? s.SituationTitle : string.Format(System.Globalization.CultureInfo.InvariantCulture, s.SituationOfArea, NameOf(Area));
        return Page();
    }
}
