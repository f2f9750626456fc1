using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Inequality;
using WelfareAtlas.Statistics.Trends;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Api;

/// <summary>
/// The gap between the areas of a type (journey 3: "the gap between the best and worst areas and whether it is
/// narrowing"): <c>GET /api/v1/indicators/{id}/gap</c> and the indicator page's section, on the demo.
/// </summary>
public sealed class GapApiTests(DemoLiveServer server)
{
    private static readonly string[] Tested = ["narrowing", "widening", "no-significant-change"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Gap_IsThatOfTheValuesTheDataEndpointShows_ForTheSameChoice()
    {
        using HttpClient client = server.CreateClient();
        JsonElement data = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/payment-defaults/data?areaType=district", Cancel);
        JsonElement gap = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/payment-defaults/gap?areaType=district", Cancel);

        // The same choice as /data makes without one.
        Assert.Equal(data.GetProperty("period").GetString(), gap.GetProperty("period").GetString());
        Assert.Equal(data.GetProperty("breakdown").GetString(), gap.GetProperty("breakdown").GetString());

        // Only the values the caller sees: the public's, without those hidden to protect privacy.
        AreaValue[] shown = [.. data.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number)
            .Select(c => new AreaValue(
                c.GetProperty("value").GetDouble(),
                new Interval(c.GetProperty("ci95").GetProperty("lower").GetDouble(), c.GetProperty("ci95").GetProperty("upper").GetDouble()),
                c.GetProperty("denominator").GetDouble()))];
        Assert.True(shown.Length < data.GetProperty("cells").GetArrayLength(), "the demo's district payment defaults have no hidden value");
        AreaGap expected = AreaGapCalculator.Compute(shown).GetValueOrThrow();

        JsonElement current = gap.GetProperty("current");
        Assert.Equal(shown.Length, current.GetProperty("areas").GetInt32());
        Assert.Equal(expected.Highest, current.GetProperty("highest").GetDouble(), 9);
        Assert.Equal(expected.Lowest, current.GetProperty("lowest").GetDouble(), 9);
        Assert.Equal(expected.Gap, current.GetProperty("gap").GetDouble(), 9);
        Assert.Equal(expected.Gap95!.Value.Lower, current.GetProperty("gap95").GetProperty("lower").GetDouble(), 9);
        Assert.Equal(expected.HighestAreas, current.GetProperty("highestAreas").GetInt32());
        Assert.Equal(JsonValueKind.Null, current.GetProperty("noGap").ValueKind);

        // The series is every quarter up to the chosen one, oldest first, ending with it; the trend tests its last five.
        string[] periods = [.. gap.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("period").GetString()!)];
        Assert.Equal(data.GetProperty("period").GetString(), periods[^1]);
        Assert.All(periods, p => Assert.Matches("^[0-9]{4}Q[1-4]$", p));
        Assert.Equal(periods.Order(StringComparer.Ordinal), periods);
        JsonElement trend = gap.GetProperty("trend");
        Assert.Equal(periods[^5..], trend.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!));
        Assert.Contains(trend.GetProperty("direction").GetString(), Tested);
    }

    [Fact]
    public async Task Gap_WhereTooFewAreasHaveAValue_SaysSo_AndTheTrendNamesThePeriodWithoutOne()
    {
        using HttpClient client = server.CreateClient();
        // Every district's youth-chat count is hidden or apportioned from a hidden one in the demo's last month.
        JsonElement gap = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/youth-chat-conversations/gap?areaType=district", Cancel);

        JsonElement current = gap.GetProperty("current");
        Assert.Equal("too-few-areas", current.GetProperty("noGap").GetString());
        Assert.Equal(JsonValueKind.Null, current.GetProperty("gap").ValueKind);
        Assert.Equal("cannot-be-calculated", gap.GetProperty("trend").GetProperty("direction").GetString());
        Assert.Equal("no-gap", gap.GetProperty("trend").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Gap_OfACount_IsNotComputed_AndSaysWhy()
    {
        using HttpClient client = server.CreateClient();
        JsonElement gap = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/population/gap?areaType=district", Cancel);

        Assert.Equal("count", gap.GetProperty("current").GetProperty("noGap").GetString());
        Assert.Equal(0, gap.GetProperty("series").GetArrayLength());
        Assert.Contains("sizes", gap.GetProperty("trend").GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GapTrend_ComparesTheSameAreasInEveryPeriod_ThoseWithAValueInAllFive()
    {
        // Disclosure control hides different districts' small counts of young adults' payment defaults from one quarter to
        // the next (17–26 of 34 shown): a gap over other areas is not the same gap, so the trend recomputes the five gaps on
        // the districts shown in all five quarters.
        using HttpClient client = server.CreateClient();
        JsonElement gap = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/payment-defaults/gap?areaType=district", Cancel);
        JsonElement trend = gap.GetProperty("trend");
        string breakdown = gap.GetProperty("breakdown").GetString()!;
        string[] periods = [.. trend.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!)];
        Assert.Equal(5, periods.Length);

        List<IReadOnlyDictionary<string, AreaValue>> shown = [];
        foreach (string period in periods)
        {
            JsonElement data = await client.GetFromJsonAsync<JsonElement>(
                $"/api/v1/indicators/payment-defaults/data?areaType=district&period={period}&breakdown={Uri.EscapeDataString(breakdown)}", Cancel);
            shown.Add(data.GetProperty("cells").EnumerateArray()
                .Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number)
                .ToDictionary(
                    c => c.GetProperty("area").GetProperty("code").GetString()!,
                    c => new AreaValue(
                        c.GetProperty("value").GetDouble(),
                        new Interval(c.GetProperty("ci95").GetProperty("lower").GetDouble(), c.GetProperty("ci95").GetProperty("upper").GetDouble()),
                        c.GetProperty("denominator").GetDouble())));
        }

        IReadOnlyList<IReadOnlyList<AreaValue>> same = AreaGapCalculator.SameAreas(shown);
        Assert.True(same[0].Count < shown.Max(period => period.Count), "the demo shows the same districts in all five quarters: nothing to test");
        Assert.Equal(same[0].Count, trend.GetProperty("areas").GetInt32());

        TrendDirection expected = AreaGapCalculator.Trend([.. same.Select((values, i) => ((double)i, AreaGapCalculator.Compute(values).GetValueOrThrow()))]).Direction;
        Assert.Equal(
            expected switch
            {
                TrendDirection.Decreasing => "narrowing",
                TrendDirection.Increasing => "widening",
                TrendDirection.NoSignificantChange => "no-significant-change",
                _ => "cannot-be-calculated",
            },
            trend.GetProperty("direction").GetString());

        // The page says which areas the trend compared.
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/en/indicators/payment-defaults?type=district", Cancel));
        Assert.Contains($"The trend compares the same {same[0].Count} areas in every period: those with a value in all five.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/indicators/no-such/gap", "no-such")]
    [InlineData("/api/v1/indicators/payment-defaults/gap?areaType=district&period=1999Q1", "1999Q1")]
    [InlineData("/api/v1/indicators/sotkanet-unemployment/gap?areaType=district", "it has data by city")]
    public async Task Gap_OfAChoiceWithoutData_IsA404NamingIt(string path, string named)
    {
        using HttpClient client = server.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi", "Ero alueiden välillä (peruspiirit)", "Ero on ", "95 %:n luottamusväli")]
    [InlineData("sv", "Skillnaden mellan områdena (grunddistrikt)", "Skillnaden är ", "95 % konfidensintervall")]
    [InlineData("en", "Gap between areas (districts)", "The gap is ", "95 % confidence interval")]
    public async Task IndicatorPage_GapSection_SaysTheGapAndWhetherItIsNarrowing_WithATableOfEveryPeriod(string lang, string title, string gapWords, string intervalWords)
    {
        using HttpClient client = server.CreateClient();
        JsonElement gap = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/payment-defaults/gap?areaType=district", Cancel);
        string html = WebUtility.HtmlDecode(await client.GetStringAsync($"/{lang}/indicators/payment-defaults?type=district", Cancel));
        string section = Regex.Match(html, "<section aria-labelledby=\"gap-title\".*?</section>", RegexOptions.Singleline).Value;

        Assert.Contains($"<h2 id=\"gap-title\">{title}</h2>", section, StringComparison.Ordinal);
        Assert.Contains($"data-trend=\"{gap.GetProperty("trend").GetProperty("direction").GetString()}\"", section, StringComparison.Ordinal);
        // The gap as the page writes numbers: one decimal, the language's decimal mark.
        string shown = gap.GetProperty("current").GetProperty("gap").GetDouble().ToString("0.0", lang == "en" ? System.Globalization.CultureInfo.InvariantCulture : System.Globalization.CultureInfo.GetCultureInfo("fi-FI"));
        Assert.Contains(gapWords + shown, section, StringComparison.Ordinal);
        Assert.Contains(intervalWords, section, StringComparison.Ordinal);
        Assert.Equal(gap.GetProperty("series").GetArrayLength(), Regex.Count(section, "<tr data-period="));
        Assert.Contains("data-download-csv=\"gap-table\"", section, StringComparison.Ordinal);

        // The chart: a point for each period with a gap, the line through them and the band of their intervals.
        int withGap = gap.GetProperty("series").EnumerateArray().Count(p => p.GetProperty("gap").ValueKind == JsonValueKind.Number);
        // In the wide chart: the section holds the chart for a phone too ("gap-chart-narrow"), with the same points.
        string chart = Regex.Match(section, "<svg[^>]*id=\"gap-chart\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(withGap, Regex.Count(chart, "<circle class=\"gap-point\""));
        string narrow = Regex.Match(section, "<svg[^>]*id=\"gap-chart-narrow\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(withGap, Regex.Count(narrow, "<circle class=\"gap-point\""));
        Assert.Contains("class=\"gap-line\"", section, StringComparison.Ordinal);
        Assert.Contains("class=\"interval-band\"", section, StringComparison.Ordinal);
        Assert.Contains("data-download-svg=\"gap-chart\"", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_OfACount_HasNoGapSection()
    {
        using HttpClient client = server.CreateClient();
        string html = await client.GetStringAsync("/en/indicators/population?type=district", Cancel);

        Assert.DoesNotContain("gap-title", html, StringComparison.Ordinal);
    }
}
