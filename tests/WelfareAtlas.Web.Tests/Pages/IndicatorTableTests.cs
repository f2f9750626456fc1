using System.Net;
using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>The indicator page's table and map classes, as the server writes them.</summary>
public sealed class IndicatorTableTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

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

        // The legend names the class by what it is: a value too few areas share to make fifths.
        Assert.Contains("Arvo, ei viidennestä (alle viisi aluetta) (1)", html, StringComparison.Ordinal);
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
