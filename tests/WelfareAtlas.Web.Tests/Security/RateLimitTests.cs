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

    [Fact]
    public async Task SignIn_OverTheLimit_Answers429_ShowingTheFormIsNotLimited()
    {
        using HttpClient client = factory.CreateClient();
        for (int i = 0; i < 2; i++)
        {
            using FormUrlEncodedContent attempt = new(new Dictionary<string, string> { ["UserName"] = "nobody", ["Password"] = "a wrong password " + i });
            using HttpResponseMessage allowed = await client.PostAsync("/en/sign-in", attempt, Cancel);
            // Past the limiter: the form's own answer (antiforgery refuses a post without its token).
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using FormUrlEncodedContent third = new(new Dictionary<string, string> { ["UserName"] = "nobody", ["Password"] = "a wrong password" });
        using HttpResponseMessage refused = await client.PostAsync("/sv/sign-in", third, Cancel);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        JsonElement problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("Too many sign-in attempts", problem.GetProperty("title").GetString());
        TimeSpan retryAfter = refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero;
        Assert.InRange(retryAfter.TotalSeconds, 1, 300);
        using HttpResponseMessage form = await client.GetAsync("/sv/sign-in", Cancel);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }
}
