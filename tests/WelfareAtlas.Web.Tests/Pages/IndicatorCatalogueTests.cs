using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>
/// The indicator catalogue (<c>/{lang}/indicators</c>) on the demo: every indicator with what the API says of it, and
/// each choice narrowing the list to exactly the indicators the API says match it.
/// </summary>
public sealed partial class IndicatorCatalogueTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fi", "Indikaattorit")]
    [InlineData("sv", "Indikatorer")]
    [InlineData("en", "Indicators")]
    public async Task Catalogue_ListsEveryIndicator_ByItsName_LinkedToItsPage(string lang, string title)
    {
        using HttpClient client = server.CreateClient();
        JsonElement[] indicators = await IndicatorsAsync(client);
        string html = await client.GetStringAsync($"/{lang}/indicators", Cancel);

        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Row[] rows = Rows(html);
        Assert.Equal(indicators.Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal), rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Contains($"data-count=\"{indicators.Length}\"", html, StringComparison.Ordinal);
        foreach (Row row in rows)
        {
            JsonElement indicator = indicators.Single(i => i.GetProperty("id").GetString() == row.Id);
            Assert.Equal($"/{lang}/indicators/{row.Id}", row.Link);
            Assert.Equal(indicator.GetProperty("name").GetProperty(lang).GetString(), row.Name);
            Assert.Equal(
                indicator.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal),
                row.Themes.Order(StringComparer.Ordinal));
            Assert.Equal(
                indicator.GetProperty("targetGroups").EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal),
                row.Groups.Order(StringComparer.Ordinal));
        }

        // By name in the page's language, as a reader looks one up (å, ä and ö after z in Finnish and Swedish).
        StringComparer collation = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(lang == "sv" ? "sv-FI" : "fi-FI"), ignoreCase: true);
        Assert.Equal(rows.Select(r => r.Name).Order(collation), rows.Select(r => r.Name));
    }

    [Fact]
    public async Task Catalogue_AreaLevelsAndPeriods_AreThoseTheIndicatorHasData_For()
    {
        using HttpClient client = server.CreateClient();
        Row[] rows = Rows(await client.GetStringAsync("/en/indicators", Cancel));
        Assert.Contains(rows, r => r.Levels.Length == 1);
        Assert.Contains(rows, r => r.Levels.Length >= 4);
        foreach (Row row in rows)
        {
            JsonElement availability = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{row.Id}/availability", Cancel);
            JsonElement[] levels = [.. availability.GetProperty("areaTypes").EnumerateArray()];
            Assert.Equal(levels.Select(l => l.GetProperty("areaType").GetString()!).Order(StringComparer.Ordinal), row.Levels.Order(StringComparer.Ordinal));
            string[] periods = [.. levels.SelectMany(l => l.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!)).Order(StringComparer.Ordinal)];
            Assert.Equal(periods[0], row.First);
            Assert.Equal(periods[^1], row.Latest);
        }

        // Each level links to the indicator's page at that level, and the page answers.
        Row chat = rows.Single(r => r.Id == "youth-chat-conversations");
        foreach (string level in chat.Levels)
        {
            string link = $"/en/indicators/youth-chat-conversations?type={level}";
            Assert.Contains(link, chat.Html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link, Cancel)).StatusCode);
        }
    }

    [Theory]
    [InlineData("theme=mental-wellbeing")]
    [InlineData("theme=nutrition")]
    [InlineData("group=young-people")]
    [InlineData("group=elderly-people")]
    [InlineData("type=postal-area")]
    [InlineData("type=city")]
    [InlineData("profile=older-people")]
    [InlineData("theme=use-of-services&type=sub-district")]
    [InlineData("profile=children-and-young-people&group=immigrants")]
    public async Task Catalogue_Narrowed_ListsExactlyTheIndicatorsTheApiSaysMatch(string choices)
    {
        using HttpClient client = server.CreateClient();
        JsonElement[] indicators = await IndicatorsAsync(client);
        HashSet<string> expected = [.. indicators.Select(i => i.GetProperty("id").GetString()!)];
        foreach (string choice in choices.Split('&'))
        {
            string[] pair = choice.Split('=');
            HashSet<string> matching = pair[0] switch
            {
                "theme" => [.. indicators.Where(i => i.GetProperty("themes").EnumerateArray().Any(t => t.GetString() == pair[1])).Select(i => i.GetProperty("id").GetString()!)],
                "group" => [.. indicators.Where(i => i.GetProperty("targetGroups").EnumerateArray().Any(t => t.GetString() == pair[1])).Select(i => i.GetProperty("id").GetString()!)],
                "type" => await WithDataAtAsync(client, indicators, pair[1]),
                _ => [.. (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/profiles", Cancel))!
                    .Single(p => p.GetProperty("id").GetString() == pair[1])
                    .GetProperty("domains").EnumerateArray()
                    .SelectMany(d => d.GetProperty("indicators").EnumerateArray())
                    .Select(i => i.GetProperty("id").GetString()!)],
            };
            expected.IntersectWith(matching);
        }

        HttpResponseMessage response = await client.GetAsync($"/en/indicators?{choices}", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync(Cancel);
        Row[] rows = Rows(html);
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < indicators.Length, $"{choices} narrows nothing on the demo");
        Assert.Equal(expected.Order(StringComparer.Ordinal), rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Contains($"{rows.Length} of {indicators.Length} indicators", html, StringComparison.Ordinal);
        Assert.Contains("Clear the choices", html, StringComparison.Ordinal);
        if (choices.StartsWith("profile=", StringComparison.Ordinal))
        {
            // The indicator pages are then judged by the chosen profile's polarity.
            Assert.All(rows, r => Assert.Equal($"/en/indicators/{r.Id}?profile={choices.Split('&')[0]["profile=".Length..]}", r.Link));
        }
    }

    [Theory]
    [InlineData("/en/indicators?q=CHAT", "youth-chat-conversations")] // any case
    [InlineData("/en/indicators?q=nuorten%20chat", "youth-chat-conversations")] // the Finnish name on the English page
    [InlineData("/sv/indicators?q=betalningsanm%C3%A4rkning", "payment-defaults")] // å, ä and ö as typed
    [InlineData("/fi/indicators?q=sports-licences", "sports-licences")] // the id, as in the API and the addresses
    public async Task Catalogue_Search_FindsByNameDefinitionOrId_InAnyLanguage(string path, string expected)
    {
        using HttpClient client = server.CreateClient();
        Row[] rows = Rows(await client.GetStringAsync(path, Cancel));
        Assert.Contains(rows, r => r.Id == expected);
        Assert.True(rows.Length < 5, $"{path}: {rows.Length} indicators");
    }

    [Fact]
    public async Task Catalogue_NothingMatches_SaysSo_WithoutATable()
    {
        using HttpClient client = server.CreateClient();
        string html = await client.GetStringAsync("/sv/indicators?q=zzzz-no-such-word", Cancel);
        Assert.Contains($"0 av {(await IndicatorsAsync(client)).Length} indikatorer", html, StringComparison.Ordinal);
        Assert.Contains("Ingen indikator motsvarar dessa avgränsningar.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"indicator-table\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogue_UnknownChoices_Answer400_NameEachOne_AndAreNotApplied()
    {
        using HttpClient client = server.CreateClient();
        HttpResponseMessage response = await client.GetAsync("/fi/indicators?theme=happiness&type=county&profile=nobody&group=young-people", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("Teema: ”happiness” ei ole vaihtoehto, joten luetteloa ei rajata sillä.", html, StringComparison.Ordinal);
        Assert.Contains("Tietoa aluetasolla: ”county” ei ole vaihtoehto", html, StringComparison.Ordinal);
        Assert.Contains("Hyvinvointiprofiili: ”nobody” ei ole vaihtoehto", html, StringComparison.Ordinal);

        // The known choice still applies.
        JsonElement[] indicators = await IndicatorsAsync(client);
        int young = indicators.Count(i => i.GetProperty("targetGroups").EnumerateArray().Any(t => t.GetString() == "young-people"));
        Assert.Equal(young, Rows(html).Length);
    }

    [Theory]
    [InlineData("theme=mental-wellbeing", "theme=mental-wellbeing")]
    [InlineData("group=elderly-people&type=postal-area", "group=elderly-people&areaType=postal-area")]
    [InlineData("profile=older-people&q=HOME", "profile=older-people&q=HOME")]
    [InlineData("q=nuorten", "q=nuorten")]
    public async Task Api_NarrowedAsThePageIs_InTheCataloguesOrder(string page, string api)
    {
        using HttpClient client = server.CreateClient();
        string[] all = [.. (await IndicatorsAsync(client)).Select(i => i.GetProperty("id").GetString()!)];
        string[] listed = [.. Rows(await client.GetStringAsync($"/en/indicators?{page}", Cancel)).Select(r => r.Id)];
        string[] answered = [.. (await client.GetFromJsonAsync<JsonElement[]>($"/api/v1/indicators?{api}", Cancel))!.Select(i => i.GetProperty("id").GetString()!)];

        Assert.NotEmpty(answered);
        Assert.True(answered.Length < all.Length, $"{api} narrows nothing on the demo");
        Assert.Equal(listed.Order(StringComparer.Ordinal), answered.Order(StringComparer.Ordinal));
        Assert.Equal(all.Where(answered.Contains), answered);
    }

    [Theory]
    [InlineData("theme=happiness", "theme: 'happiness' is not one of nutrition, finances, physical-activity")]
    [InlineData("group=cats", "group: 'cats' is not one of children-and-families")]
    [InlineData("areaType=county", "'county' is not an area type")]
    [InlineData("profile=nobody", "profile: 'nobody' is not a welfare profile; use one of children-and-young-people")]
    public async Task Api_UnknownChoice_Is400_SayingWhichAndWhatThereIs(string query, string detail)
    {
        using HttpClient client = server.CreateClient();
        HttpResponseMessage response = await client.GetAsync($"/api/v1/indicators?{query}", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/fi")]
    [InlineData("/sv/profiles")]
    [InlineData("/en/indicators/population")]
    public async Task Navigation_LeadsToTheCatalogue(string path)
    {
        using HttpClient client = server.CreateClient();
        string lang = path[1..3];
        string html = await client.GetStringAsync(path, Cancel);
        Assert.Contains($"href=\"/{lang}/indicators\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#indicators\"", html, StringComparison.Ordinal);
    }

    private static async Task<JsonElement[]> IndicatorsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!;

    private static async Task<HashSet<string>> WithDataAtAsync(HttpClient client, JsonElement[] indicators, string level)
    {
        HashSet<string> ids = [];
        foreach (JsonElement indicator in indicators)
        {
            string id = indicator.GetProperty("id").GetString()!;
            JsonElement availability = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/availability", Cancel);
            if (availability.GetProperty("areaTypes").EnumerateArray().Any(a => a.GetProperty("areaType").GetString() == level))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static Row[] Rows(string html) =>
        [.. RowPattern().Matches(html).Select(m =>
        {
            string row = m.Value;
            Match link = LinkPattern().Match(row);
            return new Row(
                m.Groups["id"].Value,
                WebUtility.HtmlDecode(link.Groups["href"].Value),
                WebUtility.HtmlDecode(link.Groups["name"].Value),
                Words(row, "themes"),
                Words(row, "groups"),
                Words(row, "levels"),
                Regex.Match(row, "data-first=\"(?<p>[^\"]*)\"").Groups["p"].Value,
                Regex.Match(row, "data-latest=\"(?<p>[^\"]*)\"").Groups["p"].Value,
                row);
        })];

    private static string[] Words(string row, string attribute) =>
        Regex.Match(row, $"data-{attribute}=\"(?<v>[^\"]*)\"").Groups["v"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("<tr data-indicator=\"(?<id>[^\"]+)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<th scope=\"row\">\\s*<a href=\"(?<href>[^\"]+)\">(?<name>[^<]+)</a>")]
    private static partial Regex LinkPattern();

    private sealed record Row(string Id, string Link, string Name, string[] Themes, string[] Groups, string[] Levels, string First, string Latest, string Html);
}
