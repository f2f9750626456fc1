using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Pages;

/// <summary>The list of profiles and indicators, the way into the profile and indicator pages.</summary>
public sealed class ProfilesModel(AtlasCatalogue catalogue) : AtlasPageModel
{
    /// <summary>The areas, indicators and profiles.</summary>
    public AtlasCatalogue Catalogue => catalogue;

    /// <summary>Sets the title.</summary>
    public void OnGet() => Title = Text.Profiles.ProfilesTitle;
}
