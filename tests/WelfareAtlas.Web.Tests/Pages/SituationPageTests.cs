using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>The situational picture's tables on the demo, as a reader sees them.</summary>
public sealed class SituationPageTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Findings_NameTheirGroupInThePagesWords_NeverTheBreakdownKey()
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/sv/situation?profile=children-and-young-people", Cancel));

        (string Key, string Label)[] groups = [.. Regex.Matches(html, "<td data-breakdown=\"(?<key>[^\"]+)\">(?<label>[^<]*)</td>")
            .Select(m => (m.Groups["key"].Value, m.Groups["label"].Value))];
        Assert.Contains(groups, g => g.Key == "total");
        Assert.Contains(groups, g => g.Key != "total");
        Assert.All(groups, g =>
        {
            Assert.DoesNotContain("=", g.Label, StringComparison.Ordinal);
            if (g.Key == "total")
            {
                Assert.Equal("alla", g.Label);
            }

            if (g.Key.Contains("sex=male", StringComparison.Ordinal))
            {
                Assert.Contains("män", g.Label, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public async Task SignificantChanges_NameThePeriodTheyCompareWith_AMonthTheSameMonthAYearEarlier()
    {
        // "Compared with 17.5" did not say with when: the year before, or for a month the same month a year earlier.
        using HttpClient client = server.CreateClient();
        JsonElement view = await client.GetFromJsonAsync<JsonElement>("/api/v1/situation?limit=5000", Cancel);
        JsonElement[] changes = [.. view.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == "significant-change").GetProperty("findings").EnumerateArray()];
        Assert.Contains(changes, f => f.GetProperty("period").GetString()!.Contains('M', StringComparison.Ordinal));
        Assert.All(changes, f =>
        {
            string period = f.GetProperty("period").GetString()!;
            string compared = f.GetProperty("referencePeriod").GetString()!;
            if (period.Contains('M', StringComparison.Ordinal))
            {
                Assert.Equal($"{int.Parse(period[..4], CultureInfo.InvariantCulture) - 1}{period[4..]}", compared);
            }
            else
            {
                Assert.True(string.CompareOrdinal(compared, period) < 0, $"{compared} is not before {period}");
            }
        });
        JsonElement[] others = [.. view.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("kind").GetString() != "significant-change").SelectMany(g => g.GetProperty("findings").EnumerateArray())];
        Assert.All(others, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("referencePeriod").ValueKind));

        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/situation?kind=significant-change", Cancel));
        Assert.Contains("<span class=\"reference-period\">(joulukuu 2024)</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedKind_LinksToAllOfIt_WhichListsEveryFindingOfThatKindAlone()
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/en/situation?profile=working-age-adults", Cancel));
        Match? cut = Regex.Matches(html, "<section[^>]*data-kind=\"(?<kind>[^\"]+)\" data-total=\"(?<total>\\d+)\">.*?</section>", RegexOptions.Singleline)
            .FirstOrDefault(section => section.Value.Contains("class=\"situation-show-all\"", StringComparison.Ordinal));
        Assert.NotNull(cut); // some kind of finding is cut at the page's limit on the demo
        string kind = cut.Groups["kind"].Value;
        int total = int.Parse(cut.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > WelfareAtlas.Web.Pages.SituationModel.PageLimit);
        string href = Regex.Match(cut.Value, "<a class=\"situation-show-all\" href=\"(?<href>[^\"]+)\">Show all ").Groups["href"].Value;
        Assert.Equal($"/en/situation?profile=working-age-adults&show={kind}", href);

        string all = WebUtility.HtmlDecode(await client.GetStringAsync(href, Cancel));
        string[] kinds = [.. Regex.Matches(all, "<section[^>]*data-kind=\"(?<kind>[^\"]+)\"").Select(m => m.Groups["kind"].Value)];
        Assert.Equal([kind], kinds);
        string table = Regex.Match(all, $"<table[^>]*id=\"table-{kind}\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(total, Regex.Matches(table, "<tbody.*?</tbody>", RegexOptions.Singleline).Cast<Match>().Sum(body => Regex.Count(body.Value, "<tr")));
        // Each finding's value and what it is set against have their indicator's unit under its name.
        Assert.All(Regex.Matches(table, "<tr data-indicator=.*?</th>", RegexOptions.Singleline), row => Assert.Matches("<span class=\"unit-note\" data-csv-skip>[^<]+</span></th>", row.Value));
        Assert.Contains("href=\"/en/situation?profile=working-age-adults\">Show every kind of finding</a>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("situation-show-all", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownKind_IsABadRequest_NamingIt()
    {
        using HttpClient client = server.CreateClient();
        HttpResponseMessage response = await client.GetAsync("/fi/situation?show=rumours", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tilannekuvassa ei ole havaintolajia ”rumours”.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_OfTwoAreasWithOneName_TellTheAreasApart()
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/situation?profile=children-and-young-people", Cancel));

        // Each area's link text in the tables: one text, one area.
        Dictionary<string, HashSet<string>> codesByText = [];
        foreach (Match row in Regex.Matches(html, "<tr data-indicator=\"[^\"]+\" data-area=\"(?<code>[^\"]+)\">.*?<td><a href=\"[^\"]*\">(?<name>[^<]+)</a></td>", RegexOptions.Singleline))
        {
            string name = row.Groups["name"].Value;
            (codesByText.TryGetValue(name, out HashSet<string>? codes) ? codes : codesByText[name] = []).Add(row.Groups["code"].Value);
        }

        Assert.True(codesByText.Count > 10, $"{codesByText.Count} areas");
        Assert.All(codesByText, pair => Assert.True(pair.Value.Count == 1, $"'{pair.Key}' names {string.Join(", ", pair.Value)}"));
        // The demo has such pairs (a postal area and the sub-district it covers): they carry their types.
        Assert.Contains(codesByText.Keys, name => name.EndsWith("(postinumeroalue)", StringComparison.Ordinal));
    }
}
