using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Alerts;
using WelfareAtlas.Web.Alerts;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Api;

/// <summary>The alerts API: <c>/api/v1/alerts</c> (the alerts raised) and <c>/api/v1/alerts/subscriptions</c> (subscribing by e-mail).</summary>
internal static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder alerts = endpoints.MapGroup("/api/v1/alerts").WithTags("Alerts");
        alerts.MapGet("/", ListAlerts)
            .WithName("ListAlerts")
            .WithSummary("The newest alerts: series that a compute run put on a profile's \"worse and worsening\" list (entered true) or took off it.")
            .WithDescription("area: only one area's (an unknown area is a 404). limit: at most this many (default 100, at most 1000).")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        alerts.MapPost("/subscriptions", Subscribe)
            .WithName("SubscribeToAlerts")
            .WithSummary("Subscribes an e-mail address to the alerts of an area, an indicator or a profile. Nothing is sent but a confirmation link until the address is confirmed; every message has an unsubscribe link.")
            .DisableAntiforgery()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status429TooManyRequests);
        return endpoints;
    }

    private static async Task<Results<Ok<AlertView[]>, ProblemHttpResult>> ListAlerts(
        AtlasStore store,
        AtlasCatalogue catalogue,
        TimeProvider time,
        CancellationToken cancellationToken,
        [FromQuery] string? area = null,
        [FromQuery] int? limit = null)
    {
        AreaCode? code = null;
        if (area is not null)
        {
            if (!AreaCode.TryParse(area, out AreaCode parsed, out string? error))
            {
                return TypedResults.Problem(title: "Bad area code", detail: $"area: '{area}' is not an area code: {error}", statusCode: StatusCodes.Status400BadRequest);
            }

            // As /situation does: a code that names no area is not "no alerts".
            if (!catalogue.Areas.ContainsKey(parsed))
            {
                return ApiProblems.UnknownArea(area);
            }

            code = parsed;
        }

        if (limit is < 1 or > 1000)
        {
            return TypedResults.Problem(title: "Bad limit", detail: $"limit: {limit} is outside 1–1000.", statusCode: StatusCodes.Status400BadRequest);
        }

        IReadOnlyList<Alert> found = await new AlertRepository(store.DataSource, time).ListAlertsAsync(limit ?? 100, code, cancellationToken);
        return TypedResults.Ok(found.Select(a => AlertView.From(a, catalogue.Indicators.TryGetValue(a.Indicator, out Indicator? indicator) && indicator.Synthetic)).ToArray());
    }

    private static async Task<Results<Accepted<SubscriptionView>, ProblemHttpResult>> Subscribe(
        SubscriptionRequest request,
        AtlasStore store,
        AtlasCatalogue catalogue,
        IOptions<AlertOptions> options,
        AlertDelivery delivery,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (request.Validate(catalogue, out string? field, out string? problem) is not { } valid)
        {
            return TypedResults.Problem(
                title: "Bad subscription",
                detail: problem,
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["field"] = field });
        }

        AlertMessages messages = new(catalogue, options.Value.PublicBaseUrl.TrimEnd('/'));
        if (await new AlertRepository(store.DataSource, time)
            .SubscribeAsync(valid.Email, valid.Language, valid.Kind, valid.Target, messages.Confirmation, options.Value.ConfirmationsPerAddressPerDay, cancellationToken) is not { } subscription)
        {
            return TypedResults.Problem(
                title: "Too many confirmation requests",
                detail: $"email: this address was sent {options.Value.ConfirmationsPerAddressPerDay} confirmation e-mails in the last 24 hours; confirm one of them, or try again later.",
                statusCode: StatusCodes.Status429TooManyRequests,
                extensions: new Dictionary<string, object?> { ["field"] = "email" });
        }

        delivery.Wake();
        return TypedResults.Accepted((string?)null, new SubscriptionView(AlertRepository.Slug(subscription.TargetKind), subscription.Target, subscription.Language, "confirmation-sent"));
    }
}
