using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.Pages;

/// <summary>What every page knows: its language (the first segment of the URL) and that language's texts.</summary>
public abstract class AtlasPageModel : PageModel
{
    /// <summary>The language code from the route: <c>fi</c>, <c>sv</c> or <c>en</c>.</summary>
    [FromRoute(Name = "lang")]
    public string LanguageCode { get; set; } = "fi";

    /// <summary>The page's language.</summary>
    public Language Language => LanguageCodes.TryParse(LanguageCode, out Language language) ? language : Language.Finnish;

    /// <summary>The page's title, shown in the browser tab before the product name.</summary>
    public string Title { get; protected set; } = string.Empty;

    internal UiStrings Text => UiStrings.For(Language);

    /// <summary>The same page in <paramref name="language"/>, with the same query.</summary>
    public string PathIn(Language language)
    {
        string path = Request.Path.Value ?? "/";
        string rest = path.Length > 3 ? path[3..] : string.Empty;
        return $"/{language.ToCode()}{rest}{Request.QueryString}";
    }

    /// <summary>The page of an area in this page's language.</summary>
    public string AreaPath(AreaCode code) => $"/{Language.ToCode()}/areas/{code.Value}";

    /// <summary>Sorts names in this page's language (Swedish and Finnish place å, ä and ö after z).</summary>
    public StringComparer Collation => StringComparer.Create(
        System.Globalization.CultureInfo.GetCultureInfo(Language == Language.Swedish ? "sv-FI" : "fi-FI"),
        ignoreCase: true);

    /// <summary>The area's name in this page's language.</summary>
    public string NameOf(Area area) => area.Names.In(Language);
}
