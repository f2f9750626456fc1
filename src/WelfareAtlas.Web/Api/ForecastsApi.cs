using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Web.Forecasts;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Api;

/// <summary>The forecasts API: <c>/api/v1/indicators/{id}/forecast</c>.</summary>
internal static class ForecastsApi
{
    public static IEndpointRouteBuilder MapForecastsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/indicators").WithTags("Indicators")
            .MapGet("/{id}/forecast", GetForecast)
            .WithName("GetIndicatorForecast")
            .WithSummary("One area's forecasts of an indicator: the next periods with 80 % and 95 % prediction intervals, the model, and the method's backtested accuracy (MASE against the naive forecast, interval coverage).")
            .WithDescription("area is required; breakdown defaults to total. One forecast per period length the indicator has (usually one). A series gets a forecast when it ends with at least five consecutive values the caller may see; forecasts for the public are made from the public's cells only. accuracy.beatsNaive false means the forecast does not beat carrying the last value forward or, for monthly and quarterly series (seasonalNaiveMase given), the value of the same period a year earlier.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Ok<AreaForecastsView>, ProblemHttpResult>> GetForecast(
        string id,
        ForecastService forecasts,
        AtlasCatalogue catalogue,
        HttpContext context,
        CancellationToken cancellationToken,
        [FromQuery] string? area = null,
        [FromQuery] string? breakdown = null)
    {
        if (area is null)
        {
            return TypedResults.Problem(title: "Area required", detail: "Give the area's code: forecast?area=CODE.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!AreaCode.TryParse(area, out AreaCode code, out string? areaError))
        {
            return TypedResults.Problem(title: "Bad area code", detail: $"area: '{area}' is not an area code: {areaError}", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!IndicatorId.TryParse(id, out IndicatorId parsed, out _) || !catalogue.Indicators.ContainsKey(parsed))
        {
            return TypedResults.Problem(title: "Unknown indicator", detail: $"There is no indicator '{id}'; GET /api/v1/indicators lists them.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!catalogue.Areas.ContainsKey(code))
        {
            return ApiProblems.UnknownArea(area);
        }

        string key = breakdown ?? Breakdown.Total.Key;
        if (!Breakdown.TryParseKey(key, out _, out string? breakdownError))
        {
            return ApiProblems.BadBreakdown(breakdown, breakdownError);
        }

        IReadOnlyList<ForecastView> found = await forecasts.ForAreaAsync(RequestAudience.Of(context), parsed, code, key, cancellationToken);
        return TypedResults.Ok(new AreaForecastsView(parsed.Value, code.Value, key, found, catalogue.Indicators[parsed].Synthetic));
    }
}
