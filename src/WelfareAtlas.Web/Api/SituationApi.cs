using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Profiles;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Profiles;
using WelfareAtlas.Web.Situations;

namespace WelfareAtlas.Web.Api;

/// <summary>The situational picture API: <c>/api/v1/situation</c>.</summary>
internal static class SituationApi
{
    /// <summary>Findings per kind when the request names no limit.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The most findings per kind a request may ask for.</summary>
    public const int MaximumLimit = 5000;

    public static IEndpointRouteBuilder MapSituationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/situation").WithTags("Situation")
            .MapGet("/", GetSituation)
            .WithName("GetSituation")
            .WithSummary("The situational picture of the city or of one area: significant changes since the previous period (for a month, quarter or week, since the same one a year earlier, so that a season is not a change), worse and worsening (significantly worse than the city and a significantly worsening trend), new highs and lows, revisions since the previous delivery (every one for stewards; for the public only those of numbers it is shown whose replaced number was publishable too); for stewards also data-quality outliers with their batch.")
            .WithDescription("area: an area's code (the city's picture, every area's findings, when omitted). profile: whose polarity judges better and worse (the first profile when omitted). limit: findings per kind, strongest first (default 100, at most 5000); each group's total says how many there are.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Ok<SituationView>, ProblemHttpResult>> GetSituation(
        SituationService situation,
        AtlasCatalogue catalogue,
        HttpContext context,
        CancellationToken cancellationToken,
        [FromQuery] string? area = null,
        [FromQuery] string? profile = null,
        [FromQuery] int? limit = null)
    {
        AreaCode? code = null;
        if (area is not null)
        {
            if (!AreaCode.TryParse(area, out AreaCode parsed, out string? error))
            {
                return TypedResults.Problem(title: "Bad area code", detail: $"area: '{area}' is not an area code: {error}", statusCode: StatusCodes.Status400BadRequest);
            }

            if (!catalogue.Areas.ContainsKey(parsed))
            {
                return ApiProblems.UnknownArea(area);
            }

            code = parsed;
        }

        Profile? chosen = profile is null ? situation.DefaultProfile : catalogue.FindProfile(profile);
        if (chosen is null)
        {
            return TypedResults.Problem(title: "Unknown profile", detail: $"There is no profile '{profile}'; GET /api/v1/profiles lists them.", statusCode: StatusCodes.Status404NotFound);
        }

        if (limit is < 1 or > MaximumLimit)
        {
            return TypedResults.Problem(title: "Bad limit", detail: $"limit: {limit} is outside 1–{MaximumLimit}.", statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Ok(await situation.PictureAsync(RequestAudience.Of(context), chosen, code, limit ?? DefaultLimit, cancellationToken));
    }
}
