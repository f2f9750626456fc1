using WelfareAtlas.Auditing;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Web.Security;

/// <summary>
/// Records in the audit log every request that was served with the analyst audience (unprotected data): who, which
/// path with its query, and when. The request asked <see cref="RequestAudience.Of"/>, which marks it.
/// </summary>
internal static class AnalystAccessAudit
{
    public static IApplicationBuilder UseAnalystAccessAudit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (RequestAudience.WasServedUnprotected(context))
        {
            AuditLog log = new(context.RequestServices.GetRequiredService<AtlasStore>().DataSource, context.RequestServices.GetRequiredService<TimeProvider>());
            string actor = context.User.Identity?.Name ?? "unknown";
            string subject = context.Request.Path.Value + context.Request.QueryString.Value;
            string detail = string.Join(' ', context.Request.Method, context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Not the request's token: an access that was served is recorded even if the client has gone.
            await log.AppendAsync(actor, AuditAction.AnalystAccess, subject, detail, CancellationToken.None);
        }
    });
}
