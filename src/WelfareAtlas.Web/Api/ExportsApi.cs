using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Localisation;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Web.Exports;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Api;

/// <summary>
/// The file downloads of the API: an indicator's data as XLSX, JSON-stat 2.0 and PX, and an area's profile as XLSX.
/// Each reads through the same service and audience as the JSON endpoint it mirrors.
/// </summary>
internal static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder indicators = endpoints.MapGroup("/api/v1/indicators").WithTags("Exports");
        const string sameChoices = "The same choices as GET /api/v1/indicators/{id}/data (areaType, period, breakdown, profile), the same cells and the same disclosure control: the city first, then every area of the type. lang=fi|sv|en (default en) chooses the language of names and labels; numbers are invariant.";
        indicators.MapGet("/{id}/data.xlsx", GetXlsx)
            .WithName("GetIndicatorDataXlsx")
            .WithSummary("The indicator's data as an XLSX workbook: a cover sheet, a data sheet (values, limits, comparisons, trend, disclosure state) and a metadata sheet.")
            .WithDescription(sameChoices)
            .ProducesFile(XlsxExport.MediaType)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        indicators.MapGet("/{id}/data.jsonstat", GetJsonStat)
            .WithName("GetIndicatorDataJsonStat")
            .WithSummary("The indicator's data as a JSON-stat 2.0 dataset (dimensions indicator, area, period, breakdown, measure; status c = suppressed, u = unreliable, : = not available).")
            .WithDescription(sameChoices)
            .ProducesFile(JsonStatExport.MediaType)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        indicators.MapGet("/{id}/data.px", GetPx)
            .WithName("GetIndicatorDataPx")
            .WithSummary("The indicator's data as a PC-Axis (PX) file, UTF-8, in Finnish with Swedish and English translations; suppressed cells are \"....\", unavailable \"..\".")
            .WithDescription(sameChoices)
            .ProducesFile(PxExport.MediaType)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        RouteGroupBuilder profiles = endpoints.MapGroup("/api/v1/profiles").WithTags("Exports");
        profiles.MapGet("/{id}/areas/{code}.xlsx", GetProfileXlsx)
            .WithName("GetAreaProfileXlsx")
            .WithSummary("An area's profile as an XLSX workbook: a cover sheet with the summary, sources and licences, a data sheet with every cell of GET /api/v1/profiles/{id}/areas/{code}, and a metadata sheet per indicator.")
            .WithDescription("benchmark=city|parent as for the JSON profile; lang=fi|sv|en (default en).")
            .ProducesFile(XlsxExport.MediaType)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetXlsx(
        string id, IndicatorDataService service, ExportService exports, HttpContext context, CancellationToken cancellationToken,
        [FromQuery] string? areaType = null, [FromQuery] string? period = null, [FromQuery] string? breakdown = null, [FromQuery] string? profile = null, [FromQuery] string? lang = null)
    {
        if (!TryLanguage(lang, out Language language, out ProblemHttpResult? bad))
        {
            return bad;
        }

        (IndicatorExport? export, ProblemHttpResult? problem) = await ReadExportAsync(id, areaType, period, breakdown, profile, service, exports, context, cancellationToken);
        if (export is null)
        {
            return problem!;
        }

        IReadOnlyList<IndicatorMetadata> metadata = await exports.MetadataAsync([(export.Data.Indicator.Id, export.Rows.Select(r => r.BatchId))], cancellationToken);
        return TypedResults.File(XlsxExport.Write(export, metadata[0], language), XlsxExport.MediaType, export.FileStem + ".xlsx");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetJsonStat(
        string id, IndicatorDataService service, ExportService exports, HttpContext context, CancellationToken cancellationToken,
        [FromQuery] string? areaType = null, [FromQuery] string? period = null, [FromQuery] string? breakdown = null, [FromQuery] string? profile = null, [FromQuery] string? lang = null)
    {
        if (!TryLanguage(lang, out Language language, out ProblemHttpResult? bad))
        {
            return bad;
        }

        (IndicatorExport? export, ProblemHttpResult? problem) = await ReadExportAsync(id, areaType, period, breakdown, profile, service, exports, context, cancellationToken);
        if (export is null)
        {
            return problem!;
        }

        return TypedResults.File(JsonStatExport.Write(export, language), JsonStatExport.MediaType, export.FileStem + ".json");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPx(
        string id, IndicatorDataService service, ExportService exports, HttpContext context, CancellationToken cancellationToken,
        [FromQuery] string? areaType = null, [FromQuery] string? period = null, [FromQuery] string? breakdown = null, [FromQuery] string? profile = null)
    {
        (IndicatorExport? export, ProblemHttpResult? problem) = await ReadExportAsync(id, areaType, period, breakdown, profile, service, exports, context, cancellationToken);
        if (export is null)
        {
            return problem!;
        }

        return TypedResults.File(PxExport.Write(export), PxExport.MediaType, export.FileStem + ".px");
    }

    /// <summary>The indicator's data as the caller's audience sees it, shaped for export; or the problem the data endpoint would answer.</summary>
    private static async Task<(IndicatorExport? Export, ProblemHttpResult? Problem)> ReadExportAsync(
        string id, string? areaType, string? period, string? breakdown, string? profile,
        IndicatorDataService service, ExportService exports, HttpContext context, CancellationToken cancellationToken)
    {
        Audience audience = RequestAudience.Of(context);
        (IndicatorDataView? data, ProblemHttpResult? problem) = await IndicatorsApi.ReadDataAsync(id, areaType, period, breakdown, profile, service, audience, cancellationToken);
        return data is null ? (null, problem) : (exports.Indicator(data, audience), null);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetProfileXlsx(
        string id, string code, AtlasCatalogue catalogue, AreaProfileService service, ExportService exports, HttpContext context, CancellationToken cancellationToken,
        [FromQuery] string? benchmark = null, [FromQuery] string? lang = null)
    {
        if (!TryLanguage(lang, out Language language, out ProblemHttpResult? bad))
        {
            return bad;
        }

        if (ProfilesApi.Check(id, code, benchmark, catalogue, out AreaCode areaCode, out Benchmark chosen) is { } problem)
        {
            return problem;
        }

        Audience audience = RequestAudience.Of(context);
        AreaProfileView view = (await service.BuildAsync(id, areaCode, chosen, audience, cancellationToken))!;
        IReadOnlyList<IndicatorMetadata> metadata = await exports.MetadataAsync(
            view.Cells.Select(c => (c.Indicator, (IEnumerable<long>)(c.BatchId is { } b ? [b] : []))),
            cancellationToken);
        return TypedResults.File(
            XlsxExport.Write(view, ExportService.AudienceCode(audience), exports.Now, metadata, language),
            XlsxExport.MediaType,
            $"profile-{view.Profile.Id}-{view.Area.Code}.xlsx");
    }

    /// <summary>Reads <c>lang</c>: fi, sv or en; English when absent.</summary>
    internal static bool TryLanguage(string? lang, out Language language, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        problem = null;
        if (lang is null)
        {
            language = Language.English;
            return true;
        }

        if (LanguageCodes.TryParse(lang, out language))
        {
            return true;
        }

        problem = TypedResults.Problem(title: "Unknown language", detail: $"'{lang}' is not a language of the atlas; use fi, sv or en.", statusCode: StatusCodes.Status400BadRequest);
        return false;
    }
}
