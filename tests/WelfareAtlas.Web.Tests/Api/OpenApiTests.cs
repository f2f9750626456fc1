using System.Text.Json;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Api;

public sealed class OpenApiTests(AtlasWebFactory factory) : IClassFixture<AtlasWebFactory>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly string CommittedPath = RepositoryFiles.Path("docs", "api", "openapi-v1.json");

    [Fact]
    public async Task OpenApiDocument_DescribesTheAreaEndpoints()
    {
        using JsonDocument document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        JsonElement paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/areas", out _));
        Assert.True(paths.TryGetProperty("/api/v1/areas/{code}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/maps/{type}", out _));
    }

    [Fact]
    public async Task OpenApiDocument_EveryApiOperation_AnswersTheRateLimitWithRetryAfter()
    {
        using JsonDocument document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        List<string> operations = [];
        foreach (JsonProperty path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (JsonProperty operation in path.Value.EnumerateObject())
            {
                operations.Add(operation.Name + " " + path.Name);
                JsonElement tooMany = operation.Value.GetProperty("responses").GetProperty("429");
                Assert.True(tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{operation.Name} {path.Name}: no Retry-After");
                Assert.Equal(
                    "#/components/schemas/ProblemDetails",
                    tooMany.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
            }
        }

        Assert.All(operations, operation => Assert.Contains(" /api/", operation, StringComparison.Ordinal));
        Assert.Contains("post /api/v1/alerts/subscriptions", operations);
        string subscription = document.RootElement.GetProperty("paths").GetProperty("/api/v1/alerts/subscriptions").GetProperty("post")
            .GetProperty("responses").GetProperty("429").GetProperty("description").GetString()!;
        Assert.Contains("own limit", subscription, StringComparison.Ordinal);
    }

    /// <summary>
    /// The committed document (docs/api/openapi-v1.json) is the generated one. Set ATLAS_UPDATE_OPENAPI=1 to
    /// rewrite it after an API change, then review the diff.
    /// </summary>
    [Fact]
    public async Task OpenApiDocument_MatchesTheCommittedCopy()
    {
        string generated = await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        string normalised = JsonSerializer.Serialize(JsonDocument.Parse(generated).RootElement, Indented) + "\n";
        if (Environment.GetEnvironmentVariable("ATLAS_UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CommittedPath)!);
            await File.WriteAllTextAsync(CommittedPath, normalised, TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(CommittedPath), $"{CommittedPath} is missing: run the tests once with ATLAS_UPDATE_OPENAPI=1.");
        Assert.Equal(await File.ReadAllTextAsync(CommittedPath, TestContext.Current.CancellationToken), normalised);
    }
}
