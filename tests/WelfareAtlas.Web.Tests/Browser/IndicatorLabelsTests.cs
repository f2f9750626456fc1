using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Browser;

/// <summary>The indicator page's words on the demo data: free-dimension groups, periods and the denominator in the page's language.</summary>
public sealed partial class IndicatorLabelsTests(DemoLiveServer server, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string[] Topics = ["loneliness", "anxiety", "self-harm", "family", "school", "relationships"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

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

    [Fact]
    public async Task IndicatorPage_MonthlyPeriods_AreWrittenInFinnish_AndStayCanonicalInValuesUrlsAndCsv()
    {
        string[] months = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"];
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url("/fi/indicators/grocery-sweets?type=postal-area&area=00100"));

        // The period choice: names in Finnish, canonical values.
        string[][] options = [.. await page.Locator("select[name=period] option").EvaluateAllAsync<string[][]>("os => os.map(o => [o.value, o.innerText.trim()])")];
        Assert.True(options.Length >= 12, $"{options.Length} periods");
        Assert.All(options, option =>
        {
            Match month = MonthPeriod().Match(option[0]);
            Assert.True(month.Success, option[0]);
            Assert.Equal($"{months[int.Parse(month.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1]} {month.Groups[1].Value}", option[1]);
        });
        string chosen = await page.Locator("select[name=period]").InputValueAsync();
        string chosenName = options.Single(o => o[0] == chosen)[1];

        // The titles say the period in words; the map's and the exports' URLs keep the canonical text.
        Assert.EndsWith(chosenName, await page.InnerTextAsync("#map-title"), StringComparison.Ordinal);
        Assert.EndsWith(chosenName, await page.Locator("#bar-chart .chart-title").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(chosen, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("period=" + chosen, await page.GetAttributeAsync("button[data-download-svg=map-chart]", "data-source") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("period=" + chosen, await page.GetAttributeAsync("p.export-links a", "href") ?? string.Empty, StringComparison.Ordinal);

        // The trend table: each period's name, with the canonical period as its data-value and in the CSV download.
        string[][] rows = [.. await page.Locator("#trend-table tbody th").EvaluateAllAsync<string[][]>("cells => cells.map(c => [c.dataset.value, c.textContent.trim()])")];
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(options.Single(o => o[0] == row[0])[1], row[1]));
        // The axis: short month names, never a canonical period.
        string[] axis = [.. await page.Locator("#trend-chart text.chart-small[text-anchor=middle]").EvaluateAllAsync<string[]>("ts => ts.map(t => t.textContent)")];
        Assert.NotEmpty(axis);
        Assert.All(axis, label => Assert.Matches(@"^(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu) \d{4}$", label));

        await page.ClickAsync("#trend-title ~ details summary");
        IDownload csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download-csv=trend-table]"));
        string[] lines = (await File.ReadAllTextAsync((await csv.PathAsync())!, Cancel)).TrimStart('\ufeff').Split("\r\n");
        await page.Context.CloseAsync();
        int header = Array.FindIndex(lines, l => l.StartsWith("Ajanjakso;", StringComparison.Ordinal));
        Assert.Equal(rows.Select(r => r[0]), lines.Skip(header + 1).Where(l => l.Length > 0).Select(l => l.Split(';')[0]));
    }

    [Theory]
    [InlineData("/sv/indicators/payment-defaults?type=district", "kv. ")]
    [InlineData("/en/indicators/payment-defaults?type=district", "Q")]
    public async Task IndicatorPage_QuarterlyPeriods_AreWrittenInThePagesLanguage(string path, string quarterWord)
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url(path));
        string chosen = await page.Locator("select[name=period]").InputValueAsync();
        Match quarter = QuarterPeriod().Match(chosen);
        Assert.True(quarter.Success, chosen);
        string expected = $"{quarterWord}{quarter.Groups[2].Value} {quarter.Groups[1].Value}";
        Assert.Equal(expected, (await page.Locator("select[name=period] option:checked").InnerTextAsync()).Trim());
        Assert.EndsWith(expected, await page.InnerTextAsync("#map-title"), StringComparison.Ordinal);
        Assert.EndsWith(expected, await page.InnerTextAsync("#breakdowns-title"), StringComparison.Ordinal);
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

    [GeneratedRegex(@"^(\d{4})M(\d{2})$")]
    private static partial Regex MonthPeriod();

    [GeneratedRegex(@"^(\d{4})Q([1-4])$")]
    private static partial Regex QuarterPeriod();

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();

    private async Task<IPage> NewPageAsync()
    {
        IBrowserContext context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        return await context.NewPageAsync();
    }
}
