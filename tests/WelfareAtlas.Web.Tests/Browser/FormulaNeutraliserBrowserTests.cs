using Microsoft.Playwright;
using WelfareAtlas.Spreadsheets;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Browser;

/// <summary>The browser's CSV downloads neutralise formulas by the same rule as the server's CSV and XLSX writers.</summary>
public sealed class FormulaNeutraliserBrowserTests(DemoLiveServer server, Chromium chromium) : IClassFixture<Chromium>
{
    /// <summary>Formula starts of every kind, a lone minus, negative and exponent numbers, and plain text.</summary>
    private static readonly string[] Cases =
        ["=1+1", "+358 40", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "\uFF1D1", "-", "-12.5", "-3e-4", "0", "Vuosaari", "a=b", ""];

    [Fact]
    public async Task DownloadsJs_EveryCase_NeutralisesAsTheServerDoes()
    {
        IBrowserContext context = await chromium.Require().NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/en/profiles/children-and-young-people/areas/0917704000").ToString());
        string[] browser = await page.EvaluateAsync<string[]>("cases => cases.map(c => window.atlasNeutralise(c))", Cases);
        Assert.Equal(Cases.Select(FormulaNeutraliser.Neutralise), browser);
        Assert.Equal("'=1+1", browser[0]);
        Assert.Equal("-12.5", browser[8]);
    }
}
