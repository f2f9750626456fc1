using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WelfareAtlas.Web.Security;

/// <summary>
/// Adds the rate limit's answer (<see cref="AtlasRateLimiting"/>) to every <c>/api</c> operation of the OpenAPI
/// document: 429 with problem details and <c>Retry-After</c>. The limiter answers before any endpoint runs, so no
/// endpoint's own metadata says so.
/// </summary>
internal static class RateLimitDocumentation
{
    /// <summary>The operation transformer.</summary>
    public static Task AddTooManyRequests(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath is not { } path || !path.StartsWith("api/", StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        string status = StatusCodes.Status429TooManyRequests.ToString(CultureInfo.InvariantCulture);
        // An operation with a limit of its own (alert subscriptions per address) keeps saying so.
        string own = operation.Responses.ContainsKey(status) ? " or over the operation's own limit" : string.Empty;
        operation.Responses[status] = new OpenApiResponse
        {
            Description = $"Too Many Requests: over the API's rate limit for the caller's address{own} (docs/security.md).",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before the next request.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                },
            },
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
            },
        };
        return Task.CompletedTask;
    }
}
