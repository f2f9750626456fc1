using System.Net;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Web.Tests.Security;

/// <summary>Behind a configured reverse proxy the rate limit counts each client, and trusts no one else's forwarded header.</summary>
public sealed class ReverseProxyTests(ProxiedWebFactory factory) : IClassFixture<ProxiedWebFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RateLimit_BehindTheProxy_CountsEachForwardedClient()
    {
        using HttpClient client = factory.CreateClient();
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, forwardedFor: "203.0.113.7"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, forwardedFor: "203.0.113.7"));

        // Another client through the same proxy has its own window; only the address the proxy appended counts, not
        // one the client put in front of it.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, forwardedFor: "203.0.113.8"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, forwardedFor: "203.0.113.7, 203.0.113.9"));
    }

    [Fact]
    public async Task RateLimit_ForwardedHeaderFromAnUnknownAddress_IsIgnored()
    {
        using HttpClient client = factory.CreateClient();

        // A caller that is not the proxy cannot spread its requests over invented clients.
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, forwardedFor: $"198.18.0.{i + 1}", remote: "192.0.2.44"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, forwardedFor: "198.18.0.99", remote: "192.0.2.44"));
    }

    [Fact]
    public void KnownProxies_AnEntryThatIsNotAnAddress_IsRefusedByName()
    {
        ReverseProxyOptions options = new();
        options.KnownProxies.Add("10.0.0.5");
        options.KnownProxies.Add("proxy.internal");

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => options.Addresses());

        Assert.Contains("ReverseProxy:KnownProxies:1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("\"proxy.internal\"", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string forwardedFor, string? remote = null)
    {
        using HttpRequestMessage request = new(HttpMethod.Get, "/api/v1/areas?type=major-district");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (remote is not null)
        {
            request.Headers.Add(ProxiedWebFactory.RemoteHeader, remote);
        }

        using HttpResponseMessage response = await client.SendAsync(request, Cancel);
        return response.StatusCode;
    }
}
