using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Browser;

/// <summary>The forecast fan on the indicator page and the situational picture page, on the demo, in a real browser.</summary>
public sealed class ForecastAndSituationPagesTests(DemoLiveServer server, Chromium chromium) : IClassFixture<Chromium>
{
    private const string Vuosaari = "0917704000";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IndicatorPage_DrawsTheFanWithBothBandsAndItsTableAndAccuracy()
    {
        using HttpClient client = server.CreateClient();
        JsonElement forecast = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/social-assistance-recipients/forecast?area={Vuosaari}", Cancel))
            .GetProperty("forecasts")[0];
        JsonElement[] steps = [.. forecast.GetProperty("steps").EnumerateArray()];

        IPage page = await NewPageAsync();
        await page.GotoAsync(Url($"/en/indicators/social-assistance-recipients?type=district&area={Vuosaari}"));

        // The fan: history band, then both prediction bands, the forecast line and one marker per step, in the legend too.
        Assert.Equal(1, await page.Locator("#trend-chart path.interval-band").CountAsync());
        Assert.Equal(1, await page.Locator("#trend-chart path.forecast-band-95").CountAsync());
        Assert.Equal(1, await page.Locator("#trend-chart path.forecast-band-80").CountAsync());
        Assert.Equal(1, await page.Locator("#trend-chart path.forecast-line").CountAsync());
        Assert.Equal(steps.Length, await page.Locator("#trend-chart rect.forecast-point").CountAsync());
        string legend = (await page.TextContentAsync("#trend-chart .chart-legend"))!;
        Assert.Contains("80 % prediction interval", legend, StringComparison.Ordinal);
        Assert.Contains("95 % prediction interval", legend, StringComparison.Ordinal);
        // The 95 % band is wider than the 80 % band it contains.
        double band95 = await page.Locator("#trend-chart path.forecast-band-95").EvaluateAsync<double>("p => p.getBBox().height");
        double band80 = await page.Locator("#trend-chart path.forecast-band-80").EvaluateAsync<double>("p => p.getBBox().height");
        Assert.True(band95 > band80, $"95 % band {band95} px, 80 % band {band80} px");

        // The table carries the API's numbers (invariant data-value, what the CSV download writes).
        string[] periods = [.. await page.Locator("#forecast-table tbody th").AllInnerTextsAsync()];
        Assert.Equal(steps.Select(s => s.GetProperty("period").GetString()), periods);
        string firstValue = (await page.Locator("#forecast-table tbody tr:first-child td").First.GetAttributeAsync("data-value"))!;
        Assert.Equal(steps[0].GetProperty("value").GetDouble(), double.Parse(firstValue, CultureInfo.InvariantCulture), 9);

        // The accuracy beside the forecast, and the plain verdict on naive.
        string accuracy = await page.InnerTextAsync("#forecast .forecast-accuracy");
        Assert.Contains("MASE", accuracy, StringComparison.Ordinal);
        bool beats = forecast.GetProperty("accuracy").GetProperty("beatsNaive").GetBoolean();
        Assert.Equal(beats ? 0 : 1, await page.Locator("#forecast .forecast-naive--not-beaten").CountAsync());
        Assert.Contains(beats ? "beat the naive forecast" : "does not beat the naive forecast", await page.InnerTextAsync("#forecast .forecast-naive"), StringComparison.Ordinal);

        IDownload download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#forecast button[data-download-csv=forecast-table]"));
        string csv = await File.ReadAllTextAsync((await download.PathAsync())!, Cancel);
        Assert.Contains(steps[0].GetProperty("period").GetString()!, csv, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "forecast-en-vuosaari.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    /// <summary>A postal area: the demo's grocery shares are monthly by postal area, so its page has seasonal forecasts.</summary>
    private const string Kamppi = "00100";

    [Fact]
    public async Task AreaPage_DrawsEveryFanWithBothBandsItsTableAndTheAccuracyOfTheApi()
    {
        using HttpClient client = server.CreateClient();
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url($"/en/areas/{Kamppi}"));

        string[] indicators = [.. await page.Locator("#forecasts details.area-forecast").EvaluateAllAsync<string[]>("ds => ds.map(d => d.dataset.indicator)")];
        Assert.Contains("grocery-sugary-drinks", indicators);
        foreach (string indicator in indicators)
        {
            ILocator details = page.Locator($"#forecasts details.area-forecast[data-indicator='{indicator}']");
            await details.Locator("summary").ClickAsync();
            ILocator table = details.Locator($"#forecast-table-{indicator}");
            // The canonical periods (the cells show them in the page's words, "December 2025", and keep them as data-values for the CSV).
            string[] periods = [.. await table.Locator("tbody th").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value)")];

            // The API's forecast of the same period length: its table carries the API's periods and numbers.
            JsonElement forecast = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{indicator}/forecast?area={Kamppi}", Cancel)).GetProperty("forecasts")
                .EnumerateArray().Single(f => f.GetProperty("steps")[0].GetProperty("period").GetString() == periods[0]);
            JsonElement[] steps = [.. forecast.GetProperty("steps").EnumerateArray()];
            Assert.Equal(steps.Select(s => s.GetProperty("period").GetString()), periods);
            string firstValue = (await table.Locator("tbody tr:first-child td").First.GetAttributeAsync("data-value"))!;
            Assert.Equal(steps[0].GetProperty("value").GetDouble(), double.Parse(firstValue, CultureInfo.InvariantCulture), 9);

            // The fan: both prediction bands (95 % wider than 80 %), the forecast line and one marker per step.
            string fan = $"#fan-{indicator}";
            Assert.Equal(1, await details.Locator($"{fan} path.forecast-band-95").CountAsync());
            Assert.Equal(1, await details.Locator($"{fan} path.forecast-band-80").CountAsync());
            Assert.Equal(1, await details.Locator($"{fan} path.forecast-line").CountAsync());
            Assert.Equal(steps.Length, await details.Locator($"{fan} rect.forecast-point").CountAsync());
            double band95 = await details.Locator($"{fan} path.forecast-band-95").EvaluateAsync<double>("p => p.getBBox().height");
            double band80 = await details.Locator($"{fan} path.forecast-band-80").EvaluateAsync<double>("p => p.getBBox().height");
            Assert.True(band95 > band80, $"{indicator}: 95 % band {band95} px, 80 % band {band80} px");

            // The accuracy of the API in words, with the seasonal naive forecast where there is one, and the verdict naming the naive forecast that was at least as accurate.
            JsonElement accuracy = forecast.GetProperty("accuracy");
            string accuracyLine = await details.Locator(".forecast-accuracy").InnerTextAsync();
            Assert.Contains($"MASE {Two(accuracy.GetProperty("mase"))}, naive forecast (the last value carried forward) {Two(accuracy.GetProperty("naiveMase"))}", accuracyLine, StringComparison.Ordinal);
            (string verdict, string? summary) = ExpectedVerdict(accuracy);
            if (accuracy.GetProperty("seasonalNaiveMase").ValueKind == JsonValueKind.Number)
            {
                Assert.Contains($"seasonal naive forecast (the same period a year earlier) {Two(accuracy.GetProperty("seasonalNaiveMase"))}", accuracyLine, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("seasonal naive", accuracyLine, StringComparison.Ordinal);
            }

            Assert.Contains(verdict, await details.Locator(".forecast-naive").InnerTextAsync(), StringComparison.Ordinal);
            string summaryText = await details.Locator("summary").InnerTextAsync();
            if (summary is null)
            {
                Assert.Equal(0, await details.Locator("summary .forecast-naive--not-beaten").CountAsync());
            }
            else
            {
                Assert.Contains(summary, summaryText, StringComparison.Ordinal);
            }
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "forecasts-en-area.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AreaPage_MonthlyIndicator_NamesTheSeasonalNaiveInEveryLanguage()
    {
        using HttpClient client = server.CreateClient();
        JsonElement accuracy = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/grocery-sugary-drinks/forecast?area={Kamppi}", Cancel))
            .GetProperty("forecasts")[0].GetProperty("accuracy");
        Assert.Equal(JsonValueKind.Number, accuracy.GetProperty("seasonalNaiveMase").ValueKind);
        IPage page = await NewPageAsync();

        foreach ((string lang, string seasonal) in new[] { ("fi", "kausinaiivi ennuste (saman jakson arvo vuotta aiemmin)"), ("sv", "säsongsnaiv prognos (samma period ett år tidigare)"), ("en", "seasonal naive forecast (the same period a year earlier)") })
        {
            await page.GotoAsync(Url($"/{lang}/areas/{Kamppi}"));
            ILocator panel = page.Locator("#forecasts details.area-forecast[data-indicator='grocery-sugary-drinks'] .forecast-panel");
            Assert.Contains(seasonal, await panel.Locator(".forecast-accuracy").TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal(
                ExpectedVerdictName(accuracy),
                await panel.GetAttributeAsync("data-naive-verdict"));
        }

        await page.Context.CloseAsync();
    }

    /// <summary>A MASE as the English page writes it.</summary>
    private static string Two(JsonElement mase) => WelfareAtlas.Web.Charts.SvgChart.Format(mase.GetDouble(), WelfareAtlas.Localisation.Language.English, 2);

    /// <summary>The verdict's name (<c>NaiveVerdict</c>) from the API's figures: a naive forecast with a MASE at most the method's was at least as accurate.</summary>
    private static string ExpectedVerdictName(JsonElement accuracy)
    {
        double mase = accuracy.GetProperty("mase").GetDouble();
        bool lastValue = accuracy.GetProperty("naiveMase").GetDouble() <= mase;
        if (accuracy.GetProperty("seasonalNaiveMase").ValueKind != JsonValueKind.Number)
        {
            return lastValue ? "LastValueAtLeastAsAccurate" : "BeatsNaive";
        }

        bool yearEarlier = accuracy.GetProperty("seasonalNaiveMase").GetDouble() <= mase;
        return (lastValue, yearEarlier) switch
        {
            (true, true) => "BothAtLeastAsAccurate",
            (true, false) => "LastValueAtLeastAsAccurate",
            (false, true) => "YearEarlierAtLeastAsAccurate",
            _ => "BeatsBothNaives",
        };
    }

    /// <summary>The English verdict under the accuracy and the words in the area page's summary (none when the forecast beats naive).</summary>
    private static (string Verdict, string? Summary) ExpectedVerdict(JsonElement accuracy) => ExpectedVerdictName(accuracy) switch
    {
        "BeatsNaive" => ("beat the naive forecast (the last value carried forward)", null),
        "BeatsBothNaives" => ("beat both naive forecasts: the last value carried forward and the same period a year earlier", null),
        "LastValueAtLeastAsAccurate" => ("does not beat the naive forecast: in the backtests, carrying the last value forward was at least as accurate", "does not beat the naive forecast (the last value)"),
        "YearEarlierAtLeastAsAccurate" => ("does not beat the seasonal naive forecast: in the backtests, the value of the same period a year earlier was at least as accurate", "does not beat the seasonal naive forecast (a year earlier)"),
        _ => ("does not beat the naive forecasts: in the backtests, both carrying the last value forward and the value of the same period a year earlier were at least as accurate", "does not beat the naive forecasts"),
    };

    [Fact]
    public async Task SituationPage_ListsTheWorseAndWorseningOfTheApiAndLinksToEachArea()
    {
        using HttpClient client = server.CreateClient();
        JsonElement api = await client.GetFromJsonAsync<JsonElement>("/api/v1/situation?profile=children-and-young-people&limit=50", Cancel);
        JsonElement worse = api.GetProperty("groups")[0];
        Assert.Equal("worse-and-worsening", worse.GetProperty("kind").GetString());

        IPage page = await NewPageAsync();
        await page.GotoAsync(Url("/fi"));
        await page.ClickAsync("nav.main-nav a[href='/fi/situation']");
        await page.WaitForPageAsync(new Regex("/fi/situation$"));
        Assert.Equal("Tilannekuva", await page.InnerTextAsync("h1"));
        await page.GotoAsync(Url("/en/situation?profile=children-and-young-people"));
        Assert.Equal(
            worse.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("area").GetString()),
            await page.Locator("#table-worse-and-worsening tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.area)"));
        Assert.Contains($"({worse.GetProperty("total").GetInt32()})", await page.InnerTextAsync("#kind-worse-and-worsening"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("section[data-kind=outlier]").CountAsync());

        // An area's own picture: every finding is about it.
        string area = worse.GetProperty("findings")[0].GetProperty("area").GetString()!;
        await page.ClickAsync($"#table-worse-and-worsening tbody tr[data-area='{area}'] td a");
        await page.WaitForPageAsync(new Regex($"/en/situation\\?area={area}"));
        string[] areas = [.. await page.Locator("section.situation-group tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.area)")];
        Assert.NotEmpty(areas);
        Assert.All(areas, a => Assert.Equal(area, a));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "situation-en-area.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SituationTable_DownloadsAsCsv_WithTheApisNumbersAndEachChangesDirection()
    {
        using HttpClient client = server.CreateClient();
        JsonElement changes = (await client.GetFromJsonAsync<JsonElement>("/api/v1/situation?profile=children-and-young-people", Cancel))
            .GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == "significant-change");
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url("/fi/situation?profile=children-and-young-people"));
        int rows = await page.Locator("#table-significant-change tbody tr").CountAsync();

        IDownload download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download-csv=table-significant-change]"));
        string[] lines = (await File.ReadAllTextAsync((await download.PathAsync())!, Cancel)).TrimStart('\ufeff').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        await page.Context.CloseAsync();

        // The synthetic data's note, the headings (the value, then the direction of its change), then a line a row.
        Assert.StartsWith("\"Synteettinen:", lines[0], StringComparison.Ordinal);
        string[] headings = ProfilePagesTests.CsvFields(lines[1], ';');
        int value = Array.IndexOf(headings, "Arvo");
        Assert.Equal("Suunta", headings[value + 1]);
        Assert.Equal(rows, lines.Length - 2);
        JsonElement[] findings = [.. changes.GetProperty("findings").EnumerateArray()];
        for (int i = 0; i < rows; i++)
        {
            string[] fields = ProfilePagesTests.CsvFields(lines[i + 2], ';');
            Assert.Equal(findings[i].GetProperty("value").GetDouble(), double.Parse(fields[value], CultureInfo.GetCultureInfo("fi-FI")), 9);
            Assert.Equal(findings[i].GetProperty("worsening").GetBoolean() ? "heikompi" : "parempi", fields[value + 1]);
        }
    }

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();

    private async Task<IPage> NewPageAsync()
    {
        IBrowserContext context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        return await context.NewPageAsync();
    }
}
