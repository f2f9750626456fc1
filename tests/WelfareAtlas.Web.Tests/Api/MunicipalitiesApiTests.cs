using System.Net.Http.Json;
using System.Text.Json;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Api;

/// <summary>
/// Finland's municipalities beside Helsinki and THL's Sotkanet figures for them, as a user first starts the app
/// (values from data/sotkanet/sotkanet_kunta_1990_2012_wide.csv).
/// </summary>
public sealed class MunicipalitiesApiTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MapOfCities_HasEveryMunicipalityOf2023WithItsShape()
    {
        using HttpClient client = server.CreateClient();
        JsonElement map = await client.GetFromJsonAsync<JsonElement>("/api/v1/maps/city", Cancel);
        JsonElement[] features = [.. map.GetProperty("features").EnumerateArray()];

        // The 2023 division: 309 municipalities, Helsinki among them; the 11 codes merged since 2013 are not areas.
        Assert.Equal(309, features.Length);
        Assert.Contains(features, f => f.GetProperty("properties").GetProperty("code").GetString() == "091");
        Assert.DoesNotContain(features, f => f.GetProperty("properties").GetProperty("code").GetString() == "532");
        JsonElement espoo = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas/049", Cancel);
        Assert.Equal("Espoo", espoo.GetProperty("names").GetProperty("fi").GetString());
        Assert.Equal("Esbo", espoo.GetProperty("names").GetProperty("sv").GetString());
        Assert.Equal("city", espoo.GetProperty("type").GetString());
    }

    [Fact]
    public async Task IndicatorData_ByCity_HasTheSotkanetValueOfEachMunicipalityWithHelsinkiAsBenchmark()
    {
        using HttpClient client = server.CreateClient();
        JsonElement data = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/sotkanet-unemployment/data?areaType=city&period=2011", Cancel);

        Assert.Equal("city", data.GetProperty("areaType").GetString());
        Assert.False(data.GetProperty("indicator").GetProperty("synthetic").GetBoolean());
        JsonElement[] withValue = [.. data.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number)];
        // The CSV has 2011 unemployment for 306 of the 309 municipalities of 2023.
        Assert.Equal(306, withValue.Length);
        Assert.Equal(5.5, Value(withValue, "049"));
        Assert.Equal(20.7, Value(withValue, "732")); // Salla, the highest
        Assert.Equal(7.5, data.GetProperty("city").GetProperty("value").GetDouble());
        Assert.Equal("091", data.GetProperty("city").GetProperty("area").GetProperty("code").GetString());
        JsonElement espoo = withValue.Single(c => Code(c) == "049");
        Assert.Equal(306, espoo.GetProperty("peerCount").GetInt32());
        // A municipality is a city of its own: it has neither a city nor a parent above it to be compared with.
        Assert.Equal(JsonValueKind.Null, espoo.GetProperty("versusCity").GetProperty("benchmark").ValueKind);
        Assert.Equal("the area has no city to compare with", espoo.GetProperty("versusCity").GetProperty("reason").GetString());
        Assert.Equal("the area has no parent area to compare with", espoo.GetProperty("versusParent").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Series_OfEspoo_FollowsTheCsvWithHelsinkiBeside()
    {
        using HttpClient client = server.CreateClient();
        JsonElement series = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/sotkanet-social-assistance/series?area=049", Cancel);

        Dictionary<string, double> espoo = Points(series.GetProperty("points"));
        Dictionary<string, double> helsinki = Points(series.GetProperty("city"));
        Assert.Equal(6.0, espoo["2009"]);
        Assert.Equal(6.5, espoo["2011"]);
        Assert.Equal(9.2, helsinki["2011"]);
        Assert.Equal(22, espoo.Count); // 1990-2011; 2012 is empty in the extract
    }

    [Fact]
    public async Task Situation_OfTheCity_IsAboutHelsinkiAndItsAreasNotTheOtherMunicipalities()
    {
        using HttpClient client = server.CreateClient();
        JsonElement city = await client.GetFromJsonAsync<JsonElement>("/api/v1/situation?profile=working-age-adults&limit=5000", Cancel);
        string[] areas = [.. city.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("area").GetString()!)];

        Assert.NotEmpty(areas);
        // A 3-digit code is a municipality: only Helsinki's may be in the city's picture.
        Assert.All(areas, a => Assert.True(a.Length != 3 || a == "091", $"{a} is another municipality"));
    }

    private static string Code(JsonElement cell) => cell.GetProperty("area").GetProperty("code").GetString()!;

    private static double Value(JsonElement[] cells, string code) => cells.Single(c => Code(c) == code).GetProperty("value").GetDouble();

    private static Dictionary<string, double> Points(JsonElement points) => points.EnumerateArray()
        .Where(p => p.GetProperty("value").ValueKind == JsonValueKind.Number)
        .ToDictionary(p => p.GetProperty("period").GetString()!, p => p.GetProperty("value").GetDouble());
}
