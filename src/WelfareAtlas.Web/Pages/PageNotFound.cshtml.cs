using Microsoft.AspNetCore.Mvc;

namespace WelfareAtlas.Web.Pages;

/// <summary>
/// Any address under a language that no page has: a 404 page in that language that says so and leads back, rather than
/// the API's problem details (JSON) a browser would show as text. Routing tries it last, as its catch-all is the least
/// specific of the pages' templates; addresses outside a language (the API's) keep their problem details.
/// </summary>
public sealed class PageNotFoundModel : AtlasPageModel
{
    /// <summary>Answers 404 with the page.</summary>
    public IActionResult OnGet() => NotFoundPage(Text.PageNotFoundTitle, Text.PageNotFoundText, Request.Path.Value ?? "/");
}
