using System.Net;
using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>The forecasts on an area's page, as the server writes them.</summary>
public sealed class ForecastPanelTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PopulationForecast_IsInWholePeople_OtherForecastsToOneDecimal()
    {
        // Vironniemi's population forecast read "18 759,5 (80 %: 18 524,0–18 997,1)": people are counted whole.
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/areas/0911101000", Cancel));
        string population = Regex.Match(html, "<details class=\"area-forecast\" data-indicator=\"population\">.*?</details>", RegexOptions.Singleline).Value;
        string summary = Regex.Match(population, "<summary>.*?</summary>", RegexOptions.Singleline).Value;
        Assert.Matches(@"2026 \d{1,3}(\u00A0\d{3})* \(80 %: \d{1,3}(\u00A0\d{3})*–\d{1,3}(\u00A0\d{3})*\)", summary);
        string table = Regex.Match(population, "<table.*?</table>", RegexOptions.Singleline).Value;
        Assert.NotEmpty(table);
        Assert.DoesNotMatch(@">\d[\d\u00A0]*,\d</td>", table);

        // A rate keeps its decimal.
        string other = Regex.Match(html, "<details class=\"area-forecast\" data-indicator=\"(?!population)[^\"]+\">.*?</summary>", RegexOptions.Singleline).Value;
        Assert.Matches(@"\d,\d \(80 %: ", other);
    }
}
