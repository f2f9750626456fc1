using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Web.Maps;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Api;

/// <summary>The areas API: <c>/api/v1/areas</c> and the map layers at <c>/api/v1/maps</c>.</summary>
internal static class AreasApi
{
    public static IEndpointRouteBuilder MapAreasApi(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder areas = endpoints.MapGroup("/api/v1/areas").WithTags("Areas");
        areas.MapGet("/", ListAreas)
            .WithName("ListAreas")
            .WithSummary("Lists areas, optionally of one type and/or with one parent.")
            .WithDescription("Ordered from the largest type to the smallest, then by code. An unknown parent is a 404, never an empty list.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        areas.MapGet("/{code}", GetArea)
            .WithName("GetArea")
            .WithSummary("One area by its code; geometry=true adds its boundary as GeoJSON.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        endpoints.MapGroup("/api/v1/maps").WithTags("Maps")
            .MapGet("/{type}", GetMapLayer)
            .WithName("GetMapLayer")
            .WithSummary("All areas of one type as a GeoJSON FeatureCollection (WGS 84), for maps; within=CODE keeps those inside that area (or the area itself), for example one city's areas.")
            .ProducesFile("application/geo+json")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Ok<AreaResponse[]>, ProblemHttpResult>> ListAreas(
        AreaRepository repository,
        CancellationToken cancellationToken,
        [FromQuery] string? type = null,
        [FromQuery] string? parent = null)
    {
        AreaType? areaType = null;
        if (type is not null)
        {
            if (!AreaTypes.TryParse(type, out AreaType parsed))
            {
                return ApiProblems.UnknownAreaType(type);
            }

            areaType = parsed;
        }

        AreaCode? parentCode = null;
        if (parent is not null)
        {
            if (!AreaCode.TryParse(parent, out AreaCode parsed, out string? error))
            {
                return TypedResults.Problem(title: "Invalid parent code", detail: error, statusCode: StatusCodes.Status400BadRequest);
            }

            if (await repository.FindAsync(parsed, cancellationToken) is null)
            {
                return UnknownArea(parsed.Value);
            }

            parentCode = parsed;
        }

        IReadOnlyList<Area> found = await repository.ListAsync(areaType, parentCode, cancellationToken);
        return TypedResults.Ok(found.Select(area => AreaResponse.From(area)).ToArray());
    }

    private static async Task<Results<Ok<AreaResponse>, ProblemHttpResult>> GetArea(
        string code,
        AreaRepository repository,
        CancellationToken cancellationToken,
        [FromQuery] bool geometry = false)
    {
        if (!AreaCode.TryParse(code, out AreaCode areaCode, out _))
        {
            // Not even the form of a code: still "no such area" to the caller.
            return UnknownArea(code);
        }

        Area? area = await repository.FindAsync(areaCode, cancellationToken);
        if (area is null)
        {
            return UnknownArea(code);
        }

        string? shape = geometry ? await repository.FindShapeAsync(areaCode, cancellationToken) : null;
        return TypedResults.Ok(AreaResponse.From(area, shape));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetMapLayer(
        string type,
        AreaRepository repository,
        AtlasCatalogue catalogue,
        CancellationToken cancellationToken,
        [FromQuery] string? within = null)
    {
        if (!AreaTypes.TryParse(type, out AreaType areaType))
        {
            return ApiProblems.UnknownAreaType(type);
        }

        IReadOnlyList<Area> found = await repository.ListAsync(areaType, null, cancellationToken);
        if (within is not null)
        {
            // The catalogue's areas in memory, not a second query: the indicator page asks for its map this way every time.
            if (!AreaCode.TryParse(within, out AreaCode enclosing, out _) || !catalogue.Areas.ContainsKey(enclosing))
            {
                return UnknownArea(within);
            }

            found = [.. found.Where(area => AreaChains.IsWithin(area.Code, enclosing, catalogue.Areas))];
        }

        IReadOnlyDictionary<AreaCode, string> shapes = await repository.ListShapesAsync(areaType, cancellationToken);
        string featureCollection = MapLayer.ToFeatureCollection(found, shapes);
        return TypedResults.Content(featureCollection, "application/geo+json", Encoding.UTF8);
    }

    private static ProblemHttpResult UnknownArea(string code) => TypedResults.Problem(
        title: "Unknown area",
        detail: $"There is no area with code '{code}'.",
        statusCode: StatusCodes.Status404NotFound);
}
