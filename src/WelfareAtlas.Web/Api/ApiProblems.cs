using Microsoft.AspNetCore.Http.HttpResults;
using WelfareAtlas.Areas;

namespace WelfareAtlas.Web.Api;

/// <summary>The problem details several endpoints answer for the same bad query value, worded once.</summary>
internal static class ApiProblems
{
    /// <summary>404: the query's <c>area</c> is a well-formed code that names no area.</summary>
    public static ProblemHttpResult UnknownArea(string area) => TypedResults.Problem(
        title: "Unknown area",
        detail: $"There is no area '{area}'; GET /api/v1/areas lists them.",
        statusCode: StatusCodes.Status404NotFound);

    /// <summary>400: the query's <c>breakdown</c> is not a breakdown key, with the parser's <paramref name="error"/>.</summary>
    public static ProblemHttpResult BadBreakdown(string? breakdown, string? error) => TypedResults.Problem(
        title: "Bad breakdown",
        detail: $"breakdown: '{breakdown}' is not a breakdown key: {error}",
        statusCode: StatusCodes.Status400BadRequest);

    /// <summary>400: <paramref name="type"/> is not an area type.</summary>
    public static ProblemHttpResult UnknownAreaType(string type) => TypedResults.Problem(
        title: "Unknown area type",
        detail: $"'{type}' is not an area type; use one of {AreaTypes.SlugList}.",
        statusCode: StatusCodes.Status400BadRequest);
}
