using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Browser;

/// <summary>The profile, indicator and overview pages on the demo data, in a real browser: content, not just presence.</summary>
public sealed partial class ProfilePagesTests(DemoLiveServer server, Chromium chromium) : IClassFixture<Chromium>
{
    private const string Profile = "children-and-young-people";
    private const string Vuosaari = "0917704000";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AreaProfile_DrawsASpineRowPerIndicatorAndTheSummaryNamesTheWorstConcern()
    {
        using HttpClient client = server.CreateClient();
        JsonElement api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{Profile}/areas/{Vuosaari}", Cancel);
        JsonElement[] cells = [.. api.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray())];
        // A count (the population) is not compared, so its row has no marker on a scale around the city's count.
        int drawable = cells.Count(c => c.GetProperty("value").ValueKind == JsonValueKind.Number && c.GetProperty("peers").ValueKind == JsonValueKind.Object
            && c.GetProperty("comparison").GetProperty("benchmarkValue").ValueKind == JsonValueKind.Number && c.GetProperty("measure").GetString() != "count");

        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url($"/en/profiles/{Profile}/areas/{Vuosaari}"));
        Assert.StartsWith("Vuosaari", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal(cells.Length, await page.Locator("#spine-chart g.spine-row").CountAsync());
        Assert.Equal(drawable, await page.Locator("#spine-chart .spine-marker").CountAsync());
        Assert.True(drawable >= 5, $"only {drawable} indicators could be drawn");
        Assert.Equal(cells.Length, await page.Locator("#profile-table tbody tr[data-indicator]").CountAsync());

        string summary = await page.InnerTextAsync("#summary-text");
        JsonElement concerns = api.GetProperty("summary").GetProperty("concerns");
        if (concerns.GetArrayLength() > 0)
        {
            Assert.Contains(concerns[0].GetProperty("name").GetProperty("en").GetString()!, summary, StringComparison.Ordinal);
        }

        Assert.Contains("Compared with Helsinki", summary, StringComparison.Ordinal);
        Assert.True(await page.Locator("#pyramid-chart rect.pyramid-bar").CountAsync() >= 20);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "profile-en-vuosaari.png"), FullPage = true });

        // The benchmark is page state in the URL: choosing the parent area reloads with ?benchmark=parent.
        await page.CheckAsync("input[name=benchmark][value=parent]");
        await page.ClickAsync("form.choice-form button[type=submit]");
        await page.WaitForPageAsync(new Regex("benchmark=parent$"));
        Assert.Contains("Eastern", await page.InnerTextAsync("#summary-text"), StringComparison.Ordinal);
        await page.ClickAsync("a[data-nav=parent]");
        await page.WaitForPageAsync(new Regex("/areas/0917000000\\?benchmark=parent$"));
        Assert.StartsWith("Eastern", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task IndicatorPage_BarsEqualAreasWithValuesWithWhiskersAndMapOfEveryArea()
    {
        using HttpClient client = server.CreateClient();
        JsonElement data = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/social-assistance-recipients/data?areaType=district", Cancel);
        JsonElement[] cells = [.. data.GetProperty("cells").EnumerateArray()];
        int withValue = cells.Count(c => c.GetProperty("value").ValueKind == JsonValueKind.Number);
        int withInterval = cells.Count(c => c.GetProperty("ci95").ValueKind == JsonValueKind.Object);

        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url("/fi/indicators/social-assistance-recipients?type=district&area=" + Vuosaari));
        await page.WaitForSelectorAsync("#indicator-map.is-rendered svg");
        Assert.Equal(34, await page.Locator("#indicator-map svg path").CountAsync());
        Assert.Equal(withValue, await page.Locator("#bar-chart rect.bar").CountAsync());
        Assert.Equal(withInterval, await page.Locator("#bar-chart path.whisker").CountAsync());
        Assert.Equal(1, await page.Locator("#bar-chart line.benchmark-line").CountAsync());
        Assert.Equal(34, await page.Locator("#data-table tbody tr:not(.benchmark-row)").CountAsync());
        Assert.Equal(1, await page.Locator("#trend-chart path.interval-band").CountAsync());
        Assert.Equal(1, await page.Locator("#trend-chart path.city-line").CountAsync());
        Assert.Contains("Vuosaari", await page.InnerTextAsync("#trend-title"), StringComparison.Ordinal);
        // Bars are sorted from the highest value down.
        string[] order = [.. await page.Locator("#bar-chart g.bar-row:not(.bar-row--no-value)").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.area)")];
        string[] expected = [.. cells.Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number)
            .OrderByDescending(c => c.GetProperty("value").GetDouble()).Select(c => c.GetProperty("area").GetProperty("code").GetString()!)];
        Assert.Equal(expected, order);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "indicator-fi-social-assistance.png"), FullPage = true });

        // Colour by quintile: five quintile classes in the legend, state in the URL.
        await page.SelectOptionAsync("select[name=colour]", "quintile");
        await page.ClickAsync("form.choice-form button[type=submit]");
        await page.WaitForPageAsync(new Regex("colour=quintile"));
        Assert.Equal(5, await page.Locator(".map-legend li[data-class^=q]").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Overview_ColoursEveryDistrictOnEveryIndicator()
    {
        using HttpClient client = server.CreateClient();
        JsonElement profiles = await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles", Cancel);
        int indicators = profiles.EnumerateArray().First(p => p.GetProperty("id").GetString() == Profile)
            .GetProperty("domains").EnumerateArray().Sum(d => d.GetProperty("indicators").GetArrayLength());

        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url($"/sv/profiles/{Profile}?type=district"));
        Assert.Equal(34, await page.Locator("#overview-table tbody tr").CountAsync());
        Assert.Equal(34 * indicators, await page.Locator("#overview-table td.overview-cell").CountAsync());
        Assert.True(await page.Locator("#overview-table td[data-significance=worse]").CountAsync() > 0);
        Assert.True(await page.Locator("#overview-table td[data-significance=better]").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "overview-sv-districts.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Overview_CsvDownload_MarksEachSyntheticColumnAndNotesWhatTheMarkMeans()
    {
        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url($"/en/profiles/{Profile}?type=district"));
        string[] synthetic = [.. await page.Locator("#overview-table th[data-synthetic=true]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.indicator)")];
        string[] real = [.. await page.Locator("#overview-table th[data-synthetic=false]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.indicator)")];

        IDownload csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download-csv=overview-table]"));
        string[] lines = (await File.ReadAllTextAsync((await csv.PathAsync())!, Cancel)).TrimStart('\ufeff').Split("\r\n");

        // The note first, then the header, where every synthetic column is marked and no real one is.
        Assert.StartsWith("Synthetic: Columns marked (synthetic)", lines[0].Trim('"'), StringComparison.Ordinal);
        Assert.StartsWith("Area,", lines[1], StringComparison.Ordinal);
        Assert.NotEmpty(synthetic);
        Assert.NotEmpty(real);
        Assert.Equal(synthetic.Length, Regex.Count(lines[1], Regex.Escape("(synthetic)")));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Overview_EveryCell_ShowsItsComparisonAsASymbolAndAWord_NotByColourAlone()
    {
        // The shapes of the spine chart's markers (SvgChart.Marker), and the words the Swedish cells show.
        Dictionary<string, (string Shape, string Word)> expected = new()
        {
            ["better"] = ("circle", "bättre"),
            ["similar"] = ("rect", "liknande"),
            ["worse"] = ("path", "sämre"),
            ["higher"] = ("path", "högre"),
            ["lower"] = ("path", "lägre"),
            ["not-compared"] = ("circle", "ej jämf."),
        };
        IPage page = await NewPageAsync(320);
        await page.GotoAsync(Url($"/sv/profiles/{Profile}?type=major-district"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, "overview-sv-major-districts-320.png"), FullPage = true });

        // What each cell shows a sighted reader: the symbol's drawn shape and the word, each laid out at a visible size
        // and outside the screen-reader-only text.
        string json = await page.Locator("#overview-table td.overview-cell").EvaluateAllAsync<string>(
            """
            cells => JSON.stringify(cells.map(cell => {
              const symbol = cell.querySelector('svg.significance-symbol');
              const word = cell.querySelector('.overview-cell__word');
              const shown = e => !!e && !e.closest('.visually-hidden') && e.getBoundingClientRect().width >= 6 && e.getBoundingClientRect().height >= 6;
              return {
                significance: cell.dataset.significance,
                shape: shown(symbol) ? symbol.firstElementChild.tagName : null,
                symbol: symbol ? symbol.dataset.symbol : null,
                word: shown(word) ? word.innerText.trim() : null,
              };
            }))
            """);
        CellShown[] cells = JsonSerializer.Deserialize<CellShown[]>(json, JsonSerializerOptions.Web)!;
        Assert.True(cells.Length >= 7 * 5, $"only {cells.Length} cells");
        Assert.Contains(cells, c => c.Significance == "better");
        Assert.Contains(cells, c => c.Significance == "worse");
        Assert.All(cells, c => Assert.Equal((c.Significance, expected[c.Significance].Shape, expected[c.Significance].Word), (c.Symbol, c.Shape, c.Word)));

        // The legend shows each class's symbol and word, the abbreviation beside the word it stands for.
        string[] legend = [.. await page.Locator(".overview-legend li").EvaluateAllAsync<string[]>("items => items.map(i => (i.querySelector('svg.significance-symbol') ? i.dataset.significance + ': ' : '') + i.innerText.trim())")];
        Assert.Equal(["better: Bättre", "similar: Liknande", "worse: Sämre", "higher: Högre", "lower: Lägre", "not-compared: Inte jämförd (ej jämf.)"], legend);

        // The table scrolls in its box; the page itself does not scroll sideways.
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/sv/indicators/payment-defaults")] // "betalningsanmärkningar" is wider than a phone
    [InlineData("/sv/indicators/payment-defaults?type=district&area=0911101000")]
    [InlineData("/fi/profiles/children-and-young-people/areas/0917704000")]
    [InlineData("/fi/profiles/working-age-adults/areas/0911101000")]
    [InlineData("/sv/profiles/children-and-young-people?type=major-district")]
    public async Task Headings_At320Pixels_WrapLongWordsInsideTheirBox(string path)
    {
        IPage page = await NewPageAsync(320);
        await page.GotoAsync(Url(path));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, $"headings-320-{path.Split('/')[1]}-{path.Split('/', '?')[3]}.png") });
        string[] headings = [.. await page.Locator("h1, h2, h3, h4").EvaluateAllAsync<string[]>("hs => hs.map(h => h.tagName)")];
        string[] clipped = [.. await page.Locator("h1, h2, h3, h4").EvaluateAllAsync<string[]>(
            "hs => hs.filter(h => h.scrollWidth > h.clientWidth).map(h => `${h.tagName} '${h.innerText}': ${h.scrollWidth} px in ${h.clientWidth} px`)")];
        await page.Context.CloseAsync();
        Assert.Contains("H1", headings);
        Assert.Empty(clipped);
    }

    [Fact]
    public async Task IndicatorPage_BreakdownCsv_OnASwedishPage_IsSemicolonSeparatedWithDecimalCommas_AndHasTheStatusOfASuppressedValue()
    {
        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url("/sv/indicators/payment-defaults?type=district&area=0911101000"));
        int shown = await page.Locator("#breakdown-table tbody tr").CountAsync();
        string[] lines = await DownloadCsvAsync(page, "breakdown-table");
        await page.Context.CloseAsync();

        // The synthetic label, the header, then a line per breakdown: separated as a Swedish spreadsheet splits a file.
        Assert.StartsWith("Grupp;Värde;", lines[1], StringComparison.Ordinal);
        string[][] rows = [.. lines.Skip(2).Where(l => l.Length > 0).Select(l => CsvFields(l, ';'))];
        Assert.Equal(shown, rows.Length);
        string[][] withValue = [.. rows.Where(r => DecimalCommaNumber().IsMatch(r[1]))];
        // The demo's hidden breakdowns are the atlas's disclosure control's, not the source's.
        string[][] suppressed = [.. rows.Where(r => r[1].StartsWith("Skyddad av integritetsskäl", StringComparison.Ordinal))];
        Assert.NotEmpty(withValue);
        Assert.NotEmpty(suppressed);
        Assert.Equal(rows.Length, withValue.Length + suppressed.Length);

        // Limits and counts unrounded with a decimal comma, never as the page's rounded text with a space between thousands ("1 740").
        Assert.All(withValue, row => Assert.All(row[1..], field => Assert.Matches(DecimalCommaNumber(), field)));
        Assert.Contains(withValue, row => row[1..].Any(field => field.Contains(',', StringComparison.Ordinal)));
        // The 18–24 row's counts are the API's, unrounded (the demo's derived counts are fractional).
        using HttpClient client = server.CreateClient();
        JsonElement data = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/payment-defaults/data?areaType=district&breakdown=age%3D18-24", Cancel);
        JsonElement cell = data.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("area").GetProperty("code").GetString() == "0911101000");
        string[] young = withValue.Single(row => row[0] == "18–24 år");
        Assert.Equal(cell.GetProperty("numerator").GetDouble(), DecimalComma(young[4]), 9);
        Assert.Equal(cell.GetProperty("denominator").GetDouble(), DecimalComma(young[5]), 9);

        // A suppressed value says so, its limits and counts are the page's dash: none is an empty field like a missing one.
        Assert.All(suppressed, row => Assert.Equal(["–", "–", "–", "–"], row[2..]));
    }

    [Fact]
    public async Task IndicatorPage_BreakdownCsv_OnAnEnglishPage_IsCommaSeparatedWithDecimalPoints()
    {
        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url("/en/indicators/payment-defaults?type=district&area=0911101000"));
        string[] lines = await DownloadCsvAsync(page, "breakdown-table");
        await page.Context.CloseAsync();

        Assert.StartsWith("Breakdown,Value,", lines[1], StringComparison.Ordinal);
        string[][] withValue = [.. lines.Skip(2).Where(l => l.Length > 0).Select(l => CsvFields(l, ',')).Where(r => InvariantNumber().IsMatch(r[1]))];
        Assert.NotEmpty(withValue);
        Assert.All(withValue, row => Assert.All(row[1..], field => Assert.Matches(InvariantNumber(), field)));
        Assert.Contains(withValue, row => row[1..].Any(field => field.Contains('.', StringComparison.Ordinal)));
    }

    [Fact]
    public async Task IndicatorPage_TableCsv_ExportsASuppressedValueAsItsStatus_NotAsAnEmptyField()
    {
        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url("/en/indicators/youth-chat-conversations?type=postal-area"));
        string[] suppressed = [.. await page.Locator("#data-table tbody tr:has(td .status-protected)").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)")];
        Assert.NotEmpty(suppressed);

        string[] lines = await DownloadCsvAsync(page, "data-table");
        await page.Context.CloseAsync();
        string[][] rows = [.. lines.Select(l => CsvFields(l, ','))];
        foreach (string code in suppressed)
        {
            string[] row = rows.Single(r => r.Length > 1 && r[1] == code);
            // The value's field says what the page says, the limits and counts the page's dash.
            Assert.StartsWith("Hidden to protect privacy", row[2], StringComparison.Ordinal);
            Assert.Equal(["–", "–"], row[3..5]);
        }

        Assert.DoesNotContain(rows.Where(r => r.Length > 2), r => r[2].Length == 0);
    }

    [Fact]
    public async Task Overview_CsvDownload_HasTheComparisonBesideEachValue()
    {
        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url($"/sv/profiles/{Profile}?type=major-district"));
        string[] columns = [.. await page.Locator("#overview-table thead th[data-indicator] a").EvaluateAllAsync<string[]>("links => links.map(a => a.innerText.trim())")];
        // Each cell of the first area's row: its class and its raw value (empty without one).
        string[][] cells = [.. await page.Locator("#overview-table tbody tr:first-child td").EvaluateAllAsync<string[][]>(
            "cells => cells.map(c => [c.dataset.significance, c.getAttribute('data-value')])")];
        string[] lines = await DownloadCsvAsync(page, "overview-table");
        await page.Context.CloseAsync();

        int headerLine = Array.FindIndex(lines, l => l.StartsWith("Område;", StringComparison.Ordinal));
        string[] header = CsvFields(lines[headerLine], ';');
        Assert.Equal(1 + (2 * columns.Length), header.Length);
        for (int i = 0; i < columns.Length; i++)
        {
            Assert.StartsWith(columns[i], header[1 + (2 * i)], StringComparison.Ordinal);
            Assert.Equal($"{columns[i]}: Jämförelse med Helsingfors", header[2 + (2 * i)]);
        }

        // The first area's row: each value (or, without one, its status), then the comparison in the page's words.
        Dictionary<string, string> words = new()
        {
            ["better"] = "Bättre", ["similar"] = "Liknande", ["worse"] = "Sämre", ["higher"] = "Högre", ["lower"] = "Lägre", ["not-compared"] = "Inte jämförd",
        };
        string[] first = CsvFields(lines[headerLine + 1], ';');
        Assert.Equal(header.Length, first.Length);
        Assert.Equal(columns.Length, cells.Length);
        for (int i = 0; i < cells.Length; i++)
        {
            string value = first[1 + (2 * i)];
            if (cells[i][1] is { Length: > 0 } raw)
            {
                // The unrounded value, with the decimal comma of a Swedish spreadsheet.
                Assert.Equal(raw.Replace('.', ','), value);
            }
            else
            {
                Assert.NotEmpty(value);
                Assert.DoesNotContain(words["not-compared"], value, StringComparison.Ordinal);
            }

            Assert.Equal(words[cells[i][0]], first[2 + (2 * i)]);
        }
    }

    [Fact]
    public async Task Downloads_TableAsCsvAndChartAsSvgAndPngWithTitleAndSource()
    {
        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url($"/en/profiles/{Profile}/areas/{Vuosaari}"));

        IDownload csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download-csv=profile-table]"));
        string csvText = await File.ReadAllTextAsync((await csv.PathAsync())!, Cancel);
        Assert.EndsWith(".csv", csv.SuggestedFilename, StringComparison.Ordinal);
        // The profile mixes synthetic and real indicators: the label leads the file, then the table's header.
        string[] csvLines = csvText.TrimStart('\ufeff').Split("\r\n");
        Assert.StartsWith("Synthetic: Synthetic demo data", csvLines[0].Trim('"'), StringComparison.Ordinal);
        // Each indicator's unit is a field of its own after its name (the page shows it under the name).
        Assert.StartsWith("Indicator,Unit,Period,Value", csvLines[1], StringComparison.Ordinal);
        string[] assistance = CsvFields(Assert.Single(csvLines, l => l.StartsWith("Social assistance recipients", StringComparison.Ordinal)), ',');
        Assert.Equal("% of residents", assistance[1]);

        IDownload svg = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download-svg=spine-chart]"));
        string svgText = await File.ReadAllTextAsync((await svg.PathAsync())!, Cancel);
        Assert.StartsWith("<svg", svgText, StringComparison.Ordinal);
        Assert.Contains("Vuosaari compared with Helsinki", svgText, StringComparison.Ordinal);
        Assert.Contains("Source:", svgText, StringComparison.Ordinal);
        Assert.Contains("chart-legend", svgText, StringComparison.Ordinal);

        IDownload png = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download-png=spine-chart]"));
        byte[] pngBytes = await File.ReadAllBytesAsync((await png.PathAsync())!, Cancel);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], pngBytes[..4]);
        Assert.True(pngBytes.Length > 10_000, $"PNG of {pngBytes.Length} bytes");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/fi/profiles/children-and-young-people/areas/0917704000")]
    [InlineData("/en/indicators/social-assistance-recipients?type=district")]
    [InlineData("/sv/profiles/children-and-young-people?type=district")]
    [InlineData("/fi/areas/0917704000")]
    [InlineData("/en/situation")]
    [InlineData("/fi/alerts")]
    [InlineData("/sv/indicators")]
    [InlineData("/fi/areas?q=t%C3%B6%C3%B6l%C3%B6")]
    public async Task Pages_At320Pixels_DoNotScrollSideways(string path)
    {
        IPage page = await NewPageAsync(320);
        await page.GotoAsync(Url(path));
        int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, $"narrow-{path.Split('/', '?')[2]}-{path.Split('/')[1]}.png") });
        Assert.True(width <= 320, $"{path} is {width} px wide at 320 px");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/fi/indicators/grocery-vegetables-fruit?type=district&area=0911101000")] // bar, gap and trend charts
    [InlineData("/sv/profiles/working-age-adults/areas/0911101000")] // spine chart and pyramid
    public async Task Charts_At320Pixels_KeepTextOfAtLeast8Pixels(string path)
    {
        // Shrunk to the screen, a chart's smallest text was 4 px; the page itself still never scrolls sideways. The
        // charts shown at 320 px are those drawn for a phone.
        IPage page = await NewPageAsync(320);
        await page.GotoAsync(Url(path));
        double[] smallest = await page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('.chart-scroll svg, .chart-narrow svg')].filter(svg => svg.getClientRects().length > 0).map(svg => {
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                return Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
            })
            """);
        int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await page.Context.CloseAsync();
        Assert.True(smallest.Length >= 2, $"{smallest.Length} charts");
        Assert.All(smallest, size => Assert.True(size >= 8, $"text of {size:F1} px"));
        Assert.True(width <= 320, $"{path} is {width} px wide at 320 px");
    }

    [Theory]
    [InlineData("/fi/profiles/children-and-young-people?type=district", 1.0)]
    [InlineData("/en/profiles/children-and-young-people?type=major-district", 1.0)]
    [InlineData("/fi/profiles/older-people?type=district", 1.0)]
    [InlineData("/fi/profiles/working-age-adults?type=district", 1.2)]
    public async Task Overview_At1280Pixels_FitsItsBoxWithItsHeadingsUpright(string path, double most)
    {
        // Lying down, a long Finnish word of a heading ("Maksuhäiriömerkinnän") set its column's width: the overviews were
        // 1 400–2 300 px in a 1 240 px box, the last columns out of sight. The headings now run upwards; the twelve
        // columns of children and young people fit, and the fifteen of working-age adults scroll a little at most.
        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url(path));
        double[] widths = await page.EvaluateAsync<double[]>(
            "() => { const t = document.querySelector('#overview-table'); return [t.getBoundingClientRect().width, t.parentElement.clientWidth]; }");
        string[] modes = [.. (await page.Locator("#overview-table thead th[data-indicator]").EvaluateAllAsync<string[]>("hs => hs.map(h => getComputedStyle(h).writingMode)")).Distinct()];
        int columns = await page.Locator("#overview-table thead th[data-indicator]").CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, $"overview-1280-{path.Split('/')[1]}-{path.Split('/', '?')[3]}.png") });
        await page.Context.CloseAsync();
        Assert.True(columns >= 8, $"{columns} indicator columns");
        Assert.Equal(["vertical-rl"], modes);
        Assert.True(widths[0] <= (widths[1] * most) + 1, $"{path}: the overview is {widths[0]:F0} px in a box of {widths[1]:F0} px");
    }

    [Theory]
    [InlineData("/fi/profiles/working-age-adults/areas/0911101010")]
    [InlineData("/sv/profiles/older-people/areas/0911101000")]
    [InlineData("/en/profiles/children-and-young-people/areas/091")]
    public async Task SpineChartAndPyramid_At320Pixels_ShowEveryRowOnTheScreen(string path)
    {
        // At 320 px the wide spine chart scrolled in its box and showed the indicators' names only, its bars and markers
        // out of sight to the right; the pyramid showed the men only. The page now shows each chart laid out for a phone
        // (a row's name above its bar), with the same rows and markers, all on the screen; the wide one is hidden.
        IPage page = await NewPageAsync(320);
        await page.GotoAsync(Url(path));
        Assert.False(await page.Locator("#spine-chart").IsVisibleAsync());
        Assert.True(await page.Locator("#spine-chart-narrow").IsVisibleAsync());
        int rows = await page.Locator("#spine-chart g.spine-row").CountAsync();
        Assert.True(rows >= 5, $"{rows} rows");
        Assert.Equal(rows, await page.Locator("#spine-chart-narrow g.spine-row").CountAsync());
        int markers = await page.Locator("#spine-chart .spine-marker").CountAsync();
        Assert.Equal(markers, await page.Locator("#spine-chart-narrow .spine-marker").CountAsync());
        Assert.Equal(
            await page.Locator("#spine-chart .spine-range").CountAsync(),
            await page.Locator("#spine-chart-narrow .spine-range").CountAsync());
        Assert.Equal(
            await page.Locator("#pyramid-chart .pyramid-bar").CountAsync(),
            await page.Locator("#pyramid-chart-narrow .pyramid-bar").CountAsync());
        Assert.False(await page.Locator("#pyramid-chart").IsVisibleAsync());
        // Everything drawn within its chart's box and the screen, and the benchmark's (or the median's) line over the
        // bars of every row that has them, under the marker: drawn before the bars, it was hidden by them.
        string[] outside = await page.EvaluateAsync<string[]>("""
            () => ['#spine-chart-narrow', '#pyramid-chart-narrow'].flatMap(id => {
                const svg = document.querySelector(id), box = svg.getBoundingClientRect();
                const left = Math.max(box.left, 0) - 0.5, right = Math.min(box.right, 320) + 0.5;
                return [...svg.querySelectorAll('.spine-marker, .spine-range, .pyramid-bar, text, tspan')]
                    .filter(e => e.getBoundingClientRect().right > right || e.getBoundingClientRect().left < left)
                    .map(e => `${id} ${e.tagName} '${(e.textContent || '').slice(0, 40)}' from ${Math.round(e.getBoundingClientRect().left)} to ${Math.round(e.getBoundingClientRect().right)} px`);
            })
            """);
        string[] buried = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#spine-chart-narrow g.spine-row, #spine-chart g.spine-row')].filter(row => row.querySelector('.spine-middle')).filter(row => {
                const parts = [...row.children].map(e => e.getAttribute('class') || '');
                const line = parts.findIndex(c => c === 'chart-benchmark' || c === 'spine-median');
                return line < parts.indexOf('spine-middle');
            }).map(row => `${row.ownerSVGElement.id} ${row.dataset.indicator}`)
            """);
        int ranges = await page.Locator("#spine-chart-narrow .spine-range").CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, $"narrow-spine-{path.Split('/')[1]}.png"), FullPage = true });
        await page.Context.CloseAsync();
        Assert.True(ranges > 0, "no row with a range");
        Assert.Empty(outside);
        Assert.Empty(buried);
    }

    [Theory]
    [InlineData("/fi/indicators/grocery-vegetables-fruit?type=district&area=0911101000")]
    [InlineData("/sv/indicators/payment-defaults?type=postal-area&area=00990")]
    public async Task IndicatorCharts_At320Pixels_ShowEveryBarAndTheLatestPeriodsOnTheScreen(string path)
    {
        // As the spine chart: the wide bar chart showed the areas' names and the bars' first 100 px, the whiskers and the
        // city's line out of sight; the trend and gap charts showed their first years, the latest and the forecast to
        // the right. Each is now drawn for a phone too, with the same bars and points.
        IPage page = await NewPageAsync(320);
        await page.GotoAsync(Url(path));
        foreach (string chart in (string[])["bar-chart", "trend-chart", "gap-chart"])
        {
            Assert.False(await page.Locator($"#{chart}").IsVisibleAsync(), $"#{chart} shown at 320 px");
            Assert.True(await page.Locator($"#{chart}-narrow").IsVisibleAsync(), $"#{chart}-narrow not shown at 320 px");
        }

        int bars = await page.Locator("#bar-chart rect.bar").CountAsync();
        Assert.True(bars >= 20, $"{bars} bars");
        Assert.Equal(bars, await page.Locator("#bar-chart-narrow rect.bar").CountAsync());
        Assert.Equal(await page.Locator("#bar-chart .whisker").CountAsync(), await page.Locator("#bar-chart-narrow .whisker").CountAsync());
        Assert.Equal(await page.Locator("#trend-chart circle").CountAsync(), await page.Locator("#trend-chart-narrow circle").CountAsync());
        Assert.Equal(await page.Locator("#gap-chart .gap-point").CountAsync(), await page.Locator("#gap-chart-narrow .gap-point").CountAsync());
        // Everything drawn within its own chart's box (the drawing clips at its edge: a title once ran past it) and the screen.
        string[] outside = await page.EvaluateAsync<string[]>("""
            () => ['#bar-chart-narrow', '#trend-chart-narrow', '#gap-chart-narrow'].flatMap(id => {
                const svg = document.querySelector(id), box = svg.getBoundingClientRect();
                const left = Math.max(box.left, 0) - 0.5, right = Math.min(box.right, 320) + 0.5;
                return [...svg.querySelectorAll('rect.bar, .whisker, .benchmark-line, path, circle, text, tspan')]
                    .filter(e => e.getBoundingClientRect().right > right || e.getBoundingClientRect().left < left)
                    .map(e => `${id} ${e.tagName} '${(e.textContent || '').slice(0, 40)}' from ${Math.round(e.getBoundingClientRect().left)} to ${Math.round(e.getBoundingClientRect().right)} px, box ${Math.round(left)}–${Math.round(right)} px`);
            })
            """);
        int drawn = await page.Locator("#bar-chart-narrow rect.bar, #trend-chart-narrow path, #gap-chart-narrow path").CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, $"narrow-indicator-{path.Split('/')[1]}.png"), FullPage = true });
        await page.Context.CloseAsync();
        Assert.True(drawn > bars, $"{drawn} bars and paths");
        Assert.Empty(outside);
    }

    [Theory]
    [InlineData("/fi/areas/0911102030")] // Kaartinkaupunki, cut to "Kaartinkaupun" beside its label
    [InlineData("/sv/areas/0911102030")]
    public async Task AreaFacts_At320Pixels_ShowEveryValueWhole(string path)
    {
        IPage page = await NewPageAsync(320);
        await page.GotoAsync(Url(path));
        string[] cut = [.. await page.Locator(".facts dd").EvaluateAllAsync<string[]>(
            "dds => dds.filter(d => d.scrollWidth > d.clientWidth + 1 || d.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(d => `'${d.innerText}': ${d.scrollWidth} px in ${d.clientWidth} px`)")];
        int values = await page.Locator(".facts dd").CountAsync();
        await page.Context.CloseAsync();
        Assert.True(values >= 5, $"{values} facts");
        Assert.Empty(cut);
    }

    [Theory]
    [InlineData("/fi/profiles")]
    [InlineData("/en/profiles/children-and-young-people/areas/0917704000")]
    [InlineData("/sv/profiles/older-people/areas/091?benchmark=parent")]
    [InlineData("/fi/indicators/social-assistance-recipients?type=district")]
    [InlineData("/en/indicators/youth-chat-conversations?type=postal-area&colour=quintile")]
    [InlineData("/sv/profiles/children-and-young-people?type=sub-district")]
    [InlineData("/en/indicators/no-such-indicator")]
    [InlineData("/sv/alerts?area=0917704000")]
    [InlineData("/fi/indicators?theme=nutrition&type=postal-area")]
    [InlineData("/en/indicators?theme=no-such-theme")]
    [InlineData("/sv/areas?q=kallio")]
    [InlineData("/en/areas?q=no-such-area")]
    public async Task Page_HasNoSeriousOrCriticalViolations(string path)
    {
        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url(path));
        if (await page.Locator("#indicator-map").CountAsync() > 0)
        {
            await page.WaitForSelectorAsync("#indicator-map.is-rendered svg");
        }

        AccessibilityTests.AxeViolation[] violations = await AccessibilityTests.RunAxeAsync(page);
        await page.Context.CloseAsync();
        Assert.Empty(violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Impact} {v.Id} at {v.Target}: {v.Help}"));
    }

    [Fact]
    public async Task KeyboardOnly_ReachesTheTableLinksAndFollowsOne()
    {
        IPage page = await NewPageAsync(1280);
        await page.GotoAsync(Url($"/en/profiles/{Profile}?type=district"));
        const string FirstArea = "#overview-table tbody tr:first-child th a";
        string target = await page.GetAttributeAsync(FirstArea, "href") ?? throw new InvalidOperationException("the first area's link has no href");
        await page.FocusAsync(FirstArea);
        Assert.Equal(target, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForPageAsync(new Regex(Regex.Escape(target) + "$"));
        Assert.Equal(1, await page.Locator("#spine-chart").CountAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>What an overview cell shows besides its colour: the symbol's class and drawn shape (an SVG element's tag), and the word; null where not shown.</summary>
    private sealed record CellShown(string Significance, string? Shape, string? Symbol, string? Word);

    private static async Task<string[]> DownloadCsvAsync(IPage page, string table)
    {
        IDownload csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"button[data-download-csv={table}]"));
        return (await File.ReadAllTextAsync((await csv.PathAsync())!, Cancel)).TrimStart('\ufeff').Split("\r\n");
    }

    /// <summary>One CSV line's fields, unquoted (the downloads quote a field with a comma, a semicolon, a quote or a line break).</summary>
    internal static string[] CsvFields(string line, char separator)
    {
        List<string> fields = [];
        System.Text.StringBuilder field = new();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")]
    private static partial Regex InvariantNumber();

    /// <summary>A number as the Finnish and Swedish downloads write it: unrounded, a decimal comma, no thousands separator.</summary>
    [GeneratedRegex(@"^-?\d+(,\d+)?([eE][-+]?\d+)?$")]
    private static partial Regex DecimalCommaNumber();

    private static double DecimalComma(string field) => double.Parse(field.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();

    private async Task<IPage> NewPageAsync(int width)
    {
        IBrowserContext context = await chromium.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, AcceptDownloads = true });
        return await context.NewPageAsync();
    }
}
