using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Pages;

/// <summary>What a planner's read of the served demo found wrong (session 26), as the server writes the pages now.</summary>
public sealed class PlannerReviewTests(DemoLiveServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProportionOfOneAgeBand_IsAShareOfThatAgeGroup_NotOfTheIndicatorsAllAges()
    {
        // Payment defaults of the 65-year-olds and over, with the 65+ population as denominator, read "% of residents aged 18+".
        using HttpClient client = server.CreateClient();
        JsonElement profile = await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/older-people/areas/0917704000", Cancel);
        JsonElement defaults = profile.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("indicator").GetString() == "payment-defaults");
        Assert.StartsWith("age=", defaults.GetProperty("breakdown").GetString(), StringComparison.Ordinal);
        Assert.Equal("% of the age group", defaults.GetProperty("unit").GetProperty("en").GetString());
        Assert.Equal("% ikäryhmästä", defaults.GetProperty("unit").GetProperty("fi").GetString());

        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/sv/profiles/older-people/areas/0917704000", Cancel));
        string row = Regex.Match(html, "<tr data-indicator=\"payment-defaults\".*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("<span class=\"unit-note\" data-csv-skip>% av åldersgruppen</span>", row, StringComparison.Ordinal);

        // The indicator's total keeps its own unit.
        JsonElement adults = (await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/working-age-adults/areas/091", Cancel))
            .GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("indicator").GetString() == "unemployed-jobseekers");
        Assert.Equal("total", adults.GetProperty("breakdown").GetString());
        Assert.Equal("% of residents aged 18–64", adults.GetProperty("unit").GetProperty("en").GetString());
    }

    [Theory]
    [InlineData("fi", "Tietoa vain aluetasoilla:", "postinumeroalueet")]
    [InlineData("sv", "Uppgifter endast på områdesnivåerna:", "postnummerområden")]
    public async Task IndicatorPage_AtALevelWithoutData_SaysSoInThePagesLanguage_AndLinksTheLevelsWithData(string lang, string only, string postal)
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync($"/{lang}/indicators/paavo-median-income?type=district", Cancel));
        Assert.DoesNotContain("The indicator", html, StringComparison.Ordinal);
        string levels = Regex.Match(html, "<p id=\"levels-with-data\">.*?</p>", RegexOptions.Singleline).Value;
        Assert.Contains(only, levels, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/{lang}/indicators/paavo-median-income?type=postal-area\">{postal}</a>", levels, StringComparison.Ordinal);

        // The profile row's name leads to the level with data, not to this notice.
        string profile = WebUtility.HtmlDecode(await client.GetStringAsync($"/{lang}/profiles/working-age-adults/areas/0911101000", Cancel));
        string row = Regex.Match(profile, "<tr data-indicator=\"paavo-median-income\".*?</tr>", RegexOptions.Singleline).Value;
        Assert.Matches($"<a href=\"/{lang}/indicators/paavo-median-income\\?type=postal-area&profile=working-age-adults\">", row);
    }

    [Fact]
    public async Task CountsTrend_IsTheAreasOwn_WithoutTheCitysCountOnItsAxis()
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/indicators/population?type=district&area=0911101000", Cancel));
        string table = Regex.Match(html, "<table[^>]*id=\"trend-table\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(4, Regex.Count(Regex.Match(table, "<thead.*?</thead>", RegexOptions.Singleline).Value, "<th "));
        string chart = Regex.Match(html, "<svg[^>]*id=\"trend-chart\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Contains("area-line", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("city-line", chart, StringComparison.Ordinal);

        // A rate keeps the city beside it.
        string rate = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/indicators/paavo-unemployment-rate?type=district&area=0911101000", Cancel));
        Assert.Contains("city-line", Regex.Match(rate, "<svg[^>]*id=\"trend-chart\".*?</svg>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/fi/areas?q=Vironniemi", "1 alue")]
    [InlineData("/sv/areas?q=Estnäs", "1 område")]
    [InlineData("/en/areas?q=Vironniemi", "1 area")]
    public async Task AreaSearch_OfOneResult_SaysItInTheSingular(string path, string said)
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync(path, Cancel));
        Assert.Contains($"data-count=\"1\">{said}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AreasSituation_LinksBackToTheCitysByItsName()
    {
        using HttpClient client = server.CreateClient();
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/en/situation?area=0917704000", Cancel));
        Assert.Contains(">Situational picture: Helsinki</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Situational picture: Municipalities", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostalAreasOverlaps_ArePercentsAsTheOtherPagesWriteThem()
    {
        using HttpClient client = server.CreateClient();
        string html = await client.GetStringAsync("/en/areas/00100", Cancel);
        Assert.Matches(@"<td class=""number"" data-value=""[0-9.]+"">\d+&#160;%</td>", html);
        Assert.DoesNotMatch(@">\d+%</td>", html);
    }

    [Theory]
    [InlineData(0.29, 1)] // an apportioned fraction of a conversation
    [InlineData(12.5, 1)]
    [InlineData(3.0, 0)]
    [InlineData(668318.0, 0)]
    [InlineData(771904.3, 0)] // a large estimate reads whole
    [InlineData(null, 0)]
    public void CountDecimals_ShowSmallFractionsOnly(double? value, int decimals) =>
        Assert.Equal(decimals, WelfareAtlas.Web.Pages.AtlasPageModel.CountDecimals(value));
}
