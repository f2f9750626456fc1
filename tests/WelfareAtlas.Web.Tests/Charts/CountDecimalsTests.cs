using System.Net;
using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Charts;

/// <summary>
/// A count (population) is shown in whole numbers outside the tables too: the charts' tooltips and the report's
/// numbers read "Kampinmalmi: 43 239,5 (42 832,9–43 649,0)" while the table beside them said 43 240.
/// </summary>
public sealed class CountDecimalsTests(DemoLiveServer server)
{
    private static readonly Regex Decimal = new(@"\d,\d", RegexOptions.Compiled);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IndicatorPage_OfACount_HasWholeNumbersInTheChartsTooltips()
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/indicators/population?type=district", Cancel));
        List<string> bars = Titles(Svg(html, "bar-chart"));
        Assert.NotEmpty(bars);
        Assert.All(bars, title => Assert.DoesNotMatch(Decimal, title));
        Assert.Contains(bars, title => Regex.IsMatch(title, @"^\S.*: \d{1,3}(\u00A0\d{3})+ \(\d"));

        List<string> trend = Titles(Svg(html, "trend-chart"));
        Assert.NotEmpty(trend);
        Assert.All(trend, title => Assert.DoesNotMatch(Decimal, title));

        // A rate keeps its decimal in the same places.
        string rate = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/indicators/paavo-unemployment-rate?type=district", Cancel));
        Assert.Contains(Titles(Svg(rate, "bar-chart")), title => Decimal.IsMatch(title));
    }

    [Fact]
    public async Task AreaReport_ShowsACountInWholeNumbers()
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/profiles/working-age-adults/areas/0911101000/report", Cancel));
        string population = Regex.Match(html, "<article class=\"indicator\" id=\"population\">.*?</article>", RegexOptions.Singleline).Value;
        Assert.Matches(@"<td class=""num"">\d{1,3}(\u00A0\d{3})+</td>", population);
        Assert.DoesNotMatch(@"<td class=""num"">[\d\u00A0]+,\d", population);
        Assert.All(Titles(population), title => Assert.DoesNotMatch(Decimal, title));

        // The row of population in the profile's tables (one a domain) too.
        string populationRow = Regex.Matches(html, "<table class=\"profile\".*?</table>", RegexOptions.Singleline)
            .SelectMany(table => table.Value.Split("<tr>"))
            .Single(tr => tr.StartsWith("<th scope=\"row\">Väestö (arvio)", StringComparison.Ordinal));
        Assert.Matches(@"<td class=""num"">\d{1,3}(\u00A0\d{3})+</td>", populationRow);
        Assert.DoesNotMatch(@"<td class=""num"">[\d\u00A0]+,\d", populationRow);
    }

    private static string Svg(string html, string id) =>
        Regex.Match(html, $"<svg[^>]*id=\"{id}\".*?</svg>", RegexOptions.Singleline).Value;

    private static List<string> Titles(string svg) =>
        [.. Regex.Matches(svg, "<title>(.*?)</title>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).Where(t => Regex.IsMatch(t, @"\d"))];
}
