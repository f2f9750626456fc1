using WelfareAtlas.Access;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Web.Security;

namespace WelfareAtlas.Web.Hosting;

/// <summary>Who a request's data are for: every page and endpoint asks here, and passes the answer to the data services.</summary>
public static class RequestAudience
{
    private static readonly object ServedUnprotected = new();

    /// <summary>
    /// The audience of <paramref name="context"/>'s request: <see cref="Audience.Analyst"/> for a caller signed in (or
    /// holding an API key) as analyst, steward or admin; <see cref="Audience.Public"/> for everyone else. An analyst
    /// answer marks the request, and the audit middleware records it once it has been served.
    /// </summary>
    public static Audience Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Audience audience = AtlasPolicies.RoleOf(context.User).Audience();
        if (audience == Audience.Analyst)
        {
            context.Items[ServedUnprotected] = true;
        }

        return audience;
    }

    /// <summary>Whether the request was given the analyst audience.</summary>
    internal static bool WasServedUnprotected(HttpContext context) => context.Items.ContainsKey(ServedUnprotected);
}
