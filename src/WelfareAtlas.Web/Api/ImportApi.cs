using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Importing;

namespace WelfareAtlas.Web.Api;

/// <summary>The steward's upload: <c>POST /api/v1/imports</c>, a file and its mapping spec, imported as one batch.</summary>
/// <remarks>
/// Until the app has authentication, only callers on the same machine (loopback) may import; anyone else gets 403.
/// Uploads are limited by ASP.NET's request size limits (about 28 MB by default); large files go through <c>atlas import</c>.
/// </remarks>
internal static class ImportApi
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/imports").WithTags("Imports")
            .MapPost("/", Import)
            .WithName("ImportFile")
            .WithSummary("Imports an uploaded file with its mapping spec as one atomic batch (local callers only until authentication exists).")
            .WithDescription("Multipart form: 'file' (CSV, XLSX, PX or JSON-stat), 'mapping' (JSON spec, docs/import/mapping.md), optional 'allowPartial' and 'dryRun' (true/false). 201 when committed; 200 for a dry run or a file already imported; 422 with the validation report when nothing was written.")
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<Results<Created<ImportResponse>, Ok<ImportResponse>, ProblemHttpResult>> Import(
        HttpContext context,
        IFormFile file,
        IFormFile mapping,
        AtlasStore store,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken,
        bool allowPartial = false,
        bool dryRun = false)
    {
        ILogger logger = loggers.CreateLogger("WelfareAtlas.Import");
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            ImportLog.RefusedRemote(logger, context.Connection.RemoteIpAddress?.ToString());
            return TypedResults.Problem(
                title: "Imports are local only",
                detail: "Until the atlas has authentication, files can be imported only from the machine it runs on.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        string upload = Path.Combine(Path.GetTempPath(), "atlas-upload-" + Guid.NewGuid().ToString("N") + Path.GetExtension(file.FileName));
        try
        {
            await using (FileStream target = new(upload, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await file.CopyToAsync(target, cancellationToken);
            }

            using MemoryStream spec = new();
            await mapping.CopyToAsync(spec, cancellationToken);
            ImportRequest request = new(upload, Path.GetFileName(file.FileName), spec.ToArray(), Path.GetFileName(mapping.FileName), "api", allowPartial, dryRun);
            ImportResult result = await new BatchImporter(store.DataSource, time).ImportAsync(request, null, cancellationToken);
            ImportLog.Finished(logger, request.FileName, result.Status, result.BatchId, result.RowsRead, result.RowsImported, result.RowsRejected, result.Elapsed.TotalSeconds);
            ImportResponse response = ImportResponse.From(result);
            return result.Status switch
            {
                ImportStatus.Committed => TypedResults.Created($"/api/v1/imports/{result.BatchId}", response),
                ImportStatus.AlreadyImported or ImportStatus.DryRunPassed => TypedResults.Ok(response),
                _ => TypedResults.Problem(
                    title: "Nothing was imported",
                    detail: $"{request.FileName}: {response.Status}; see 'report' for every problem with its line, column and value.",
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    extensions: new Dictionary<string, object?> { ["report"] = response }),
            };
        }
        finally
        {
            File.Delete(upload);
        }
    }
}
