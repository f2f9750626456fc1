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

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();

    private async Task<IPage> NewPageAsync()
    {
        IBrowserContext context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        return await context.NewPageAsync();
    }
}
