using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Profiles;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Api;

/// <summary>The profiles API: <c>/api/v1/profiles</c> and an area's profile.</summary>
internal static class ProfilesApi
{
    public static IEndpointRouteBuilder MapProfilesApi(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder profiles = endpoints.MapGroup("/api/v1/profiles").WithTags("Profiles");
        profiles.MapGet("/", ListProfiles)
            .WithName("ListProfiles")
            .WithSummary("Lists the welfare profiles with their domains and indicators, each with its polarity in the profile.");
        profiles.MapGet("/{id}/areas/{code}", GetAreaProfile)
            .WithName("GetAreaProfile")
            .WithSummary("Every cell of a profile for one area at each indicator's latest period: value, 95 % and 99.8 % limits, comparisons with the city and the parent (judged by the profile's polarity), quintile, rank, trend, the spread among areas of the same type, a plain-language summary and the population pyramid.")
            .WithDescription("benchmark=city (default) or parent chooses what `comparison` and the summary compare with. An unknown profile or area is a 404.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static Ok<ProfileListItem[]> ListProfiles(AtlasCatalogue catalogue) =>
        TypedResults.Ok(catalogue.Profiles.Select(profile => ProfileListItem.From(profile, catalogue)).ToArray());

    private static async Task<Results<Ok<AreaProfileView>, ProblemHttpResult>> GetAreaProfile(
        string id,
        string code,
        AtlasCatalogue catalogue,
        AreaProfileService service,
        HttpContext context,
        CancellationToken cancellationToken,
        [FromQuery] string? benchmark = null)
    {
        if (Check(id, code, benchmark, catalogue, out AreaCode areaCode, out Benchmark chosen) is { } problem)
        {
            return problem;
        }

        AreaProfileView? view = await service.BuildAsync(id, areaCode, chosen, RequestAudience.Of(context), cancellationToken);
        return TypedResults.Ok(view!);
    }

    /// <summary>The problem an area profile request answers (unknown profile or area, bad benchmark); <see langword="null"/> when it is sound.</summary>
    internal static ProblemHttpResult? Check(string id, string code, string? benchmark, AtlasCatalogue catalogue, out AreaCode areaCode, out Benchmark chosen)
    {
        chosen = Benchmark.City;
        if (!AreaCode.TryParse(code, out areaCode, out _) || !catalogue.Areas.ContainsKey(areaCode))
        {
            return catalogue.FindProfile(id) is null
                ? UnknownProfile(id, catalogue)
                : TypedResults.Problem(title: "Unknown area", detail: $"There is no area with code '{code}'.", statusCode: StatusCodes.Status404NotFound);
        }

        if (catalogue.FindProfile(id) is null)
        {
            return UnknownProfile(id, catalogue);
        }

        if (!TryParseBenchmark(benchmark, out chosen))
        {
            return TypedResults.Problem(
                title: "Unknown benchmark",
                detail: $"'{benchmark}' is not a benchmark; use city or parent.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return null;
    }

    private static ProblemHttpResult UnknownProfile(string id, AtlasCatalogue catalogue) => TypedResults.Problem(
        title: "Unknown profile",
        detail: $"There is no profile '{id}'; there are {string.Join(", ", catalogue.Profiles.Select(p => p.Id))}.",
        statusCode: StatusCodes.Status404NotFound);

    /// <summary>Reads <c>city</c> (also when absent) or <c>parent</c>.</summary>
    internal static bool TryParseBenchmark(string? text, out Benchmark benchmark)
    {
        benchmark = text switch
        {
            null or "" or "city" => Benchmark.City,
            "parent" => Benchmark.Parent,
            _ => (Benchmark)(-1),
        };
        return Enum.IsDefined(benchmark);
    }
}

/// <summary>A profile in the list: its domains and each indicator's polarity in it.</summary>
/// <param name="Id">The id, used in URLs.</param>
/// <param name="Name">The name.</param>
/// <param name="Description">Who and what it is for.</param>
/// <param name="Domains">The domains in display order.</param>
public sealed record ProfileListItem(string Id, TextView Name, TextView Description, IReadOnlyList<ProfileListDomain> Domains)
{
    internal static ProfileListItem From(Profile profile, AtlasCatalogue catalogue) => new(
        profile.Id,
        TextView.From(profile.Name),
        TextView.From(profile.Description),
        [.. profile.Domains.Select(domain => new ProfileListDomain(
            domain.Id,
            TextView.From(domain.Name),
            [.. domain.Indicators.Select(i => new ProfileListIndicator(
                i.Indicator.Value,
                catalogue.Indicators.TryGetValue(i.Indicator, out Indicators.Indicator? indicator) ? TextView.From(indicator.Name) : null,
                AreaProfileService.Slug(i.Polarity)))]))]);
}

/// <summary>A domain of a profile in the list.</summary>
/// <param name="Id">Its id within the profile.</param>
/// <param name="Name">Its heading.</param>
/// <param name="Indicators">Its indicators in order.</param>
public sealed record ProfileListDomain(string Id, TextView Name, IReadOnlyList<ProfileListIndicator> Indicators);

/// <summary>An indicator of a profile in the list.</summary>
/// <param name="Id">The indicator's id.</param>
/// <param name="Name">Its name; <see langword="null"/> when the catalogue lacks it.</param>
/// <param name="Polarity">Its polarity in the profile.</param>
public sealed record ProfileListIndicator(string Id, TextView? Name, string Polarity);
