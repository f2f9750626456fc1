using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Api;

/// <summary>The indicators API: <c>/api/v1/indicators</c>, their data, availability and series.</summary>
internal static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder indicators = endpoints.MapGroup("/api/v1/indicators").WithTags("Indicators");
        indicators.MapGet("/", ListIndicators)
            .WithName("ListIndicators")
            .WithSummary("Lists every indicator with its metadata in Finnish, Swedish and English; synthetic (demo) indicators say so.")
            .WithDescription("Narrowed as the catalogue page (/{lang}/indicators) narrows it: q (text in the id, or in the name or definition in any language, ignoring case), theme and group (slugs as in `themes` and `targetGroups`), areaType (only indicators with data at that level, as the caller may see them), profile (its indicators). A value that names nothing is a 400 that says which and what there is.")
            .Problems(StatusCodes.Status400BadRequest);
        indicators.MapGet("/{id}", GetIndicator)
            .WithName("GetIndicator")
            .WithSummary("One indicator's metadata.")
            .Problems(StatusCodes.Status404NotFound);
        indicators.MapGet("/{id}/availability", GetAvailability)
            .WithName("GetIndicatorAvailability")
            .WithSummary("Which area types, periods and breakdowns the indicator has data for, as the caller may see them.")
            .Problems(StatusCodes.Status404NotFound);
        indicators.MapGet("/{id}/data", GetData)
            .WithName("GetIndicatorData")
            .WithSummary("The indicator's cells for every area of one type, one period and one breakdown, with the city's cell as the benchmark.")
            .WithDescription("areaType defaults to district (or the indicator's first level), period to the latest, breakdown to total. A choice the indicator has no data for is a 404 whose detail names what it has (and whose `availability` extension lists it), never an empty list. profile=ID judges comparisons and trends by that profile's polarity.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        indicators.MapGet("/{id}/gap", GetGap)
            .WithName("GetIndicatorGap")
            .WithSummary("How far apart the areas of one type are: the gap between the fifth of areas with the highest values and the fifth with the lowest, by period, and whether it is narrowing.")
            .WithDescription("areaType, period and breakdown are chosen as /data chooses them, with the same 404 for a choice without data. `current` is the chosen period's gap (with `noGap` saying why there is none: `too-few-areas`, `tied`), `series` every period of its length up to it, and `trend` the recent-trend test of the last five gaps at 99.8 % (`narrowing`, `widening`, `no-significant-change`, `cannot-be-calculated` with a `reason`). A fifth's value is its areas' values weighted by their denominators; the interval is approximate and takes the fifths as given (docs/statistics/inequality.md). Only values the caller may see count.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        indicators.MapGet("/{id}/series", GetSeries)
            .WithName("GetIndicatorSeries")
            .WithSummary("One area's values over time with 95 % limits, and the city's for comparison.")
            .WithDescription("breakdown defaults to total or, where the area's type has no total, to its first breakdown, as /data chooses. An area or breakdown without data, or an unknown profile, is a 404 that says so; a malformed breakdown a 400.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Ok<IndicatorView[]>, ProblemHttpResult>> ListIndicators(
        AtlasCatalogue catalogue,
        IndicatorDataService service,
        HttpContext context,
        CancellationToken cancellationToken,
        [FromQuery] string? q = null,
        [FromQuery] string? theme = null,
        [FromQuery] string? group = null,
        [FromQuery] string? areaType = null,
        [FromQuery] string? profile = null)
    {
        IndicatorFilter filter = IndicatorFilter.Parse(q, theme, group, areaType, profile, catalogue, out IReadOnlyList<(string Choice, string Value)> unknown);
        if (unknown.Count > 0)
        {
            (string choice, string value) = unknown[0];
            return choice switch
            {
                IndicatorFilter.LevelChoice => ApiProblems.UnknownAreaType(value),
                IndicatorFilter.ProfileChoice => TypedResults.Problem(
                    title: "Unknown profile",
                    detail: $"profile: '{value}' is not a welfare profile; use one of {string.Join(", ", catalogue.Profiles.Select(p => p.Id))}.",
                    statusCode: StatusCodes.Status400BadRequest),
                IndicatorFilter.ThemeChoice => UnknownChoice("theme", value, Enum.GetValues<Theme>().Select(IndicatorFilter.Slug)),
                _ => UnknownChoice("group", value, Enum.GetValues<TargetGroup>().Select(IndicatorFilter.Slug)),
            };
        }

        if (!filter.Narrows)
        {
            return TypedResults.Ok(catalogue.IndicatorList.Select(IndicatorView.From).ToArray());
        }

        // In the catalogue's order, as without choices; the page orders by name in its language.
        HashSet<IndicatorId> matching = [.. (await filter.ApplyAsync(catalogue, service, RequestAudience.Of(context), WelfareAtlas.Localisation.Language.English, cancellationToken)).Select(l => l.Indicator.Id)];
        return TypedResults.Ok(catalogue.IndicatorList.Where(i => matching.Contains(i.Id)).Select(IndicatorView.From).ToArray());
    }

    private static ProblemHttpResult UnknownChoice(string parameter, string value, IEnumerable<string> known) => TypedResults.Problem(
        title: $"Unknown {parameter}",
        detail: $"{parameter}: '{value}' is not one of {string.Join(", ", known)}.",
        statusCode: StatusCodes.Status400BadRequest);

    private static Results<Ok<IndicatorView>, ProblemHttpResult> GetIndicator(string id, AtlasCatalogue catalogue) =>
        IndicatorId.TryParse(id, out IndicatorId parsed, out _) && catalogue.Indicators.TryGetValue(parsed, out Indicator? indicator)
            ? TypedResults.Ok(IndicatorView.From(indicator))
            : UnknownIndicator(id);

    private static async Task<Results<Ok<AvailabilityView>, ProblemHttpResult>> GetAvailability(string id, IndicatorDataService service, HttpContext context, CancellationToken cancellationToken) =>
        IndicatorId.TryParse(id, out IndicatorId parsed, out _) && await service.AvailabilityAsync(parsed, RequestAudience.Of(context), cancellationToken) is { } availability
            ? TypedResults.Ok(availability)
            : UnknownIndicator(id);

    private static async Task<Results<Ok<IndicatorDataView>, ProblemHttpResult>> GetData(
        string id,
        IndicatorDataService service,
        HttpContext context,
        CancellationToken cancellationToken,
        [FromQuery] string? areaType = null,
        [FromQuery] string? period = null,
        [FromQuery] string? breakdown = null,
        [FromQuery] string? profile = null)
    {
        (IndicatorDataView? view, ProblemHttpResult? problem) = await ReadDataAsync(id, areaType, period, breakdown, profile, service, RequestAudience.Of(context), cancellationToken);
        return view is null ? problem! : TypedResults.Ok(view);
    }

    /// <summary>
    /// The data endpoint's answer for its query parameters as <paramref name="audience"/> may see it, or the problem it
    /// answers instead; the file exports read through here too, so they carry the same cells.
    /// </summary>
    internal static async Task<(IndicatorDataView? View, ProblemHttpResult? Problem)> ReadDataAsync(
        string id,
        string? areaType,
        string? period,
        string? breakdown,
        string? profile,
        IndicatorDataService service,
        Disclosure.Audience audience,
        CancellationToken cancellationToken)
    {
        if (!IndicatorId.TryParse(id, out IndicatorId parsed, out _))
        {
            return (null, UnknownIndicator(id));
        }

        if (areaType is not null)
        {
            if (!AreaTypes.TryParse(areaType, out AreaType type))
            {
                return (null, ApiProblems.UnknownAreaType(areaType));
            }

            // As /areas and /maps take it: any case, the slug from here on.
            areaType = type.ToSlug();
        }

        IndicatorDataResult result = await service.DataAsync(parsed, areaType, period, breakdown, profile, audience, cancellationToken);
        if (result.View is { } view)
        {
            return (view, null);
        }

        return (null, TypedResults.Problem(
            title: result.IsNotFound ? "Not found" : "No data for this choice",
            detail: result.Problem,
            statusCode: StatusCodes.Status404NotFound,
            extensions: result.Availability is null ? null : new Dictionary<string, object?> { ["availability"] = result.Availability }));
    }

    private static async Task<Results<Ok<GapView>, ProblemHttpResult>> GetGap(
        string id,
        IndicatorDataService service,
        HttpContext context,
        CancellationToken cancellationToken,
        [FromQuery] string? areaType = null,
        [FromQuery] string? period = null,
        [FromQuery] string? breakdown = null)
    {
        Disclosure.Audience audience = RequestAudience.Of(context);
        (IndicatorDataView? view, ProblemHttpResult? problem) = await ReadDataAsync(id, areaType, period, breakdown, null, service, audience, cancellationToken);
        return view is null ? problem! : TypedResults.Ok(await service.GapAsync(IndicatorId.Parse(id), view, audience, cancellationToken));
    }

    private static async Task<Results<Ok<SeriesView>, ProblemHttpResult>> GetSeries(
        string id,
        IndicatorDataService service,
        AtlasCatalogue catalogue,
        HttpContext context,
        CancellationToken cancellationToken,
        [FromQuery] string? area = null,
        [FromQuery] string? breakdown = null,
        [FromQuery] string? profile = null)
    {
        if (area is null || !AreaCode.TryParse(area, out AreaCode code, out _))
        {
            return TypedResults.Problem(title: "Area required", detail: "Give the area's code: series?area=CODE.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!IndicatorId.TryParse(id, out IndicatorId parsed, out _))
        {
            return UnknownIndicator(id);
        }

        // As /data and /forecast answer them: a malformed breakdown is the caller's error, an unknown profile not found.
        if (breakdown is not null && !Breakdown.TryParseKey(breakdown, out _, out string? breakdownError))
        {
            return ApiProblems.BadBreakdown(breakdown, breakdownError);
        }

        if (profile is not null && catalogue.FindProfile(profile) is null)
        {
            return TypedResults.Problem(title: "Not found", detail: $"There is no profile '{profile}'.", statusCode: StatusCodes.Status404NotFound);
        }

        SeriesView? series = await service.SeriesAsync(parsed, code, breakdown, profile, RequestAudience.Of(context), cancellationToken);
        if (series is null)
        {
            return TypedResults.Problem(title: "Not found", detail: $"There is no indicator '{id}' or no area '{area}'.", statusCode: StatusCodes.Status404NotFound);
        }

        return series.Points.Count == 0
            ? TypedResults.Problem(title: "No data for this choice", detail: $"The indicator '{id}' has no data for area {area} and breakdown '{series.Breakdown}'.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(series);
    }

    private static ProblemHttpResult UnknownIndicator(string id) => TypedResults.Problem(
        title: "Unknown indicator",
        detail: $"There is no indicator '{id}'; GET /api/v1/indicators lists them.",
        statusCode: StatusCodes.Status404NotFound);
}
