using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WelfareAtlas.Web.Tests.Infrastructure;
using WelfareAtlas.Web.Tests.Reports;

namespace WelfareAtlas.Web.Tests.Browser;

/// <summary>The area page's report buttons in a real browser: the PDF download and the printable report.</summary>
public sealed class ReportDownloadTests(DemoLiveServer server, Chromium chromium) : IClassFixture<Chromium>
{
    private const string AreaPage = "/fi/profiles/children-and-young-people/areas/0917704000";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AreaPage_PdfButton_DownloadsTheAreasPrintedReport()
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url(AreaPage));
        ILocator button = page.Locator("a[data-download=report-pdf]");
        Assert.Equal("Lataa raportti (PDF)", (await button.InnerTextAsync()).Trim());

        // Printing takes Chromium on the server a while on a loaded machine: the download may start late.
        IDownload download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync(), new PageRunAndWaitForDownloadOptions { Timeout = 300_000 });
        Assert.Null(await download.FailureAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        byte[] pdf = await File.ReadAllBytesAsync((await download.PathAsync())!, Cancel);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        PdfText text = PdfText.Read(pdf);
        Assert.Contains("Vuosaari", text.Squashed, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squash($"Sivu 1 / {text.Pages}"), text.Squashed, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AreaPage_PrintableReportLink_OpensTheReportOfTheSameAreaAndProfile()
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url(AreaPage));
        await page.ClickAsync("nav.export-links a[href$='/report']");
        await page.WaitForPageAsync(new Regex(Regex.Escape(AreaPage + "/report") + "$"));

        Assert.StartsWith("Vuosaari: ", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal("fi", await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.Locator("#spine-chart").CountAsync() == 1);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/sv/profiles/working-age-adults/report")]
    [InlineData("/fi/profiles/children-and-young-people/report")]
    [InlineData("/sv/profiles/older-people/areas/0911101010/report")]
    public async Task Report_Printed_KeepsEveryTableWithinTheA4Page(string path)
    {
        // A4 less the report's margins (14 mm each side) is 182 mm, 688 CSS pixels. The Finnish and Swedish profile
        // tables were 711–813 px (a status in a value cell that did not wrap, headings such as "Jämförelsevärde"), so
        // their last column ran off the printed page.
        IPage page = await NewPageAsync(688);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.GotoAsync(Url(path));
        int[] widths = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('table')].map(t => Math.ceil(t.getBoundingClientRect().width))");
        await page.Context.CloseAsync();
        Assert.True(widths.Length >= 5, $"{widths.Length} tables");
        Assert.All(widths, width => Assert.True(width <= 688, $"a table of {width} px on a page of 688 px"));
    }

    [Theory]
    [InlineData("/fi/profiles/working-age-adults/areas/00990/report")]
    [InlineData("/sv/profiles/working-age-adults/report")]
    public async Task Report_OnAPhone_DoesNotScrollSideways(string path)
    {
        // The report had no viewport and its tables 710–813 px wide: on a 320 px screen the whole report scrolled
        // sideways. Its wide tables now scroll in their own box, as on the site's pages.
        IPage page = await NewPageAsync(320);
        await page.GotoAsync(Url(path));
        int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        string? viewport = await page.GetAttributeAsync("meta[name=viewport]", "content");
        int tables = await page.Locator(".table-scroll > table").CountAsync();
        await page.Context.CloseAsync();
        Assert.True(width <= 320, $"{path} is {width} px wide at 320 px");
        Assert.Equal("width=device-width, initial-scale=1", viewport);
        Assert.True(tables >= 2, $"{tables} tables in a scrolling box");
    }

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();

    private async Task<IPage> NewPageAsync(int width = 1280)
    {
        IBrowserContext context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, AcceptDownloads = true });
        return await context.NewPageAsync();
    }
}
