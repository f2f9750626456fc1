using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Browser;

public sealed class MapPageTests(LiveServer server, Chromium chromium) : IClassFixture<LiveServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task HomePage_DrawsAll148SubDistrictsListsThemAndSwitchesLanguage()
    {
        IBrowser browser = chromium.Require();
        await using IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        IPage page = await context.NewPageAsync();
        List<string> consoleErrors = [];
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };

        await page.GotoAsync(new Uri(server.BaseAddress, "/fi").ToString());
        await page.WaitForSelectorAsync("#area-map.is-rendered svg");

        // ECharts' SVG renderer draws one path per region; the map series is the chart's only content.
        int shapes = await page.Locator("#area-map svg path").CountAsync();
        Assert.Equal(148, shapes);
        Assert.Equal(148, await page.Locator("#area-table tbody tr").CountAsync());
        Assert.Equal("fi", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Helsingin alueet", await page.InnerTextAsync("h1"));
        Assert.Contains("Tapanila", await page.InnerTextAsync("#area-table"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "home-fi-sub-districts.png"), FullPage = true });

        await page.ClickAsync("nav.language-switch a[hreflang=sv]");
        await page.WaitForPageAsync(new Regex("/sv$"));
        await page.WaitForSelectorAsync("#area-map.is-rendered svg");
        Assert.Equal("sv", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Helsingfors områden", await page.InnerTextAsync("h1"));
        Assert.Contains("Mosabacka", await page.InnerTextAsync("#area-table"), StringComparison.Ordinal);
        Assert.Equal(148, await page.Locator("#area-map svg path").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "home-sv-sub-districts.png"), FullPage = true });

        Assert.Empty(consoleErrors);
    }

    [Theory]
    [InlineData("major-district", 8)]
    [InlineData("district", 34)]
    [InlineData("postal-area", 84)]
    public async Task HomePage_TypeSwitch_DrawsThatLevel(string type, int expected)
    {
        IBrowser browser = chromium.Require();
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/en").ToString());
        await page.ClickAsync($"nav.type-switch a[data-type={type}]");
        await page.WaitForPageAsync(new Regex($"/en\\?type={type}$"));
        await page.WaitForSelectorAsync("#area-map.is-rendered svg");
        Assert.Equal(expected, await page.Locator("#area-map svg path").CountAsync());
        Assert.Equal(expected, await page.Locator("#area-table tbody tr").CountAsync());
        Assert.Equal("page", await page.GetAttributeAsync($"nav.type-switch a[data-type={type}]", "aria-current"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, $"home-en-{type}.png") });
        await page.CloseAsync();
    }

    [Fact]
    public async Task AreaPage_FromTheTable_ShowsNamesParentChainAndShape()
    {
        IBrowser browser = chromium.Require();
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/en?type=district").ToString());
        await page.ClickAsync("#area-table a:text-is('Malmi')");
        await page.WaitForPageAsync(new Regex("/en/areas/0915503000$"));

        Assert.StartsWith("Malmi", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal("Malm", await page.InnerTextAsync("[data-field=name-sv]"));
        Assert.Contains("North-Eastern", await page.InnerTextAsync("nav.breadcrumb"), StringComparison.Ordinal);
        Assert.Contains("Tapanila", await page.InnerTextAsync("[data-list=children]"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("svg.area-shape__svg path").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "area-en-malmi.png"), FullPage = true });
        await page.CloseAsync();
    }

    [Fact]
    public async Task AreaPage_UnknownCode_Is404InThePageLanguage()
    {
        IBrowser browser = chromium.Require();
        IPage page = await browser.NewPageAsync();
        IResponse? response = await page.GotoAsync(new Uri(server.BaseAddress, "/sv/areas/0919999999").ToString());
        Assert.Equal(404, response!.Status);
        Assert.Equal("Området hittades inte", await page.InnerTextAsync("h1"));
        await page.CloseAsync();
    }
}
