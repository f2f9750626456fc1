using Microsoft.Playwright;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Browser;

/// <summary>The indicator page's words on the demo data: free-dimension groups and the denominator in the page's language.</summary>
public sealed class IndicatorLabelsTests(DemoLiveServer server, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string[] Topics = ["loneliness", "anxiety", "self-harm", "family", "school", "relationships"];

    [Theory]
    [InlineData("fi", "ahdistus", "Nuorten chat-keskustelut aiheittain (ahdistus)")]
    [InlineData("sv", "ångest", "Ungas chattsamtal efter ämne (ångest)")]
    public async Task IndicatorPage_FreeDimensionCategories_AreNamedInThePagesLanguage(string lang, string anxiety, string title)
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url($"/{lang}/indicators/youth-chat-conversations?type=postal-area&breakdown=topic%3Danxiety&area=00100"));

        // The choice of group: every topic by its name, the option's value the key.
        string[][] options = [.. await page.Locator("select[name=breakdown] option").EvaluateAllAsync<string[][]>("os => os.map(o => [o.value, o.innerText.trim()])")];
        Assert.Equal(anxiety, options.Single(o => o[0] == "topic=anxiety")[1]);
        Assert.All(options, option => Assert.DoesNotContain(option[1], Topics));

        // The headings and the charts' titles name the chosen group, as do the rows of the breakdown table.
        Assert.StartsWith(title, await page.InnerTextAsync("#map-title"), StringComparison.Ordinal);
        Assert.StartsWith(title, await page.InnerTextAsync("#bar-title"), StringComparison.Ordinal);
        Assert.StartsWith(title, await page.Locator("#bar-chart .chart-title").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.StartsWith(title, await page.Locator("#trend-chart .chart-title").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        string[] groups = [.. await page.Locator("#breakdown-table tbody th").EvaluateAllAsync<string[]>("cells => cells.map(c => c.innerText.trim())")];
        Assert.Contains(anxiety, groups);
        Assert.Empty(groups.Intersect(Topics));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/en/indicators/grocery-sweets?type=postal-area", "Baskets")]
    [InlineData("/fi/indicators/cervical-screening?type=district", "Kutsutut")]
    [InlineData("/sv/indicators/youth-chat-conversations?type=postal-area&area=00100", "13–24-åringar (uppskattning)")]
    [InlineData("/fi/indicators/social-assistance-recipients?type=district", "Väestö")] // the catalogue names no other denominator: the population
    public async Task IndicatorPage_DenominatorColumn_SaysWhatTheIndicatorsDenominatorCounts(string path, string expected)
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url(path));
        // After the area, its code, the value, its limits and the count.
        Assert.Equal(expected, (await page.Locator("#data-table thead th:nth-child(7)").InnerTextAsync()).Trim());
        if (await page.Locator("#breakdown-table").CountAsync() > 0)
        {
            Assert.Equal(expected, (await page.Locator("#breakdown-table thead th:nth-child(6)").InnerTextAsync()).Trim());
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
