using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Charts;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

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

    /// <summary>
    /// What a not-found page says (which area, indicator or profile the address asked for does not exist), or the error
    /// page (<see cref="PageErrorModel"/>).
    /// </summary>
    public string MissingText { get; protected set; } = string.Empty;

    /// <summary>
    /// The page's answer when what its address names does not exist: 404, with <paramref name="title"/> as the heading
    /// and <paramref name="text"/> (a format with {0}) naming <paramref name="asked"/>.
    /// </summary>
    protected PageResult NotFoundPage(string title, string text, string asked)
    {
        Title = title;
        MissingText = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, asked);
        PageResult result = Page();
        result.StatusCode = StatusCodes.Status404NotFound;
        return result;
    }

    /// <summary>The not-found page of an area (<see cref="NotFoundPage(string, string, string)"/>).</summary>
    protected PageResult AreaNotFound(string asked) => NotFoundPage(Text.NotFoundTitle, Text.NotFoundText, asked);

    /// <summary>The not-found page of a welfare profile (<see cref="NotFoundPage(string, string, string)"/>).</summary>
    protected PageResult ProfileNotFound(string asked) => NotFoundPage(Text.ProfileNotFoundTitle, Text.ProfileNotFoundText, asked);

    /// <summary>The same page in <paramref name="language"/>, with the same query.</summary>
    public string PathIn(Language language)
    {
        // The error page is re-executed at its own address: its other languages are those of the page that failed.
        string path = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path ?? Request.Path.Value ?? "/";
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

    /// <summary>The name of <paramref name="area"/>'s parent among <paramref name="areas"/>, or empty for a child of the city and for a city: the "part of" column of the area tables.</summary>
    protected string ParentNameOf(Area area, IReadOnlyDictionary<AreaCode, Area> areas)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(areas);
        return area.Parent is { } parent && areas.TryGetValue(parent, out Area? found) && found.Type != AreaType.City ? NameOf(found) : string.Empty;
    }

    /// <summary>
    /// Decimals of an indicator's values on the pages, by its measure's slug: none for a count (the population: people are
    /// counted whole, though an apportioned estimate has fractions), one for every other measure.
    /// </summary>
    public static int DecimalsOf(string measure) => measure == "count" ? 0 : 1;

    /// <summary>
    /// The decimals of a numerator or denominator: none for a whole count, one for a small fraction of one, as an
    /// apportioned estimate has (a sub-district's 0.29 of a postal area's conversations read "0" beside a rate of 3.5).
    /// </summary>
    public static int CountDecimals(double? value) =>
        value is { } v && Math.Abs(v) < 100 && Math.Abs(v - Math.Round(v)) > 1e-9 ? 1 : 0;

    /// <summary>
    /// A table cell's content: the number, or the status when there is none, with the disclosure marker (<c>c</c>
    /// suppressed, <c>u</c> unreliable) and its explanation in the page's language, visible to screen readers and on
    /// hover; colour is never the only sign.
    /// </summary>
    public IHtmlContent ValueOrStatus(double? value, string status, DisclosureView disclosure, string? noValueReason, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        string shown = ShownStatus.Of(status, disclosure);
        // The compute run's reasons are in English: a Finnish or Swedish page explains the status in its own language.
        string note = disclosure.Note?.In(Language)
            ?? (Language == Language.English ? noValueReason : null)
            ?? Text.Profiles.StatusNote.GetValueOrDefault(shown)
            ?? string.Empty;
        HtmlContentBuilder html = new();
        if (value is { } number)
        {
            html.Append(SvgChart.Format(number, Language, decimals));
        }
        else
        {
            html.AppendHtml("<span class=\"status status-").Append(shown).AppendHtml("\" title=\"").Append(note).AppendHtml("\">")
                .Append(Text.Profiles.Status.GetValueOrDefault(shown, status)).AppendHtml("</span>");
        }

        if (disclosure.Marker.Length > 0 && disclosure.Marker != ":")
        {
            html.AppendHtml(" <sup class=\"disclosure-marker\" title=\"").Append(note).AppendHtml("\" aria-hidden=\"true\">").Append(disclosure.Marker).AppendHtml("</sup>")
                .AppendHtml("<span class=\"visually-hidden\"> (").Append(note).AppendHtml(")</span>");
        }

        return html;
    }
}
