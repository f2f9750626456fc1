using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Pages;

/// <summary>A profile's overview: every area of one type against the city on every indicator, one coloured cell each.</summary>
public sealed class OverviewModel(AreaProfileService service, AtlasCatalogue catalogue) : AtlasPageModel
{
    /// <summary>The area types an overview can show.</summary>
    public static readonly AreaType[] Types = [AreaType.MajorDistrict, AreaType.District, AreaType.SubDistrict, AreaType.PostalArea];

    /// <summary>The overview; <see langword="null"/> for an unknown profile (404).</summary>
    public OverviewView? View { get; private set; }

    /// <summary>The area type in the URL; district by default.</summary>
    [FromQuery(Name = "type")]
    public string? TypeText { get; set; }

    /// <summary>The area type shown.</summary>
    public AreaType Type { get; private set; } = AreaType.District;

    /// <summary>A column's indicator with the group it shows when that is not everyone, with the indicator's words for its categories.</summary>
    public string Named(OverviewColumn column) =>
        Localisation.BreakdownLabels.Named(column.Name.In(Language), column.Breakdown, Language, catalogue.CategoryNamesOf(column.Indicator));

    /// <summary>Loads the overview, or answers 404.</summary>
    public async Task<IActionResult> OnGetAsync(string profile, CancellationToken cancellationToken)
    {
        Type = TypeText is not null && AreaTypes.TryParse(TypeText, out AreaType type) && Types.Contains(type) ? type : AreaType.District;
        if (await service.OverviewAsync(profile, Type, RequestAudience.Of(HttpContext), cancellationToken) is not { } view)
        {
            return ProfileNotFound(profile);
        }

        View = view;
        Title = view.Profile.Name.In(Language);
        return Page();
    }
}
