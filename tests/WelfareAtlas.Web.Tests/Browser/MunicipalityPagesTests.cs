using Microsoft.Playwright;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Browser;

/// <summary>
/// Helsinki among Finland's municipalities in a real browser: THL's Sotkanet indicators on the map of Finland, in the
/// bar chart and the trend, an other city's area page, and the synthetic label in CSV downloads (values from
/// data/sotkanet/sotkanet_kunta_1990_2012_wide.csv).
/// </summary>
public sealed class MunicipalityPagesTests(DemoLiveServer server, Chromium chromium) : IClassFixture<Chromium>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IndicatorPage_ByCity_MapsFinlandBarsEveryMunicipalityWithAValueAndTrendsEspooAgainstHelsinki()
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url("/en/indicators/sotkanet-unemployment?type=city&period=2011&area=049"));
        await page.WaitForSelectorAsync("#indicator-map.is-rendered svg");

        // 309 municipalities of 2023 on the map and in the table; 306 of them have a 2011 value in the extract.
        Assert.Equal(309, await page.Locator("#indicator-map svg path").CountAsync());
        Assert.Equal(309, await page.Locator("#data-table tbody tr:not(.benchmark-row)").CountAsync());
        Assert.Equal(306, await page.Locator("#bar-chart rect.bar").CountAsync());
        Assert.Equal(1, await page.Locator("#bar-chart line.benchmark-line").CountAsync());

        // No municipality can be compared with a benchmark (no intervals): without a choice the map shows quintiles.
        Assert.Equal("quintile", await page.Locator("select[name=colour]").InputValueAsync());
        Assert.Equal(5, await page.Locator(".map-legend li[data-class^='q']").CountAsync());
        Assert.Equal(0, await page.Locator(".map-legend li[data-class='not-compared']").CountAsync());
        string[] order = [.. await page.Locator("#bar-chart g.bar-row:not(.bar-row--no-value)").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.area)")];
        Assert.Equal("732", order[0]); // Salla, 20.7 %
        Assert.Equal("5.5", await page.Locator("#data-table tbody tr[data-code='049']").Locator("td[data-value]").First.GetAttributeAsync("data-value"));

        Assert.Contains("Espoo", await page.InnerTextAsync("#trend-title"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#trend-chart path.city-line").CountAsync());
        string trend = await page.TextContentAsync("#trend-table") ?? string.Empty; // in a closed <details>
        Assert.Contains("1991", trend, StringComparison.Ordinal);
        Assert.Contains("2011", trend, StringComparison.Ordinal);
        Assert.DoesNotContain("Synthetic", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "indicator-en-sotkanet-unemployment-cities.png"), FullPage = true });

        // Real data: the CSV starts with the table's header, no synthetic label.
        IDownload csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download-csv=data-table]"));
        string csvText = (await File.ReadAllTextAsync((await csv.PathAsync())!, Cancel)).TrimStart('\ufeff');
        Assert.DoesNotContain("Synthetic", csvText, StringComparison.Ordinal);
        Assert.Contains("Espoo", csvText, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AreaPage_OfEspoo_ShowsItsSotkanetValueInTheProfile()
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url("/fi/profiles/working-age-adults/areas/049"));
        Assert.StartsWith("Espoo", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        ILocator row = page.Locator("#profile-table tbody tr[data-indicator=sotkanet-depression-medication]");
        Assert.Equal(1, await row.CountAsync());
        // Antidepressant reimbursements in Espoo, 2011: 87.6 per 1,000 aged 18-64.
        Assert.Contains("2011", await row.InnerTextAsync(), StringComparison.Ordinal);
        // The first number of the row (the period's cell before it carries the canonical period as its data-value too).
        Assert.Equal("87.6", await row.Locator("td.num[data-value]").First.GetAttributeAsync("data-value"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "profile-fi-espoo.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CsvDownloads_OfASyntheticIndicator_StartWithTheSyntheticLabel()
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url("/sv/indicators/school-absence?type=district&area=0917704000"));
        await page.ClickAsync("details:has(#trend-table) > summary"); // the trend's table and its button are folded away
        foreach (string table in new[] { "data-table", "trend-table" })
        {
            IDownload csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"button[data-download-csv={table}]"));
            string[] lines = (await File.ReadAllTextAsync((await csv.PathAsync())!, Cancel)).TrimStart('\ufeff').Split("\r\n");
            Assert.StartsWith("Syntetisk: Syntetiska demodata", lines[0].Trim('"'), StringComparison.Ordinal);
            Assert.DoesNotContain("Syntetisk", lines[1], StringComparison.Ordinal);
        }

        await page.Context.CloseAsync();
    }

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();

    private async Task<IPage> NewPageAsync()
    {
        IBrowserContext context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        return await context.NewPageAsync();
    }
}
