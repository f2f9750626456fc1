using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Access;

namespace WelfareAtlas.Web.Security;

/// <summary>
/// Checks a local account's sign-in cookie against the store on every request: the session ends as soon as the
/// account is removed or given a new role or password (<c>atlas users remove</c>, <c>atlas users add</c> again), as a
/// revoked API key stops working at once. A cookie is otherwise valid for hours and slides, so without the check a
/// removed analyst kept seeing unprotected data.
/// </summary>
/// <remarks>
/// Sessions signed in through OpenID Connect are the provider's to end; they carry the role mapped at sign-in.
/// </remarks>
internal static class SessionCheck
{
    // The cookie's record of the account's time (added, or last given a role or password) at sign-in: exact, where the
    // cookie's own issue time is kept to the second only.
    private const string AccountItem = "atlas.account";

    /// <summary>What a local account's sign-in cookie keeps besides its claims, for <see cref="ValidateAsync"/>.</summary>
    public static AuthenticationProperties PropertiesOf(StoredUser user) => new(new Dictionary<string, string?> { [AccountItem] = Stamp(user) });

    /// <summary>The cookie handler's <c>OnValidatePrincipal</c>.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity { AuthenticationType: AtlasSchemes.Cookie, Name: { } name })
        {
            return;
        }

        AtlasStore store = context.HttpContext.RequestServices.GetRequiredService<AtlasStore>();
        StoredUser? user = await new UserRepository(store.DataSource, context.HttpContext.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).FindAsync(name, context.HttpContext.RequestAborted);
        // The account as it was at sign-in: still there and not re-added since (a new role or password). A cookie
        // without the account's time (issued before the check existed) is ended too.
        bool current = user is not null
            && user.Role == AtlasPolicies.RoleOf(context.Principal)
            && context.Properties.Items.TryGetValue(AccountItem, out string? signedIn)
            && signedIn == Stamp(user);
        if (!current)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AtlasSchemes.Cookie);
        }
    }

    private static string Stamp(StoredUser user) => user.CreatedAt.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
