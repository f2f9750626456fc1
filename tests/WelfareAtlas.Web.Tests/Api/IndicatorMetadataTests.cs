using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Api;

/// <summary>
/// Issue 5 point 1: an indicator's full metadata in fi/sv/en, in the API and on the indicator page: themes and target
/// groups by name, measure, multiplier, frequency, the disclosure rule and the licence.
/// </summary>
public sealed class IndicatorMetadataTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_EveryIndicator_HasItsClassificationsAndRuleNamedInThreeLanguages()
    {
        using HttpClient client = server.CreateClient();
        JsonElement[] indicators = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!;

        Assert.True(indicators.Length >= 29);
        Assert.All(indicators, indicator =>
        {
            Assert.Equal(indicator.GetProperty("themes").GetArrayLength(), indicator.GetProperty("themeNames").GetArrayLength());
            Assert.Equal(indicator.GetProperty("targetGroups").GetArrayLength(), indicator.GetProperty("targetGroupNames").GetArrayLength());
            JsonElement[] texts =
            [
                indicator.GetProperty("measureName"), indicator.GetProperty("multiplierName"), indicator.GetProperty("frequencyName"),
                indicator.GetProperty("licenceText"), indicator.GetProperty("disclosure").GetProperty("description"),
                .. indicator.GetProperty("themeNames").EnumerateArray(), .. indicator.GetProperty("targetGroupNames").EnumerateArray(),
            ];
            Assert.All(texts, text =>
            {
                string fi = text.GetProperty("fi").GetString()!;
                Assert.False(string.IsNullOrWhiteSpace(fi));
                Assert.False(string.IsNullOrWhiteSpace(text.GetProperty("sv").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(text.GetProperty("en").GetString()));
            });
        });
    }

    [Fact]
    public async Task Api_YouthChat_NamesItsTopicsAndItsDenominatorInThreeLanguages_AndAPopulationRateHasNoDenominatorName()
    {
        using HttpClient client = server.CreateClient();
        JsonElement chat = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/youth-chat-conversations", Cancel);
        JsonElement absence = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/school-absence", Cancel);

        JsonElement anxiety = chat.GetProperty("categoryNames").EnumerateArray()
            .Single(c => c.GetProperty("dimension").GetString() == "topic" && c.GetProperty("category").GetString() == "anxiety");
        Assert.Equal(("ahdistus", "ångest", "anxiety"), (anxiety.GetProperty("name").GetProperty("fi").GetString(), anxiety.GetProperty("name").GetProperty("sv").GetString(), anxiety.GetProperty("name").GetProperty("en").GetString()));
        Assert.Equal("13–24-vuotiaat (arvio)", chat.GetProperty("denominatorName").GetProperty("fi").GetString());

        // Every category the chat's data has a breakdown for is named.
        JsonElement availability = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/youth-chat-conversations/availability", Cancel);
        string[] topics = [.. System.Text.RegularExpressions.Regex.Matches(availability.GetRawText(), "topic=([a-z-]+)").Select(m => m.Groups[1].Value).Distinct()];
        Assert.NotEmpty(topics);
        Assert.All(topics, topic => Assert.Contains(chat.GetProperty("categoryNames").EnumerateArray(), c => c.GetProperty("category").GetString() == topic));

        Assert.Equal(0, absence.GetProperty("categoryNames").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, absence.GetProperty("denominatorName").ValueKind);
    }

    [Fact]
    public async Task Api_SchoolAbsence_GivesThePersonRegisterRuleAndFinnishNames()
    {
        using HttpClient client = server.CreateClient();
        JsonElement indicator = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/school-absence", Cancel);

        JsonElement rule = indicator.GetProperty("disclosure");
        Assert.Equal(5, rule.GetProperty("minimumNumerator").GetInt32());
        Assert.False(rule.GetProperty("zeroPublishable").GetBoolean());
        Assert.Equal(30, rule.GetProperty("unreliableBelowDenominator").GetInt32());
        Assert.Equal("Lukumäärät 1–4 salataan. Myös nolla salataan. Osuus tai suhdeluku merkitään epäluotettavaksi, kun nimittäjä on alle 30.", rule.GetProperty("description").GetProperty("fi").GetString());
        Assert.Equal(["social-inclusion", "mental-wellbeing"], indicator.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["osallisuus", "mielen hyvinvointi"], indicator.GetProperty("themeNames").EnumerateArray().Select(t => t.GetProperty("fi").GetString()));
        Assert.Equal(["delaktighet", "psykiskt välbefinnande"], indicator.GetProperty("themeNames").EnumerateArray().Select(t => t.GetProperty("sv").GetString()));
        Assert.Equal("proportion", indicator.GetProperty("measure").GetString());
        Assert.Equal(100, indicator.GetProperty("multiplier").GetDouble());
        Assert.Equal("per 100", indicator.GetProperty("multiplierName").GetProperty("en").GetString());
        Assert.Equal("vuosittain", indicator.GetProperty("frequencyName").GetProperty("fi").GetString());
        Assert.StartsWith("Synteettinen", indicator.GetProperty("licenceText").GetProperty("fi").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Synthetic", indicator.GetProperty("licence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_AnIndicatorDeliveredByPostalArea_SaysItsSharedOutEstimatesAreShownBelowTheThreshold()
    {
        // A sub-district's payment defaults shared out from a postal area showed 1.4 people where the rule said counts
        // 1–4 are hidden: the rule now says why, in every language (the note under the profile table says so too).
        using HttpClient client = server.CreateClient();
        JsonElement indicator = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/payment-defaults", Cancel);
        Assert.Equal("postal-area", indicator.GetProperty("deliveredBy").GetString());
        JsonElement description = indicator.GetProperty("disclosure").GetProperty("description");
        Assert.StartsWith("Lukumäärät 1–4 salataan.", description.GetProperty("fi").GetString(), StringComparison.Ordinal);
        Assert.Contains("postinumeroalueiden luvuista jaettuja arvioita", description.GetProperty("fi").GetString(), StringComparison.Ordinal);
        Assert.Contains("fördelade från postnummerområdenas antal", description.GetProperty("sv").GetString(), StringComparison.Ordinal);
        Assert.Contains("shared out from the postal areas' counts", description.GetProperty("en").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi", "osallisuus, mielen hyvinvointi", "lapset ja lapsiperheet, nuoret", "vuosittain", "Lukumäärät 1–4 salataan.", "Synteettinen: ei lisenssiehtoja")]
    [InlineData("sv", "delaktighet, psykiskt välbefinnande", "barn och barnfamiljer, unga", "varje år", "Antal 1–4 döljs.", "Syntetiska: inga licensvillkor")]
    [InlineData("en", "social inclusion, mental wellbeing", "children and families, young people", "yearly", "Counts 1–4 are hidden.", "Synthetic: no licence restrictions")]
    public async Task Page_ShowsEveryMetadataFieldInItsLanguage(string lang, string themes, string groups, string frequency, string disclosure, string licence)
    {
        using HttpClient client = server.CreateClient();
        using HttpResponseMessage response = await client.GetAsync($"/{lang}/indicators/school-absence", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Contains($"data-meta=\"themes\">{themes}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"data-meta=\"target-groups\">{groups}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"data-meta=\"frequency\">{frequency}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"data-meta=\"disclosure\">{disclosure}", html, StringComparison.Ordinal);
        Assert.Contains($"data-meta=\"licence\">{licence}", html, StringComparison.Ordinal);
        Assert.Contains("data-meta=\"measure\">", html, StringComparison.Ordinal);
        Assert.Contains("data-meta=\"multiplier\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("social-inclusion", html, StringComparison.Ordinal);
    }
}
