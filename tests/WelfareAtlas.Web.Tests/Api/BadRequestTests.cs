using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Api;

/// <summary>In Production, a request the framework cannot bind is 400 problem details that name the parameter and the value, as in Development.</summary>
public sealed class BadRequestTests(ProductionWebFactory factory) : IClassFixture<ProductionWebFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/areas/091?geometry=yes", "geometry", "yes")]
    [InlineData("/api/v1/alerts?limit=abc", "limit", "abc")]
    [InlineData("/api/v1/situation?limit=many", "limit", "many")]
    public async Task Get_QueryValueThatDoesNotBind_Answers400NamingParameterAndValue(string path, string parameter, string value)
    {
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString()!;
        Assert.Contains(parameter, detail, StringComparison.Ordinal);
        Assert.Contains(value, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostSubscription_FieldOfTheWrongType_Answers400NamingTheField()
    {
        using HttpClient client = factory.CreateClient();
        using StringContent body = new("""{ "email": 5, "language": "fi", "targetKind": "area", "target": "091" }""", Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await client.PostAsync("/api/v1/alerts/subscriptions", body, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("email", problem.GetProperty("field").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }
}
