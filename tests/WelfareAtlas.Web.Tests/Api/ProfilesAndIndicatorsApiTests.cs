using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Api;

/// <summary>The profiles and indicators API on the demo data as a user first starts it.</summary>
public sealed class ProfilesAndIndicatorsApiTests(DemoLiveServer server)
{
    private static readonly string[] Polarities = ["higher-is-better", "lower-is-better", "no-judgement"];

    private static readonly string[] Unjudged = ["higher", "lower"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Profiles_ListsThreeProfilesWithDomainsAndPolarities()
    {
        using HttpClient client = server.CreateClient();
        JsonElement[] profiles = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/profiles", Cancel))!;
        Assert.Equal(["children-and-young-people", "working-age-adults", "older-people"], profiles.Select(p => p.GetProperty("id").GetString()));
        Assert.All(profiles, p => Assert.All(
            p.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray()),
            i => Assert.Contains(i.GetProperty("polarity").GetString(), Polarities)));
    }

    [Fact]
    public async Task AreaProfile_OfADistrict_HasValuesLimitsComparisonsRanksAndTrends()
    {
        using HttpClient client = server.CreateClient();
        JsonElement view = await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/working-age-adults/areas/0917704000", Cancel);
        Assert.Equal("Vuosaari", view.GetProperty("area").GetProperty("names").GetProperty("fi").GetString());
        Assert.Equal("091", view.GetProperty("benchmarkArea").GetProperty("code").GetString());
        JsonElement[] cells = [.. view.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray())];
        JsonElement[] valued = [.. cells.Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number)];
        Assert.True(valued.Length >= 5, $"only {valued.Length} cells with a value");
        Assert.All(valued, c =>
        {
            // Every district with a value: a district no postal area reaches has no Paavo values.
            int peers = c.GetProperty("peerCount").GetInt32();
            Assert.InRange(peers, 30, 34);
            Assert.InRange(c.GetProperty("rank").GetInt32(), 1, peers);
            Assert.InRange(c.GetProperty("quintile").GetInt32(), 1, 5);
            double value = c.GetProperty("value").GetDouble();
            if (c.GetProperty("ci95").ValueKind == JsonValueKind.Object)
            {
                Assert.InRange(value, c.GetProperty("ci95").GetProperty("lower").GetDouble(), c.GetProperty("ci95").GetProperty("upper").GetDouble());
                Assert.True(c.GetProperty("ci998").GetProperty("lower").GetDouble() <= c.GetProperty("ci95").GetProperty("lower").GetDouble());
            }

            Assert.NotEqual(JsonValueKind.Null, c.GetProperty("trend").GetProperty("direction").ValueKind);
        });

        // The polarity judges: a significant comparison of an indicator with polarity is better or worse, never higher or lower.
        Assert.All(valued.Where(c => c.GetProperty("polarity").GetString() != "no-judgement"), c =>
            Assert.DoesNotContain(c.GetProperty("comparison").GetProperty("at95").GetString(), Unjudged));
        Assert.Contains(cells, c => c.GetProperty("synthetic").GetBoolean());
    }

    [Fact]
    public async Task AreaProfile_AgainstTheParent_ComparesWithTheMajorDistrict()
    {
        using HttpClient client = server.CreateClient();
        JsonElement view = await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/working-age-adults/areas/0917704000?benchmark=parent", Cancel);
        Assert.Equal("0917000000", view.GetProperty("benchmarkArea").GetProperty("code").GetString());
        Assert.Contains("Itäinen", view.GetProperty("summary").GetProperty("text").GetProperty("fi").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/profiles/no-such/areas/091", HttpStatusCode.NotFound, "no-such")]
    [InlineData("/api/v1/profiles/older-people/areas/0919999999", HttpStatusCode.NotFound, "0919999999")]
    [InlineData("/api/v1/profiles/older-people/areas/091?benchmark=region", HttpStatusCode.BadRequest, "region")]
    [InlineData("/api/v1/indicators/no-such", HttpStatusCode.NotFound, "no-such")]
    [InlineData("/api/v1/indicators/school-absence/data?areaType=county", HttpStatusCode.BadRequest, "county")]
    [InlineData("/api/v1/indicators/school-absence/data?period=1999", HttpStatusCode.NotFound, "2015 to 2025")]
    [InlineData("/api/v1/indicators/school-absence/data?areaType=postal-area", HttpStatusCode.NotFound, "it has data by city, major-district, district, sub-district")]
    [InlineData("/api/v1/indicators/school-absence/data?breakdown=sex%3Dfemale", HttpStatusCode.NotFound, "it has total")]
    [InlineData("/api/v1/indicators/school-absence/series", HttpStatusCode.BadRequest, "area")]
    [InlineData("/api/v1/indicators/school-absence/series?area=091&profile=no-such", HttpStatusCode.NotFound, "no-such")]
    [InlineData("/api/v1/indicators/school-absence/series?area=091&breakdown=sex%3D", HttpStatusCode.BadRequest, "sex=")]
    public async Task BadChoices_AreProblemsThatSayWhatThereIs(string path, HttpStatusCode status, string detail)
    {
        using HttpClient client = server.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(path, Cancel);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorData_AreaTypeInCapitals_IsTheSameAsInSmallLetters()
    {
        using HttpClient client = server.CreateClient();

        string capitals = await client.GetStringAsync("/api/v1/indicators/school-absence/data?areaType=DISTRICT", Cancel);
        string small = await client.GetStringAsync("/api/v1/indicators/school-absence/data?areaType=district", Cancel);

        Assert.Equal(small, capitals);
    }

    [Fact]
    public async Task IndicatorData_DefaultsToDistrictsAtTheLatestPeriodWithTheCityAsBenchmark()
    {
        using HttpClient client = server.CreateClient();
        JsonElement data = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/school-absence/data", Cancel);
        Assert.Equal("district", data.GetProperty("areaType").GetString());
        Assert.Equal("2025", data.GetProperty("period").GetString());
        Assert.Equal(34, data.GetProperty("cells").GetArrayLength());
        double city = data.GetProperty("city").GetProperty("value").GetDouble();
        Assert.All(data.GetProperty("cells").EnumerateArray(), c => Assert.Equal(city, c.GetProperty("versusCity").GetProperty("benchmarkValue").GetDouble()));
        Assert.True(data.GetProperty("indicator").GetProperty("synthetic").GetBoolean());

        // The district's count is the sum of its sub-districts' counts (the hierarchy is summed on import).
        JsonElement subDistricts = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/school-absence/data?areaType=sub-district", Cancel);
        double vuosaari = data.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("area").GetProperty("code").GetString() == "0917704000").GetProperty("numerator").GetDouble();
        double sum = subDistricts.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("area").GetProperty("code").GetString()!.StartsWith("0917704", StringComparison.Ordinal)).Sum(c => c.GetProperty("numerator").GetDouble());
        Assert.Equal(sum, vuosaari, 6);
    }

    [Fact]
    public async Task IndicatorsAndAvailability_SayWhatEachIndicatorHas()
    {
        using HttpClient client = server.CreateClient();
        JsonElement[] indicators = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!;
        Assert.True(indicators.Length >= 29);
        JsonElement youthChat = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/youth-chat-conversations/availability", Cancel);
        JsonElement postal = youthChat.GetProperty("areaTypes").EnumerateArray().First(t => t.GetProperty("areaType").GetString() == "postal-area");
        Assert.Equal(60, postal.GetProperty("periods").GetArrayLength());
        // Delivered by topic; the compute run adds the total over topics.
        Assert.Equal("total", postal.GetProperty("breakdowns")[0].GetString());
        Assert.Contains("topic=loneliness", postal.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task Series_GivesTheAreaAndTheCityOverTime()
    {
        using HttpClient client = server.CreateClient();
        JsonElement series = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/school-absence/series?area=0917704000", Cancel);
        Assert.Equal(11, series.GetProperty("points").GetArrayLength());
        Assert.Equal(11, series.GetProperty("city").GetArrayLength());
        Assert.All(series.GetProperty("points").EnumerateArray(), p => Assert.Equal(JsonValueKind.Object, p.GetProperty("ci95").ValueKind));
    }

    [Fact]
    public async Task Breakdowns_AreListedTotalFirstThenBySexAndFromTheYoungestAgeBand_InTheApiThePageAndItsTable()
    {
        // Sports licences come for ages 7–17 and 18–29 by sex: in text order "18–29" came before "7–17" everywhere.
        using HttpClient client = server.CreateClient();
        JsonElement availability = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/sports-licences/availability", Cancel);
        string[] listed = [.. availability.GetProperty("areaTypes").EnumerateArray().Single(a => a.GetProperty("areaType").GetString() == "district")
            .GetProperty("breakdowns").EnumerateArray().Select(b => b.GetString()!)];
        Assert.Equal(["age=7-17", "age=18-29", "sex=female;age=7-17", "sex=female;age=18-29", "sex=male;age=7-17", "sex=male;age=18-29"], listed.Where(b => b != "total"));

        string html = await client.GetStringAsync("/en/indicators/sports-licences?type=district&area=0917704000", Cancel);
        string select = Regex.Match(html, "<select[^>]*name=\"breakdown\".*?</select>", RegexOptions.Singleline).Value;
        Assert.Equal(listed, Regex.Matches(select, "<option value=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        string table = Regex.Match(html, "<table[^>]*id=\"breakdown-table\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(listed.Where(b => b != "total"), Regex.Matches(table, "<tr data-breakdown=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
    }

    [Fact]
    public async Task Series_WithoutBreakdown_ChoosesAsTheDataEndpointDoes()
    {
        // Payment defaults are delivered by sex and age band, and age bands are never added up: no level has a total,
        // so both endpoints fall back to the level's first breakdown.
        using HttpClient client = server.CreateClient();
        JsonElement availability = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/payment-defaults/availability", Cancel);
        JsonElement district = availability.GetProperty("areaTypes").EnumerateArray().Single(a => a.GetProperty("areaType").GetString() == "district");
        Assert.DoesNotContain("total", district.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetString()));
        JsonElement data = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/payment-defaults/data?areaType=district", Cancel);
        string expected = data.GetProperty("breakdown").GetString()!;
        Assert.Equal(district.GetProperty("breakdowns")[0].GetString(), expected);

        string area = data.GetProperty("cells")[0].GetProperty("area").GetProperty("code").GetString()!;
        JsonElement series = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/payment-defaults/series?area={area}", Cancel);
        Assert.Equal(expected, series.GetProperty("breakdown").GetString());
        Assert.NotEqual(0, series.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task AgeBandIndicators_EveryViewShowsTheProfilesOwnGroup_AndNamesIt()
    {
        // Payment defaults and sports licences come by age band only: older people see those aged 65 and over, the
        // children's profile sports licences of 7-17-year-olds, in the profile, the overview and the indicator page alike.
        using HttpClient client = server.CreateClient();
        JsonElement older = await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/older-people/areas/0911101010", Cancel);
        Assert.Equal("age=65+", CellOf(older, "payment-defaults").GetProperty("breakdown").GetString());
        JsonElement children = await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/children-and-young-people/areas/0911101010", Cancel);
        Assert.Equal("age=7-17", CellOf(children, "sports-licences").GetProperty("breakdown").GetString());
        JsonElement working = await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/working-age-adults/areas/0911101010", Cancel);
        Assert.Equal("age=18-29", CellOf(working, "sports-licences").GetProperty("breakdown").GetString());

        JsonElement data = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/payment-defaults/data?areaType=district&profile=older-people", Cancel);
        Assert.Equal("age=65+", data.GetProperty("breakdown").GetString());

        string profilePage = await client.GetStringAsync("/fi/profiles/older-people/areas/0911101010", Cancel);
        Assert.Contains("(65 vuotta täyttäneet)", profilePage, StringComparison.Ordinal);
        Assert.Contains("breakdown=age%3D65%2B", profilePage, StringComparison.Ordinal);
        string overview = await client.GetStringAsync("/sv/profiles/children-and-young-people?type=sub-district", Cancel);
        Assert.Contains("(7–17 år)", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("18–29 år", overview, StringComparison.Ordinal);
        string indicatorPage = await client.GetStringAsync("/en/indicators/payment-defaults?type=district&profile=older-people", Cancel);
        Assert.Contains("(aged 65 and over)", indicatorPage, StringComparison.Ordinal);
        // The keys stay in option values and links; no visible text shows one.
        Assert.DoesNotContain(">age=", indicatorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("(age=", indicatorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("(age=", profilePage, StringComparison.Ordinal);

        // The printable reports name it as the pages do: the area's table and the profile's overview.
        string areaReport = await client.GetStringAsync("/fi/profiles/older-people/areas/0911101010/report", Cancel);
        Assert.Contains("(65 vuotta täyttäneet)", areaReport, StringComparison.Ordinal);
        Assert.DoesNotContain("(age=", areaReport, StringComparison.Ordinal);
        string profileReport = await client.GetStringAsync("/en/profiles/older-people/report", Cancel);
        Assert.Contains("(aged 65 and over)", profileReport, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpineChart_AnAreaWithoutAValueAmongPeersThatHaveOne_SaysWhyInItsRow()
    {
        // A sub-district whose payment defaults of those aged 65 and over the public may not see, while its peers' are shown.
        using HttpClient client = server.CreateClient();
        JsonElement data = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/payment-defaults/data?areaType=sub-district&profile=older-people", Cancel);
        string? area = data.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("status").GetString() == "suppressed")
            .Select(c => c.GetProperty("area").GetProperty("code").GetString())
            .FirstOrDefault();
        Assert.True(area is not null, "The demo has no suppressed payment defaults by sub-district for the public.");
        JsonElement profile = await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/older-people/areas/{area}", Cancel);
        JsonElement cell = CellOf(profile, "payment-defaults");
        Assert.Equal(JsonValueKind.Null, cell.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Object, cell.GetProperty("peers").ValueKind);

        string page = await client.GetStringAsync($"/fi/profiles/older-people/areas/{area}", Cancel);

        Match row = Regex.Match(page, "<g class=\"spine-row\" data-indicator=\"payment-defaults\".*?</g>", RegexOptions.Singleline);
        Assert.True(row.Success, "No spine row of payment defaults.");
        Assert.Contains("spine-missing", row.Value, StringComparison.Ordinal);
        Assert.Contains(">salattu</text>", row.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("spine-marker", row.Value, StringComparison.Ordinal);
        // The row names the age band the profile shows, as the table does; shortened to fit beside the reason, it
        // keeps the band whole and the whole name as its tooltip.
        string label = Regex.Match(row.Value, "<text[^>]*class=\"chart-label\"[^>]*>(.*?)</text>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("(65 vuotta täyttäneet)<title>Maksuhäiriömerkinnän saaneet (65 vuotta täyttäneet)</title>", System.Net.WebUtility.HtmlDecode(label), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CityProfile_ListsItsAreasByType_EachListOnlyItsType()
    {
        // The city holds major districts and postal areas, which do not nest: one list each, not one mixed list.
        using HttpClient client = server.CreateClient();
        JsonElement children = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas?parent=091", Cancel);
        Dictionary<string, string> typeOf = children.EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("type").GetString()!);
        Assert.True(typeOf.Values.Distinct().Count() >= 2, "The city's areas are all of one type: " + string.Join(", ", typeOf.Values.Distinct()));

        string page = await client.GetStringAsync("/en/profiles/working-age-adults/areas/091", Cancel);

        MatchCollection lists = Regex.Matches(page, "<details data-child-type=\"([a-z-]+)\">(.*?)</details>", RegexOptions.Singleline);
        Assert.Equal(typeOf.Values.Distinct().Order(), lists.Select(l => l.Groups[1].Value).Order());
        foreach (Match list in lists)
        {
            string[] codes = [.. Regex.Matches(list.Groups[2].Value, "/areas/([0-9]+)\"").Select(m => m.Groups[1].Value)];
            Assert.Equal(typeOf.Count(t => t.Value == list.Groups[1].Value), codes.Length);
            Assert.All(codes, code => Assert.Equal(list.Groups[1].Value, typeOf[code]));
        }

        Assert.Contains("Areas within: major districts (8)", page, StringComparison.Ordinal);
    }

    private static JsonElement CellOf(JsonElement profile, string indicator) => profile.GetProperty("domains").EnumerateArray()
        .SelectMany(d => d.GetProperty("indicators").EnumerateArray())
        .Single(c => c.GetProperty("indicator").GetString() == indicator);
}
