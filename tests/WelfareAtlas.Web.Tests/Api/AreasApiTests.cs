using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Api;

public sealed class AreasApiTests(AtlasWebFactory factory) : IClassFixture<AtlasWebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("city", 309)] // Helsinki and Finland's other municipalities of 2023
    [InlineData("major-district", 8)]
    [InlineData("district", 34)]
    [InlineData("sub-district", 148)]
    [InlineData("postal-area", 84)]
    public async Task ListAreas_ByType_ReturnsEveryAreaOfThatType(string type, int expected)
    {
        JsonElement[] areas = (await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/areas?type={type}", Cancel))!;
        Assert.Equal(expected, areas.Length);
        Assert.All(areas, area => Assert.Equal(type, area.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task ListAreas_NoFilter_ReturnsHelsinkis275AndTheOther308Municipalities()
    {
        JsonElement[] areas = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/areas", Cancel))!;
        Assert.Equal(1 + 8 + 34 + 148 + 84 + 308, areas.Length);
    }

    [Fact]
    public async Task ListAreas_ByParent_ReturnsTheDistrictsSubDistricts()
    {
        // Vironniemi (101) holds Kruununhaka, Kluuvi and Katajanokka.
        JsonElement[] areas = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/areas?parent=0911101000", Cancel))!;
        Assert.Equal(["0911101010", "0911101020", "0911101080"], areas.Select(a => a.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task GetArea_SubDistrict_HasCodeTypeNamesAndParent()
    {
        JsonElement area = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas/0915503392", Cancel);
        Assert.Equal("0915503392", area.GetProperty("code").GetString());
        Assert.Equal("sub-district", area.GetProperty("type").GetString());
        Assert.Equal("Tapanila", area.GetProperty("names").GetProperty("fi").GetString());
        Assert.Equal("Mosabacka", area.GetProperty("names").GetProperty("sv").GetString());
        Assert.Equal("Tapanila", area.GetProperty("names").GetProperty("en").GetString());
        Assert.Equal("0915503000", area.GetProperty("parent").GetString());
        Assert.False(area.TryGetProperty("geometry", out _));
    }

    [Fact]
    public async Task GetArea_PostalCode_KeepsLeadingZeros()
    {
        JsonElement area = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas/00100", Cancel);
        Assert.Equal("00100", area.GetProperty("code").GetString());
        Assert.Equal("postal-area", area.GetProperty("type").GetString());
        Assert.Equal("091", area.GetProperty("parent").GetString());
    }

    [Fact]
    public async Task GetArea_City_HasNoParent()
    {
        JsonElement area = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas/091", Cancel);
        Assert.Equal(JsonValueKind.Null, area.GetProperty("parent").ValueKind);
        Assert.Equal("Helsingfors", area.GetProperty("names").GetProperty("sv").GetString());
    }

    [Fact]
    public async Task GetArea_WithGeometry_AddsGeoJsonPolygon()
    {
        JsonElement area = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas/0915503392?geometry=true", Cancel);
        JsonElement geometry = area.GetProperty("geometry");
        Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
        JsonElement firstPoint = geometry.GetProperty("coordinates")[0][0];

        // Tapanila lies at about 25.03 E, 60.26 N: longitude first, as RFC 7946 says.
        Assert.InRange(firstPoint[0].GetDouble(), 24.9, 25.1);
        Assert.InRange(firstPoint[1].GetDouble(), 60.2, 60.3);
    }

    [Theory]
    [InlineData("/api/v1/areas/0919999999")] // well formed, no such sub-district
    [InlineData("/api/v1/areas/not-a-code")]
    [InlineData("/api/v1/areas?parent=0919999999")]
    public async Task UnknownArea_Is404ProblemDetails(string url)
    {
        HttpResponseMessage response = await client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("no area with code", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/v1/areas?type=neighbourhood")]
    [InlineData("/api/v1/maps/neighbourhood")]
    public async Task BadType_Is400ProblemDetailsListingTheTypes(string url)
    {
        HttpResponseMessage response = await client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains("neighbourhood", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("sub-district", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadParentCode_Is400()
    {
        HttpResponseMessage response = await client.GetAsync("/api/v1/areas?parent=12", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task MapLayers_AllLevelsTogether_ServeUnder1Point5MB()
    {
        long total = 0;
        foreach (string type in new[] { "city", "major-district", "district", "sub-district", "postal-area" })
        {
            HttpResponseMessage response = await client.GetAsync($"/api/v1/maps/{type}", Cancel);
            response.EnsureSuccessStatusCode();
            Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
            byte[] body = await response.Content.ReadAsByteArrayAsync(Cancel);
            total += body.Length;
            using JsonDocument layer = JsonDocument.Parse(body);
            Assert.Equal("FeatureCollection", layer.RootElement.GetProperty("type").GetString());
        }

        Assert.InRange(total, 100_000, 1_500_000);
    }

    [Fact]
    public async Task MapLayer_SubDistricts_Has148FeaturesWithNames()
    {
        using JsonDocument layer = JsonDocument.Parse(await client.GetStringAsync("/api/v1/maps/sub-district", Cancel));
        JsonElement[] features = [.. layer.RootElement.GetProperty("features").EnumerateArray()];
        Assert.Equal(148, features.Length);
        // 0913301101 is Vilhonvuori in district Kallio (row 0913301101 of helsinki_area_hierarchy.csv).
        JsonElement vilhonvuori = Assert.Single(features, f => f.GetProperty("id").GetString() == "0913301101");
        Assert.Equal("Vilhonvuori", vilhonvuori.GetProperty("properties").GetProperty("name_fi").GetString());
    }

    [Theory]
    [InlineData("city", "091", 1)] // Helsinki alone, not Finland's 309 municipalities
    [InlineData("sub-district", "091", 148)]
    [InlineData("sub-district", "0913301000", 7)] // Kallio's sub-districts (helsinki_area_hierarchy.csv)
    [InlineData("district", "0913301000", 1)] // the area itself
    [InlineData("postal-area", "0913301000", 0)] // a postal area's parent is the city, not a district
    public async Task MapLayer_Within_KeepsTheAreasInsideThatArea(string type, string within, int expected)
    {
        using JsonDocument layer = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/maps/{type}?within={within}", Cancel));
        JsonElement[] features = [.. layer.RootElement.GetProperty("features").EnumerateArray()];
        Assert.Equal(expected, features.Length);
        Assert.All(features, f => Assert.Equal(type, f.GetProperty("properties").GetProperty("type").GetString()));
        if (type == "sub-district" && within != "091")
        {
            Assert.Contains(features, f => f.GetProperty("id").GetString() == "0913301101");
        }
    }

    [Theory]
    [InlineData("/api/v1/maps/city?within=999")]
    [InlineData("/api/v1/maps/city?within=not-a-code")]
    public async Task MapLayer_WithinAnUnknownArea_Is404NamingIt(string url)
    {
        HttpResponseMessage response = await client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains(url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..], problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_IsHealthy()
    {
        HttpResponseMessage response = await client.GetAsync("/health", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Store_IsCreatedInTheGivenDataDirectory()
    {
        await client.GetAsync("/health", Cancel);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "atlas.duckdb")));
    }
}
