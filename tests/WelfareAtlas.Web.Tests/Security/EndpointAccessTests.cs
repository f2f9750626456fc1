using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Access;

namespace WelfareAtlas.Web.Tests.Security;

/// <summary>
/// Every endpoint the app maps, enumerated from its <see cref="EndpointDataSource"/>: the closed ones answer 401 or
/// 403 to anonymous callers, and the open ones are exactly the reviewed list, so a new endpoint is closed unless
/// someone opens it here on purpose.
/// </summary>
public sealed class EndpointAccessTests(SecurityWebFactory factory) : IClassFixture<SecurityWebFactory>
{
    // The reviewed public surface: pages (their data follow the caller's audience), the public API, its description and health.
    private static readonly string[] OpenEndpoints =
    [
        "GET /",
        "GET /api/v1/alerts",
        "GET /api/v1/areas",
        "GET /api/v1/areas/{code}",
        "GET /api/v1/indicators",
        "GET /api/v1/indicators/{id}",
        "GET /api/v1/indicators/{id}/availability",
        "GET /api/v1/indicators/{id}/data",
        "GET /api/v1/indicators/{id}/data.jsonstat",
        "GET /api/v1/indicators/{id}/data.px",
        "GET /api/v1/indicators/{id}/data.xlsx",
        "GET /api/v1/indicators/{id}/forecast",
        "GET /api/v1/indicators/{id}/gap",
        "GET /api/v1/indicators/{id}/series",
        "GET /api/v1/maps/{type}",
        "GET /api/v1/profiles",
        "GET /api/v1/profiles/{id}/areas/{code}",
        "GET /api/v1/profiles/{id}/areas/{code}.xlsx",
        "GET /api/v1/situation",
        "GET /health",
        "GET /openapi/{documentName}.json",
        "GET /scalar/{documentName?}",
        "GET /scalar/favicon.svg",
        "GET /scalar/scalar.aspnetcore.js",
        "GET /scalar/scalar.js",
        "GET /{lang}/profiles/{profile}/areas/{code}/report",
        "GET /{lang}/profiles/{profile}/areas/{code}/report.pdf",
        "GET /{lang}/profiles/{profile}/report",
        "GET /{lang}/profiles/{profile}/report.pdf",
        "PAGE /error", // the page a failed page is answered with (404 when asked for directly)
        "PAGE /{lang}",
        "PAGE /{lang}/alerts",
        "PAGE /{lang}/alerts/{link}",
        "PAGE /{lang}/areas",
        "PAGE /{lang}/areas/{code}",
        "PAGE /{lang}/indicators",
        "PAGE /{lang}/indicators/{id}",
        "PAGE /{lang}/profiles",
        "PAGE /{lang}/profiles/{profile}",
        "PAGE /{lang}/profiles/{profile}/areas/{code}",
        "PAGE /{lang}/sign-in",
        "PAGE /{lang}/sign-out",
        "PAGE /{lang}/situation",
        "PAGE /{lang}/{rest}", // the not-found page of any other address under a language
        "POST /api/v1/alerts/subscriptions",
    ];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Endpoints_OpenToAnonymousCallers_AreExactlyTheReviewedOnes()
    {
        IEnumerable<string> open = Endpoints().Where(e => e.Open).Select(e => e.Key).Distinct().Order(StringComparer.Ordinal);

        Assert.True(OpenEndpoints.Order(StringComparer.Ordinal).SequenceEqual(open), "Open endpoints:\n" + string.Join('\n', open));
    }

    [Fact]
    public async Task EveryClosedEndpoint_AnonymousCall_Answers401Or403()
    {
        List<MappedEndpoint> closed = [.. Endpoints().Where(e => !e.Open)];
        Assert.NotEmpty(closed);
        using HttpClient client = factory.CreateClient();
        foreach (MappedEndpoint endpoint in closed)
        {
            using HttpRequestMessage request = new(new HttpMethod(endpoint.Method), endpoint.SamplePath);
            using HttpResponseMessage response = await client.SendAsync(request, Cancel);

            Assert.True(
                response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
                $"{endpoint.Key} answered {(int)response.StatusCode} to an anonymous call.");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("POST", "/api/v1/areas")]
    [InlineData("HEAD", "/api/v1/areas")]
    [InlineData("PUT", "/api/v1/indicators/population")]
    public async Task PublicPath_MethodItDoesNotTake_Is405WithAllowForAnonymousCallers(string method, string path)
    {
        using HttpClient client = factory.CreateClient();
        using HttpRequestMessage request = new(new HttpMethod(method), path);

        using HttpResponseMessage response = await client.SendAsync(request, Cancel);

        // Not 401: the path is public, only the method is wrong.
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task ImportEndpoint_AnalystKeyIsForbidden_BadKeyIsUnauthorized()
    {
        using HttpClient client = factory.CreateClient();
        using HttpRequestMessage analyst = new(HttpMethod.Post, "/api/v1/imports");
        analyst.Headers.Add("X-Api-Key", await factory.KeyAsync(Role.Analyst));
        using HttpRequestMessage wrong = new(HttpMethod.Post, "/api/v1/imports");
        wrong.Headers.Add("X-Api-Key", "atlas_not-a-key");

        using HttpResponseMessage forbidden = await client.SendAsync(analyst, Cancel);
        using HttpResponseMessage unauthorized = await client.SendAsync(wrong, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
    }

    [Fact]
    public async Task PublicEndpoint_WithAnUnknownKey_IsServedAsToAnyoneAnonymous()
    {
        using HttpClient client = factory.CreateClient();
        using HttpRequestMessage request = new(HttpMethod.Get, "/api/v1/areas?type=district");
        request.Headers.Add("X-Api-Key", "atlas_unknown");

        using HttpResponseMessage response = await client.SendAsync(request, Cancel);

        // The public API is open, so an unknown key is simply not a signed-in caller: public data, never more.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private IEnumerable<MappedEndpoint> Endpoints()
    {
        foreach (Endpoint endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (endpoint is not RouteEndpoint route)
            {
                continue;
            }

            bool open = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            string pattern = Shape(route.RoutePattern);
            bool page = endpoint.Metadata.Any(m => m.GetType().Name == "PageActionDescriptor" || m.GetType().Name == "CompiledPageActionDescriptor");
            IReadOnlyList<string> methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            if (page)
            {
                yield return new MappedEndpoint("PAGE " + pattern, "GET", Sample(route.RoutePattern), open);
                continue;
            }

            foreach (string method in methods.Count == 0 ? ["GET"] : methods.Where(m => m != "HEAD"))
            {
                yield return new MappedEndpoint($"{method} {pattern}", method, Sample(route.RoutePattern), open);
            }
        }
    }

    /// <summary>The route without its constraints: <c>/{lang}/areas/{code}</c>.</summary>
    private static string Shape(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => "{" + parameter.Name + (parameter.IsOptional ? "?" : string.Empty) + "}",
        RoutePatternSeparatorPart separator => separator.Content,
        _ => string.Empty,
    }))));

    /// <summary>A path that the route matches: a language for <c>lang</c>, an area code for <c>code</c>, <c>v1</c> for a document, <c>x</c> elsewhere.</summary>
    private static string Sample(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart { Name: "lang" } => "fi",
        RoutePatternParameterPart { Name: "code" } => "091",
        RoutePatternParameterPart { Name: "documentName" } => "v1",
        RoutePatternParameterPart => "x",
        RoutePatternSeparatorPart separator => separator.Content,
        _ => string.Empty,
    }))));

    private sealed record MappedEndpoint(string Key, string Method, string SamplePath, bool Open);
}
