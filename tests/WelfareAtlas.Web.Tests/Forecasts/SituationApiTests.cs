using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Forecasts;

/// <summary>The situational picture API on the demo (public audience).</summary>
public sealed class SituationApiTests(DemoLiveServer server)
{
    /// <summary>Every kind but outliers: the public sees revisions too, those of numbers it may see (SituationRevisionTests).</summary>
    private static readonly string[] PublicKinds = ["worse-and-worsening", "significant-change", "significant-revision", "new-high", "new-low"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task City_HasEveryPublicKindAndNoStewardsFindings()
    {
        using HttpClient client = server.CreateClient();
        JsonElement view = await client.GetFromJsonAsync<JsonElement>("/api/v1/situation?profile=children-and-young-people&limit=20", Cancel);

        Assert.Equal("public", view.GetProperty("audience").GetString());
        Assert.Equal("children-and-young-people", view.GetProperty("profile").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("area").ValueKind);
        JsonElement[] groups = [.. view.GetProperty("groups").EnumerateArray()];
        Assert.Equal(PublicKinds, groups.Select(g => g.GetProperty("kind").GetString()));

        // The demo's deliveries make some areas worsen (docs/demo-data.md): the list is not empty, and each finding is
        // worse than the city's value in the profile's direction (the demo's worsening indicators are lower-is-better).
        JsonElement worse = groups[0];
        Assert.True(worse.GetProperty("total").GetInt32() > 0);
        Assert.InRange(worse.GetProperty("findings").GetArrayLength(), 1, 20);
        Assert.All(worse.GetProperty("findings").EnumerateArray(), f => Assert.True(f.GetProperty("worsening").GetBoolean()));
        Assert.All(groups, g => Assert.True(g.GetProperty("findings").GetArrayLength() <= Math.Min(20, g.GetProperty("total").GetInt32())));
    }

    [Fact]
    public async Task Area_HasOnlyItsOwnFindings()
    {
        using HttpClient client = server.CreateClient();
        JsonElement city = await client.GetFromJsonAsync<JsonElement>("/api/v1/situation?limit=1", Cancel);
        string area = city.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("findings").EnumerateArray()).First().GetProperty("area").GetString()!;

        JsonElement view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/situation?area={area}&limit=5000", Cancel);

        Assert.Equal(area, view.GetProperty("area").GetString());
        JsonElement[] findings = [.. view.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("findings").EnumerateArray())];
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(area, f.GetProperty("area").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/situation?area=99999", HttpStatusCode.NotFound, "99999")]
    [InlineData("/api/v1/situation?area=abc", HttpStatusCode.BadRequest, "abc")]
    [InlineData("/api/v1/situation?profile=nobody", HttpStatusCode.NotFound, "nobody")]
    [InlineData("/api/v1/situation?limit=0", HttpStatusCode.BadRequest, "limit")]
    public async Task Situation_BadRequest_IsAProblemNamingWhatIsWrong(string path, HttpStatusCode status, string named)
    {
        using HttpClient client = server.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(path, Cancel);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
