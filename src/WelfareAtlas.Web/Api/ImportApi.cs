using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Importing;
using WelfareAtlas.Web.Security;

namespace WelfareAtlas.Web.Api;

/// <summary>
/// The steward's imports: <c>POST /api/v1/imports</c>, a file and its mapping spec, imported as one batch; and the
/// batches in the store, <c>GET /api/v1/imports</c> and <c>GET /api/v1/imports/{id}</c> (the upload's Location).
/// </summary>
/// <remarks>
/// Stewards and admins only (a signed-in user or an API key with that role); anyone else gets 401 or 403. The batch's
/// cells and forecasts are recomputed before the answer, also when the client has gone away by then.
/// Uploads are limited by ASP.NET's request size limits (about 28 MB by default); large files go through <c>atlas import</c>.
/// </remarks>
internal static class ImportApi
{
    private const int DefaultRejectedShown = 100;
    private const int MaxRejectedShown = 10_000;

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder endpoints)
    {
        // Stewards and admins only: without a valid key or sign-in 401, with a lower role 403.
        RouteGroupBuilder imports = endpoints.MapGroup("/api/v1/imports").WithTags("Imports");
        imports.MapGet("/", ListBatches)
            .WithName("ListImports")
            .WithSummary("Lists every import batch, newest first, committed and rolled back (stewards and admins).")
            .Problems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden)
            .RequireAuthorization(AtlasPolicies.Steward);
        imports.MapGet("/{id}", GetBatch)
            .WithName("GetImport")
            .WithSummary("One import batch: its record and its first rejected rows by line (stewards and admins).")
            .WithDescription("The Location of a committed upload. Query: 'rejectedLimit' (0–10000, default 100) rejected rows to list; 'rejectedNotShown' counts the rest. An unknown batch is a 404.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .RequireAuthorization(AtlasPolicies.Steward);
        imports.MapPost("/", Import)
            .WithName("ImportFile")
            .WithSummary("Imports an uploaded file with its mapping spec as one atomic batch (stewards and admins).")
            .WithDescription("Multipart form: 'file' (CSV, XLSX, PX or JSON-stat) and 'mapping' (JSON spec, docs/import/mapping.md). Query: optional 'allowPartial' and 'dryRun' (true/false), and 'publishAt' (ISO 8601 with offset, e.g. 2026-03-01T08:00:00Z: an embargo; until then only analysts and above see the batch's data). 201 when committed; 200 for a dry run or a file already imported; 422 with the validation report when nothing was written.")
            .DisableAntiforgery()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(AtlasPolicies.Steward);
        return endpoints;
    }

    private static async Task<Results<Created<ImportResponse>, Ok<ImportResponse>, ProblemHttpResult>> Import(
        HttpContext context,
        IFormFile file,
        IFormFile mapping,
        AtlasStore store,
        TimeProvider time,
        ILoggerFactory loggers,
        IHostApplicationLifetime lifetime,
        CancellationToken cancellationToken,
        bool allowPartial = false,
        bool dryRun = false,
        DateTimeOffset? publishAt = null)
    {
        ILogger logger = loggers.CreateLogger("WelfareAtlas.Import");
        string upload = Path.Combine(Path.GetTempPath(), "atlas-upload-" + Guid.NewGuid().ToString("N") + Path.GetExtension(file.FileName));
        try
        {
            await using (FileStream target = new(upload, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await file.CopyToAsync(target, cancellationToken);
            }

            using MemoryStream spec = new();
            await mapping.CopyToAsync(spec, cancellationToken);
            ImportRequest request = new(upload, BaseName(file.FileName), spec.ToArray(), BaseName(mapping.FileName), context.User.Identity?.Name ?? "api", allowPartial, dryRun, publishAt?.UtcDateTime);
            // A client that goes away before the commit cancels the import; once the batch is committed, only the
            // server's shutdown stops its recompute, so that the cells do not stay behind a batch nobody waited for.
            ImportResult result = await new BatchImporter(store.DataSource, time).ImportAsync(request, null, cancellationToken, lifetime.ApplicationStopping);
            ImportLog.Finished(logger, request.FileName, result.Status, result.BatchId, result.RowsRead, result.RowsImported, result.RowsRejected, result.Elapsed.TotalSeconds);
            if (result.RecomputeFailure is { } failure)
            {
                ImportLog.RecomputeFailed(logger, failure, result.BatchId, request.FileName, result.Recompute is not null);
            }

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

    private static async Task<Ok<ImportBatchResponse[]>> ListBatches(HttpContext context, AtlasStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        // Recorded in the audit log as every read with the analyst's view is (a steward's is one).
        _ = RequestAudience.Of(context);
        return TypedResults.Ok((await new ImportBatchRepository(store.DataSource, time).ListAsync(cancellationToken)).Select(ImportBatchResponse.From).ToArray());
    }

    private static async Task<Results<Ok<ImportBatchDetailsResponse>, ProblemHttpResult>> GetBatch(
        string id,
        HttpContext context,
        AtlasStore store,
        TimeProvider time,
        CancellationToken cancellationToken,
        int rejectedLimit = DefaultRejectedShown)
    {
        // Recorded in the audit log: the rejected rows are the delivered file's own values, which only stewards may read.
        _ = RequestAudience.Of(context);
        if (rejectedLimit is < 0 or > MaxRejectedShown)
        {
            return TypedResults.Problem(
                title: "Invalid rejectedLimit",
                detail: string.Create(CultureInfo.InvariantCulture, $"rejectedLimit must be from 0 to {MaxRejectedShown}, not {rejectedLimit}."),
                statusCode: StatusCodes.Status400BadRequest);
        }

        ImportBatchRepository repository = new(store.DataSource, time);
        // Not even the form of a batch number: still "no such batch" to the caller.
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long batchId)
            || await repository.FindAsync(batchId, cancellationToken) is not { } batch)
        {
            return TypedResults.Problem(
                title: "No such import batch",
                detail: string.Create(CultureInfo.InvariantCulture, $"There is no import batch {id}; GET /api/v1/imports lists them."),
                statusCode: StatusCodes.Status404NotFound);
        }

        IReadOnlyList<RejectedRow> rejected = rejectedLimit == 0 ? [] : await repository.ListRejectedAsync(batchId, rejectedLimit, cancellationToken);
        return TypedResults.Ok(new ImportBatchDetailsResponse(
            ImportBatchResponse.From(batch),
            [.. rejected.Select(row => new RejectedRowResponse(row.Line, row.Location, row.Code, row.Message, row.Value))],
            Math.Max(0, batch.RowsRejected - rejected.Count)));
    }

    /// <summary>An uploaded name without any directory, whichever separator the client's system uses: only a name is recorded.</summary>
    internal static string BaseName(string uploaded)
    {
        string name = uploaded[(uploaded.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        return name.Length == 0 || name is "." or ".." ? "upload" : name;
    }
}
