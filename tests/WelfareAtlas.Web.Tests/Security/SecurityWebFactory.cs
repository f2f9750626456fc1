using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Access;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Access;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Security;

/// <summary>The real app on a fresh store (no demo), with settings a security test needs, and API keys made in its store.</summary>
public class SecurityWebFactory : AtlasWebFactory
{
    /// <summary>Extra configuration, e.g. a rate limit that applies to the test's in-process calls.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>A working key with <paramref name="role"/> in the app's store.</summary>
    public async Task<string> KeyAsync(Role role)
    {
        (_, string secret) = await new ApiKeyRepository(Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System)
            .AddAsync("test " + role.ToSlug(), role, "tests", TestContext.Current.CancellationToken);
        return secret;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach ((string key, string value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>The app with a limit of three API requests a minute that applies to in-process (loopback) callers too.</summary>
public sealed class RateLimitedWebFactory : SecurityWebFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimiting:PermitLimit"] = "3",
        ["RateLimiting:WindowSeconds"] = "60",
        ["RateLimiting:SignInPermitLimit"] = "2",
        ["RateLimiting:SignInWindowSeconds"] = "300",
        ["RateLimiting:ExemptLoopback"] = "false",
    };
}

/// <summary>The app with OpenID Connect configured (never contacted: the tests check the wiring only).</summary>
public sealed class OidcWebFactory : SecurityWebFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Authentication:Oidc:Authority"] = "https://login.example.org/tenant/v2.0",
        ["Authentication:Oidc:ClientId"] = "welfare-atlas",
        ["Authentication:Oidc:ClientSecret"] = "not-a-real-secret",
        ["Authentication:Oidc:RoleClaim"] = "groups",
    };
}

/// <summary>
/// The app behind a reverse proxy at 10.0.0.5 (<c>ReverseProxy:KnownProxies</c>), with the limit of three API requests a
/// minute. The in-process server gives requests no address, so each gets the one in its <c>X-Test-Remote</c> header,
/// else the proxy's: the address a real server would see on the connection.
/// </summary>
public sealed class ProxiedWebFactory : SecurityWebFactory
{
    public const string Proxy = "10.0.0.5";

    public const string RemoteHeader = "X-Test-Remote";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimiting:PermitLimit"] = "3",
        ["RateLimiting:WindowSeconds"] = "60",
        ["RateLimiting:SignInPermitLimit"] = "2",
        ["RateLimiting:SignInWindowSeconds"] = "300",
        ["RateLimiting:ExemptLoopback"] = "false",
        ["ReverseProxy:KnownProxies:0"] = Proxy,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ConnectionAddress>());
    }

    private sealed class ConnectionAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate then) =>
            {
                string remote = context.Request.Headers[RemoteHeader].FirstOrDefault() ?? Proxy;
                context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
                return then(context);
            });
            next(app);
        };
    }
}
