namespace WelfareAtlas.Web.Api;

/// <summary>
/// What the OpenAPI document says an endpoint answers besides its typed success: the problem details it can return,
/// and the media type of a file it sends. A <c>ProblemHttpResult</c> carries no status of its own in the endpoint's
/// metadata, and <c>Produces</c> without a response type leaves the media type out of the document.
/// </summary>
internal static class ApiResponses
{
    /// <summary>The endpoint can answer each of <paramref name="statusCodes"/> with problem details.</summary>
    public static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (int statusCode in statusCodes)
        {
            builder.ProducesProblem(statusCode);
        }

        return builder;
    }

    /// <summary>The endpoint sends a file of <paramref name="contentType"/> (a binary body in the document).</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType) =>
        builder.Produces<Stream>(StatusCodes.Status200OK, contentType);
}
