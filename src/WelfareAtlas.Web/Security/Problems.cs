namespace WelfareAtlas.Web.Security;

/// <summary>Problem-details answers written by the security middleware (challenges, refusals, rate limits), which run outside endpoints.</summary>
internal static class Problems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        IProblemDetailsService problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
