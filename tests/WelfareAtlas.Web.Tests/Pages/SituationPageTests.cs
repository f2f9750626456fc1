using System.Net;
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
