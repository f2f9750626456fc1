using WelfareAtlas.Disclosure;

namespace WelfareAtlas.Web.Hosting;

/// <summary>Who a request's data are for: every page and endpoint asks here, and passes the answer to the data services.</summary>
public static class RequestAudience
{
    /// <summary>The audience of <paramref name="context"/>'s request: <see cref="Audience.Public"/> for anyone not signed in as an analyst.</summary>
    public static Audience Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Audience.Public;
    }
}
