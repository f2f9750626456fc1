using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace WelfareAtlas.Web.Tests.Security;

/// <summary>The public API's rate limit, with a configuration (three a minute, loopback not exempt) that applies to the test.</summary>
public sealed class RateLimitTests(RateLimitedWebFactory factory) : IClassFixture<RateLimitedWebFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_OverTheLimit_Answers429WithProblemDetailsAndRetryAfter_PagesAreNotLimited()
    {
        using HttpClient client = factory.CreateClient();
        for (int i = 0; i < 3; i++)
        {
            using HttpResponseMessage allowed = await client.GetAsync("/api/v1/areas?type=major-district", Cancel);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using HttpResponseMessage refused = await client.GetAsync("/api/v1/areas?type=major-district", Cancel);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        JsonElement problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        TimeSpan retryAfter = refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero;
        Assert.InRange(retryAfter.TotalSeconds, 1, 60);
        using HttpResponseMessage page = await client.GetAsync("/health", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
