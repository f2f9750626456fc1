using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using WelfareAtlas.Access;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Web.Security;

/// <summary>
/// Authentication and authorization of the web app (docs/security.md): a policy scheme that picks API keys or the
/// sign-in cookie per request, OpenID Connect when configured, one policy per role, and a fallback policy that closes
/// every endpoint not explicitly opened.
/// </summary>
internal static class AtlasAuthentication
{
    /// <summary>The folder of the data directory that keeps the Data Protection keys (which sign the cookies).</summary>
    public const string KeyFolder = "keys";

    public static IServiceCollection AddAtlasSecurity(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        // The keys live with the store's data, so that sign-ins survive a restart and every instance that shares the
        // data directory accepts the same cookies.
        services.AddDataProtection()
            .SetApplicationName("WelfareAtlas")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, KeyFolder)));

        OidcOptions oidc = configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
        services.AddSingleton(oidc);
        AuthenticationBuilder authentication = services.AddAuthentication(AtlasSchemes.Default)
            .AddPolicyScheme(AtlasSchemes.Default, "API key or sign-in cookie", options =>
                options.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(AtlasSchemes.ApiKeyHeader) ? AtlasSchemes.ApiKey : AtlasSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AtlasSchemes.ApiKey, null)
            .AddCookie(AtlasSchemes.Cookie, options =>
            {
                options.Cookie.Name = "atlas.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
                options.Events.OnRedirectToLogin = context => Challenge(context.HttpContext);
                options.Events.OnRedirectToAccessDenied = context => Problems.WriteAsync(
                    context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed", "Your role does not include this resource.");
            });
        if (oidc.Enabled)
        {
            authentication.AddOpenIdConnect(AtlasSchemes.Oidc, options => ConfigureOidc(options, oidc));
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(AtlasPolicies.Analyst, policy => policy.RequireAssertion(context => AtlasPolicies.RoleOf(context.User).Includes(Role.Analyst)))
            .AddPolicy(AtlasPolicies.Steward, policy => policy.RequireAssertion(context => AtlasPolicies.RoleOf(context.User).Includes(Role.Steward)))
            .AddPolicy(AtlasPolicies.Admin, policy => policy.RequireAssertion(context => AtlasPolicies.RoleOf(context.User).Includes(Role.Admin)))
            // Closed by default: an endpoint nobody marked AllowAnonymous or gave a policy needs an analyst or more.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAssertion(context => AtlasPolicies.RoleOf(context.User).Includes(Role.Analyst))
                .Build());
        return services;
    }

    /// <summary>The OpenID Connect handler's settings: the authorization-code flow, signed in to the atlas cookie with the mapped role.</summary>
    internal static void ConfigureOidc(OpenIdConnectOptions options, OidcOptions oidc)
    {
        options.Authority = oidc.Authority;
        options.ClientId = oidc.ClientId;
        options.ClientSecret = oidc.ClientSecret;
        options.CallbackPath = oidc.CallbackPath;
        options.ResponseType = "code";
        options.SignInScheme = AtlasSchemes.Cookie;
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.Events.OnTokenValidated = context =>
        {
            context.Principal = OidcRoles.Map(context.Principal!, oidc);
            return Task.CompletedTask;
        };
    }

    /// <summary>A page asks the browser to sign in; an API call or a script gets 401 with problem details.</summary>
    private static Task Challenge(HttpContext context)
    {
        bool browser = HttpMethods.IsGet(context.Request.Method)
            && context.Request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true)
            && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        if (!browser)
        {
            return Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Authentication required", "Sign in, or send an API key in the X-Api-Key header.");
        }

        string first = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        Language language = LanguageCodes.TryParse(first, out Language parsed) ? parsed : Language.Finnish;
        string returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"/{language.ToCode()}/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return Task.CompletedTask;
    }
}
