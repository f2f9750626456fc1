using Microsoft.AspNetCore.Http.HttpResults;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.Reports;

/// <summary>
/// The printable reports: <c>/{lang}/profiles/{profile}/areas/{code}/report</c> (HTML for print) and
/// <c>…/report.pdf</c>, and the city-wide <c>/{lang}/profiles/{profile}/report</c> and <c>…/report.pdf</c>.
/// Pages, not API: they are left out of the OpenAPI document.
/// </summary>
internal static class ReportEndpoints
{
    private const string LanguageSegment = "{lang:regex(^(fi|sv|en)$)}";

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"/{LanguageSegment}/profiles/{{profile}}/areas/{{code}}/report", AreaHtml).ExcludeFromDescription();
        endpoints.MapGet($"/{LanguageSegment}/profiles/{{profile}}/areas/{{code}}/report.pdf", AreaPdf).ExcludeFromDescription();
        endpoints.MapGet($"/{LanguageSegment}/profiles/{{profile}}/report", CityHtml).ExcludeFromDescription();
        endpoints.MapGet($"/{LanguageSegment}/profiles/{{profile}}/report.pdf", CityPdf).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<ContentHttpResult> AreaHtml(string lang, string profile, string code, ReportService reports, HttpContext context, CancellationToken cancellationToken) =>
        await AreaAsync(lang, profile, code, reports, RequestAudience.Of(context), cancellationToken) is (AreaReport report, Language language)
            ? TypedResults.Text(ReportHtml.Write(report, language, forPdf: false), "text/html; charset=utf-8")
            : NotFound(lang, context);

    private static async Task<Results<FileContentHttpResult, ContentHttpResult, ProblemHttpResult>> AreaPdf(string lang, string profile, string code, ReportService reports, PdfPrinter printer, HttpContext context, CancellationToken cancellationToken)
    {
        if (await AreaAsync(lang, profile, code, reports, RequestAudience.Of(context), cancellationToken) is not (AreaReport report, Language language))
        {
            return NotFound(lang, context);
        }

        return await PdfAsync(printer, ReportHtml.Write(report, language, forPdf: true), language, $"report-{profile}-{code}-{language.ToCode()}.pdf", cancellationToken);
    }

    private static async Task<ContentHttpResult> CityHtml(string lang, string profile, ReportService reports, HttpContext context, CancellationToken cancellationToken)
    {
        Language language = LanguageOf(lang);
        return await reports.CityAsync(profile, language, RequestAudience.Of(context), cancellationToken) is { } report
            ? TypedResults.Text(ReportHtml.Write(report, language, forPdf: false), "text/html; charset=utf-8")
            : NotFound(lang, context);
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult, ProblemHttpResult>> CityPdf(string lang, string profile, ReportService reports, PdfPrinter printer, HttpContext context, CancellationToken cancellationToken)
    {
        Language language = LanguageOf(lang);
        if (await reports.CityAsync(profile, language, RequestAudience.Of(context), cancellationToken) is not { } report)
        {
            return NotFound(lang, context);
        }

        return await PdfAsync(printer, ReportHtml.Write(report, language, forPdf: true), language, $"report-{profile}-districts-{language.ToCode()}.pdf", cancellationToken);
    }

    private static async Task<(AreaReport Report, Language Language)?> AreaAsync(string lang, string profile, string code, ReportService reports, Audience audience, CancellationToken cancellationToken)
    {
        Language language = LanguageOf(lang);
        return AreaCode.TryParse(code, out AreaCode areaCode, out _) && await reports.AreaAsync(profile, areaCode, audience, cancellationToken) is { } report
            ? (report, language)
            : null;
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult, ProblemHttpResult>> PdfAsync(PdfPrinter printer, string html, Language language, string fileName, CancellationToken cancellationToken)
    {
        try
        {
            byte[] pdf = await printer.PrintAsync(html, UiStrings.For(language).Reports.Page, cancellationToken);
            return TypedResults.File(pdf, PdfPrinter.MediaType, fileName);
        }
        catch (ReportPrinterException exception)
        {
            return TypedResults.Problem(title: "The PDF cannot be printed", detail: exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>The route's language; the route constraint admits only fi, sv and en.</summary>
    private static Language LanguageOf(string lang) => LanguageCodes.TryParse(lang, out Language language) ? language : Language.Finnish;

    /// <summary>
    /// The 404 of a report whose profile or area does not exist, as a page in the address's language (these are pages,
    /// opened from a browser, not the API: its problem details would show as raw English JSON), standalone like the
    /// reports themselves.
    /// </summary>
    private static ContentHttpResult NotFound(string lang, HttpContext context)
    {
        Language language = LanguageOf(lang);
        UiStrings text = UiStrings.For(language);
        string code = language.ToCode();
        string E(string value) => System.Net.WebUtility.HtmlEncode(value);
        string asked = context.Request.Path.Value ?? "/";
        string html = $"""
            <!DOCTYPE html>
            <html lang="{code}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(text.PageNotFoundTitle)}</title><link rel="stylesheet" href="/css/atlas.css"></head>
            <body><main class="site-main"><h1>{E(text.PageNotFoundTitle)}</h1><p>{E(string.Format(System.Globalization.CultureInfo.InvariantCulture, text.PageNotFoundText, asked))}</p>
            <p><a href="/{code}">{E(text.BackToMap)}</a> · <a href="/{code}/profiles">{E(text.Profiles.ProfilesTitle)}</a></p></main></body>
            </html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }
}
