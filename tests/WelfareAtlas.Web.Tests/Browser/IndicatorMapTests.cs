using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;
using Microsoft.Playwright;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Browser;

/// <summary>The indicator page's choropleth on the demo data: its downloads, and the fills, legend and table of the classes without a value.</summary>
public sealed class IndicatorMapTests(DemoLiveServer server, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/en/indicators/youth-chat-conversations?type=postal-area", "Source:")] // suppressed areas, and two compared
    [InlineData("/fi/indicators/sotkanet-unemployment?type=city&period=2011&colour=significance", "Lähde:")] // every municipality of Finland, not compared or without data
    public async Task MapDownloads_SvgHasAPathPerAreaWithThePagesClassesTitleLegendAndSource_PngIsThatImage(string path, string sourceWord)
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url(path));
        await page.WaitForSelectorAsync("#indicator-map.is-rendered svg");
        int drawn = int.Parse((await page.GetAttributeAsync("#indicator-map", "data-rendered-areas"))!, CultureInfo.InvariantCulture);
        string title = (await page.InnerTextAsync("#map-title")).Trim();
        string[] legend = [.. await page.Locator(".map-legend li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.class + ' ' + li.innerText.trim())")];
        string[][] rows = [.. await page.Locator("#data-table tbody tr:not(.benchmark-row)").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.code, r.dataset.class])")];

        IDownload svgDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download-svg=map-chart]"));
        Assert.EndsWith("-map.svg", svgDownload.SuggestedFilename, StringComparison.Ordinal);
        XDocument svg = XDocument.Load((await svgDownload.PathAsync())!);
        XElement root = svg.Root!;

        // One path per area the page's map draws, each in the class of the area's table row.
        XElement[] areas = [.. root.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "map-area")];
        Assert.True(drawn > 30, $"the page drew {drawn} areas");
        Assert.Equal(drawn, areas.Length);
        Assert.Equal(drawn, areas.Select(a => (string)a.Attribute("data-area")!).Distinct().Count());
        Dictionary<string, string> drawnClass = areas.ToDictionary(a => (string)a.Attribute("data-area")!, a => (string)a.Attribute("data-class")!);
        Assert.All(rows, row => Assert.Equal(row[1], drawnClass[row[0]]));

        // The title, the legend (each class's fill and words) and the source line are in the drawing.
        Assert.Equal(title, root.Element(Svg + "title")!.Value);
        Assert.Contains(root.Descendants(Svg + "text"), t => (string?)t.Attribute("class") == "chart-title" && t.Value == title);
        XElement[] items = [.. root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "chart-legend__item")];
        Assert.Equal(legend, items.Select(g => (string)g.Attribute("data-class")! + " " + g.Element(Svg + "text")!.Value));
        foreach (XElement item in items)
        {
            string fill = (string)item.Element(Svg + "rect")!.Attribute("fill")!;
            Assert.Equal(fill, (string)areas.First(a => (string)a.Attribute("data-class")! == (string)item.Attribute("data-class")!).Attribute("fill")!);
            if (fill.StartsWith("url(#", StringComparison.Ordinal))
            {
                Assert.Contains(root.Descendants(Svg + "pattern"), p => "url(#" + (string)p.Attribute("id")! + ")" == fill);
            }
        }

        string source = string.Concat(root.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "chart-source").Descendants(Svg + "tspan").Select(t => t.Value));
        Assert.StartsWith(sourceWord, source, StringComparison.Ordinal);

        IDownload pngDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download-png=map-chart]"));
        Assert.EndsWith("-map.png", pngDownload.SuggestedFilename, StringComparison.Ordinal);
        byte[] png = await File.ReadAllBytesAsync((await pngDownload.PathAsync())!, Cancel);
        await page.Context.CloseAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 20_000, $"PNG of {png.Length} bytes");
        // Drawn at twice the SVG's size (the IHDR chunk's width and height, big-endian, after the signature and the chunk's header).
        string[] viewBox = ((string)root.Attribute("viewBox")!).Split(' ');
        Assert.Equal(2 * double.Parse(viewBox[2], CultureInfo.InvariantCulture), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), 1.0);
        Assert.Equal(2 * double.Parse(viewBox[3], CultureInfo.InvariantCulture), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)), 1.0);
    }

    [Theory]
    [InlineData("/en/indicators/youth-chat-conversations?type=postal-area", "suppressed", "higher")]
    [InlineData("/sv/indicators/sotkanet-unemployment?type=city&period=2011&colour=significance", "no-data", "not-compared")]
    [InlineData("/en/indicators/payment-defaults?type=sub-district&profile=older-people", "suppressed", "no-data")]
    public async Task Map_ClassesWithoutAComparison_HaveTheirOwnFillOnTheMapInTheLegendAndInTheTable(string path, string first, string second)
    {
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url(path));
        await page.WaitForSelectorAsync("#indicator-map.is-rendered svg");

        // The page's map: the areas of each class share one fill, and no two classes share one.
        Dictionary<string, int> legend = (await page.Locator(".map-legend li").EvaluateAllAsync<string[][]>("items => items.map(li => [li.dataset.class, li.dataset.count])"))
            .ToDictionary(item => item[0], item => int.Parse(item[1], CultureInfo.InvariantCulture));
        int drawn = int.Parse((await page.GetAttributeAsync("#indicator-map", "data-rendered-areas"))!, CultureInfo.InvariantCulture);
        Dictionary<string, int> fills = (await page.Locator("#indicator-map svg path").EvaluateAllAsync<string[]>("paths => paths.map(p => p.getAttribute('fill'))"))
            .GroupBy(fill => fill).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(legend.Count, fills.Count);
        // Every area drawn is in the legend's counts, also an area of the layer without a cell (the territorial sea), drawn
        // and counted as having no data, as the download draws and counts it.
        Assert.Equal(drawn, legend.Values.Sum());
        Assert.Equal(legend.Values.Order(), fills.Values.Order());
        Assert.Contains(fills.Keys, fill => fill.StartsWith("url(#", StringComparison.Ordinal));

        // The legend's swatches differ by class, and a hatched class is hatched, not a flat colour.
        string[] swatches = [.. await page.Locator(".map-legend li .map-legend__swatch").EvaluateAllAsync<string[]>(
            "spans => spans.map(s => getComputedStyle(s).backgroundColor + ' ' + getComputedStyle(s).backgroundImage)")];
        Assert.Equal(swatches.Length, swatches.Distinct().Count());
        foreach (string hatched in new[] { first, second }.Where(c => c is "no-data" or "suppressed"))
        {
            Assert.Contains("repeating-linear-gradient", await page.Locator($".map-legend li[data-class={hatched}] .map-legend__swatch").EvaluateAsync<string>("s => getComputedStyle(s).backgroundImage"), StringComparison.Ordinal);
        }

        // The table says why a row has no value in a word (the value column says it in full), with the map's swatch: the
        // word of the row's own status, which for a hidden row says who hid it.
        ProfileTexts texts = UiStrings.For(page.Url.Contains("/sv/", StringComparison.Ordinal) ? Language.Swedish : Language.English).Profiles;
        Dictionary<string, string[]> words = new()
        {
            ["suppressed"] = [texts.StatusShort["protected"], texts.StatusShort["suppressed"]],
            ["no-data"] = [texts.StatusShort["no-data"], texts.StatusShort["missing"], texts.StatusShort["invalid"]],
        };
        // The eighth column (after the area, its code, the value, its limits and the counts) is the comparison.
        Assert.Equal(
            page.Url.Contains("/sv/", StringComparison.Ordinal) ? "Jämförelse med Helsingfors" : "Comparison with Helsinki",
            (await page.Locator("#data-table thead th:nth-child(8)").InnerTextAsync()).Trim());
        int withoutRow = drawn - await page.Locator("#data-table tbody tr:not(.benchmark-row)").CountAsync();
        foreach (string mapClass in new[] { first, second })
        {
            string[][] said = [.. await page.Locator($"#data-table tbody tr[data-class={mapClass}]").EvaluateAllAsync<string[][]>(
                "rows => rows.map(r => [r.querySelector('td:nth-child(8)').innerText.trim(), r.querySelector('td:nth-child(3) .status')?.className ?? '', r.querySelector('td:nth-child(8) .map-legend__swatch')?.className ?? ''])")];
            Assert.Equal(legend[mapClass] - (mapClass == "no-data" ? withoutRow : 0), said.Length);
            if (!words.TryGetValue(mapClass, out string[]? allowed))
            {
                // A compared row says its comparison in the legend's words.
                string legendItem = (await page.Locator($".map-legend li[data-class={mapClass}]").InnerTextAsync()).Trim();
                string legendWords = legendItem[..legendItem.LastIndexOf(" (", StringComparison.Ordinal)];
                Assert.All(said, row => Assert.Equal(legendWords, row[0]));
                continue;
            }

            Assert.All(said, row =>
            {
                Assert.Contains(row[0], allowed);
                Assert.Equal(row[1].Contains("status-protected", StringComparison.Ordinal), row[0] == texts.StatusShort["protected"]);
                Assert.Contains($"map-class--{mapClass}", row[2], StringComparison.Ordinal);
            });
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/fi/indicators/payment-defaults", "data-table")] // hidden districts, whose value cell says why at length
    [InlineData("/sv/indicators/payment-defaults", "data-table")]
    [InlineData("/en/indicators/youth-chat-conversations?type=postal-area", "data-table")]
    [InlineData("/en/profiles/children-and-young-people/areas/0911102030", "profile-table")] // long indicator names
    [InlineData("/sv/profiles/working-age-adults/areas/0911102030", "profile-table")]
    [InlineData("/fi/profiles/working-age-adults/areas/091", "profile-table")] // long Finnish headings and an old figure's note: 1 245 px in 1 240
    [InlineData("/fi/indicators/paavo-unemployment-rate?type=postal-area", "data-table")]
    [InlineData("/en/indicators", "indicator-table")] // eight columns, sources at length
    [InlineData("/sv/indicators", "indicator-table")] // long Swedish compounds
    [InlineData("/en?type=sub-district", "area-table")] // beside the map, "Vanhakaupunki" was cut off
    public async Task DataTable_FitsALaptopsWidth_WithItsQuintileAndTrendInSight(string path, string table)
    {
        // At 1280 px the tables' last columns were scrolled out of sight behind their nowrap headings and status words
        // (the profile's table was 2 235 px wide, its area's table 1 806 px).
        IPage page = await NewPageAsync();
        await page.GotoAsync(Url(path));
        double[] widths = await page.Locator("#" + table).EvaluateAsync<double[]>(
            "t => [t.getBoundingClientRect().width, t.parentElement.getBoundingClientRect().width, t.querySelector('thead th:last-child').getBoundingClientRect().right, t.parentElement.getBoundingClientRect().right]");
        Assert.True(widths[0] <= widths[1] + 0.5, $"the table is {widths[0]} px wide in {widths[1]} px");
        Assert.True(widths[2] <= widths[3] + 0.5, $"the last heading ends at {widths[2]} px, its container at {widths[3]} px");
        await page.Context.CloseAsync();
    }

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();

    private async Task<IPage> NewPageAsync()
    {
        IBrowserContext context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        return await context.NewPageAsync();
    }
}
