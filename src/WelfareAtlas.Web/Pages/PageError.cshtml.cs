using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Web.Pages;

/// <summary>
/// What a page that failed answers with: a page in the failed page's language that says the failure is the atlas's, what
/// to do, and the request's code (the <c>traceId</c> the API's problem details carry, which the server's log of the
/// exception has too), rather than the API's problem details (JSON) a browser would show as text. The exception
/// handler re-executes a failed page's request here (<c>Hosting/AtlasWebApplication</c>); addresses outside a language
/// (the API's) keep their problem details. Asked for directly, with nothing failed, the address is not a page: 404.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class PageErrorModel : AtlasPageModel
{
    /// <summary>The page for a failed GET or HEAD.</summary>
    public PageResult OnGet() => Answer();

    /// <summary>The page for a failed form's POST (signing in, subscribing to alerts).</summary>
    public PageResult OnPost() => Answer();

    private PageResult Answer()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not { } failed)
        {
            return NotFoundPage(Text.PageNotFoundTitle, Text.PageNotFoundText, Request.Path.Value ?? "/");
        }

        // The failed page's language: the first segment of its address (Finnish for one without).
        string first = failed.Path.TrimStart('/').Split('/')[0];
        LanguageCode = LanguageCodes.TryParse(first, out _) ? first : LanguageCode;
        Title = Text.ErrorTitle;
        string code = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        MissingText = string.Format(System.Globalization.CultureInfo.InvariantCulture, Text.ErrorText, code);
        // The exception handler chose the status (500, or a bad request's 400); the page keeps it.
        PageResult page = Page();
        page.StatusCode = Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError;
        return page;
    }
}
