using System.Net;
using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>The indicator page's table and map classes, as the server writes them.</summary>
public sealed class IndicatorTableTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/en/indicators/youth-chat-conversations?type=major-district&area=0917000000", "By group: Eastern")]
    [InlineData("/en/indicators/payment-defaults?type=district&area=0917704000", "By sex and age: Vuosaari")]
    [InlineData("/sv/indicators/youth-chat-conversations?type=major-district&area=0917000000", "Efter grupp: Östra")]
    public async Task BreakdownTable_IsHeadedByWhatItBreaksDown_TopicsAreNotSexAndAge(string path, string heading)
    {
        // Youth chat's topics were headed "By sex and age".
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync(path, Cancel));
        Assert.StartsWith(heading + ", ", Regex.Match(html, "<h2 id=\"breakdowns-title\">(?<title>[^<]*)</h2>").Groups["title"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MunicipalityLevel_OfAHelsinkiOnlyIndicator_ListsHelsinkiOnce_AsAValueWithoutQuintile_NotAsNoData()
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/indicators/paavo-unemployment-rate?type=city&colour=quintile", Cancel));
        string table = Regex.Match(html, "<table[^>]*id=\"data-table\".*?</table>", RegexOptions.Singleline).Value;

        // Helsinki is the level's one area with a value: one row, not a benchmark row above it as well.
        Match helsinki = Assert.Single(Regex.Matches(table, "<tr[^>]*data-code=\"091\"[^>]*>"));
        Assert.DoesNotContain("benchmark-row", helsinki.Value, StringComparison.Ordinal);
        Assert.Contains("data-class=\"not-compared\"", helsinki.Value, StringComparison.Ordinal);

        // No map of Finland's 309 municipalities with 308 hatched "no data", nor of Helsinki's outline alone: the page
        // says why and links to the levels with more areas.
        Assert.DoesNotContain("id=\"indicator-map\"", html, StringComparison.Ordinal);
        Assert.Contains("Helsinki on tämän aluetason ainoa alue, jolta on tietoa", html, StringComparison.Ordinal);
        string levels = Regex.Match(html, "<ul class=\"map-levels\">.*?</ul>", RegexOptions.Singleline).Value;
        Assert.Equal(
            ["major-district", "district", "sub-district", "postal-area"],
            Regex.Matches(levels, "href=\"[^\"]*[?&]type=([a-z-]+)").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task Map_DrawsTheLevelsAreasInsideTheCityOfItsCells()
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/indicators/paavo-unemployment-rate?type=district", Cancel));
        Assert.Contains("data-layer-url=\"/api/v1/maps/district?within=091\"", html, StringComparison.Ordinal);

        // The map's download draws the same areas: Helsinki alone at the municipalities' level, not 309.
        string svg = await client.GetStringAsync("/fi/indicators/paavo-unemployment-rate?type=city&handler=map", Cancel);
        Assert.Equal(1, Regex.Count(svg, "<path[^>]*data-area=\""));
        Assert.Contains("data-area=\"091\"", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/fi/indicators/paavo-unemployment-rate", 4)] // the city's own series: no second "Helsinki" of dashes
    [InlineData("/fi/indicators/paavo-unemployment-rate?type=district&area=0911101000", 5)] // an area's, beside the city's
    public async Task TrendTable_HasACityColumn_OnlyBesideAnotherArea(string path, int columns)
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync(path, Cancel));
        string table = Regex.Match(html, "<table[^>]*id=\"trend-table\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(columns, Regex.Count(Regex.Match(table, "<thead.*?</thead>", RegexOptions.Singleline).Value, "<th "));
        Assert.All(Regex.Matches(table, "<tr><th scope=\"row\".*?</tr>", RegexOptions.Singleline), row => Assert.Equal(columns, Regex.Count(row.Value, "<t[hd] ")));
    }
}
