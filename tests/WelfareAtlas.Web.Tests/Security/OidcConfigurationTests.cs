using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WelfareAtlas.Access;
using WelfareAtlas.Web.Security;

namespace WelfareAtlas.Web.Tests.Security;

/// <summary>OpenID Connect is wired from configuration (the provider itself is never contacted) and maps its role claim.</summary>
public sealed class OidcConfigurationTests(OidcWebFactory factory) : IClassFixture<OidcWebFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Configured_RegistersTheSchemeWithTheAuthorityAndSignsInToTheCookie()
    {
        IAuthenticationSchemeProvider schemes = factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.NotNull(await schemes.GetSchemeAsync(AtlasSchemes.Oidc));
        OpenIdConnectOptions options = factory.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(AtlasSchemes.Oidc);
        Assert.Equal("https://login.example.org/tenant/v2.0", options.Authority);
        Assert.Equal("welfare-atlas", options.ClientId);
        Assert.Equal("code", options.ResponseType);
        Assert.Equal(AtlasSchemes.Cookie, options.SignInScheme);
        Assert.Equal("groups", factory.Services.GetRequiredService<OidcOptions>().RoleClaim);
        using HttpClient client = factory.CreateClient();
        Assert.Contains("Sign in with your organisation", await client.GetStringAsync("/en/sign-in", Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotConfigured_HasNoSchemeAndNoLink()
    {
        await using SecurityWebFactory plain = new();

        Assert.Null(await plain.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(AtlasSchemes.Oidc));
        using HttpClient client = plain.CreateClient();
        Assert.DoesNotContain("organisation", await client.GetStringAsync("/en/sign-in", Cancel), StringComparison.Ordinal);
    }

    // The highest known role among the configured claim's values wins; unknown values are ignored; none known is public.
    [Theory]
    [InlineData(new[] { "analyst", "steward" }, Role.Steward)]
    [InlineData(new[] { "Admin" }, Role.Admin)]
    [InlineData(new[] { "helsinki-staff" }, Role.Public)]
    [InlineData(new string[0], Role.Public)]
    public void Map_RoleClaimValues_GiveTheHighestKnownRole(string[] values, Role expected)
    {
        OidcOptions options = new() { Authority = "https://login.example.org", RoleClaim = "groups" };
        ClaimsPrincipal external = new(new ClaimsIdentity(
            [new Claim("preferred_username", "maija@example.org"), .. values.Select(v => new Claim("groups", v)), new Claim("roles", "admin")],
            "oidc"));

        ClaimsPrincipal mapped = OidcRoles.Map(external, options);

        Assert.Equal(expected, AtlasPolicies.RoleOf(mapped));
        Assert.Equal("oidc:maija@example.org", mapped.Identity?.Name);
    }
}
