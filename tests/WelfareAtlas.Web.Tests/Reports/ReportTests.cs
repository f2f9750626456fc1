using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Reports;

/// <summary>The printable reports on the demo: the HTML for print and the PDF Chromium prints from it, against the API's numbers.</summary>
public sealed partial class ReportTests(DemoLiveServer server)
{
    private const string Profile = "children-and-young-people";
    private const string Vuosaari = "0917704000";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AreaReportHtml_Finnish_WritesPeriodsAsAFinnishReaderDoes_NeverTheirCanonicalText()
    {
        using HttpClient client = server.CreateClient();
        JsonElement api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/older-people/areas/{Vuosaari}", Cancel);
        string html = WebUtility.HtmlDecode(await client.GetStringAsync($"/fi/profiles/older-people/areas/{Vuosaari}/report", Cancel));
        string[] quarters = [.. api.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray())
            .Select(c => c.GetProperty("period").GetString()).OfType<string>().Where(p => Regex.IsMatch(p, @"^\d{4}Q\d$")).Distinct()];
        Assert.NotEmpty(quarters);

        // The table's periods, the headline figures and the trend tables: "4. nelj. 2025", never "2025Q4" as text.
        Assert.DoesNotMatch(@">\d{4}(Q\d|M\d{2})<", html);
        Assert.DoesNotMatch(@"\(\d{4}(Q\d|M\d{2})\)", html);
        Assert.All(quarters, q => Assert.Contains($">{q[5]}. nelj. {q[..4]}<", html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0911102030")] // Kaartinkaupunki, half a kilometre across: its outline was a sixth of its width
    [InlineData(Vuosaari)]
    public async Task AreaReportHtml_CoverMap_DrawsTheOutlineAtAFixedWidth_WhateverTheAreasSize(string area)
    {
        // The outline's width was in the map's own units (degrees): thin on a large district, on a small sub-district a
        // band that covered most of it.
        using HttpClient client = server.CreateClient();
        string html = await client.GetStringAsync($"/fi/profiles/{Profile}/areas/{area}/report", Cancel);
        Match path = Regex.Match(html, "<figure class=\"cover-map\">.*?<path ([^>]*)/>", RegexOptions.Singleline);
        Assert.True(path.Success, "the report has no cover map");
        Assert.Contains("vector-effect=\"non-scaling-stroke\"", path.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("stroke-width=\"2\"", path.Groups[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AreaReportHtml_ChartSourceLines_SayWhetherSynthetic()
    {
        using HttpClient client = server.CreateClient();
        JsonElement[] catalogue = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!;
        JsonElement population = catalogue.Single(i => i.GetProperty("id").GetString() == "population");
        string html = WebUtility.HtmlDecode(await client.GetStringAsync($"/en/profiles/{Profile}/areas/{Vuosaari}/report", Cancel));

        string[] lines = [.. Regex.Matches(html, "<text[^>]*class=\"chart-source\">(.*?)</text>", RegexOptions.Singleline)
            .Select(m => Regex.Replace(Regex.Replace(m.Groups[1].Value, "<[^>]+>", " "), @"\s+", " "))];
        Assert.False(population.GetProperty("synthetic").GetBoolean());
        // The profile holds synthetic demo indicators, whose source texts say so: the spine chart's line has them. The
        // pyramid's line names the population's real source alone.
        Assert.Contains(lines, line => line.Contains("Synthetic demo data", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(population.GetProperty("source").GetProperty("en").GetString()!.TrimEnd('.'), StringComparison.Ordinal)
            && !line.Contains("Synthetic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AreaReportHtml_Finnish_HasTheStructureAndTheApiNumbersWithADecimalComma()
    {
        using HttpClient client = server.CreateClient();
        JsonElement api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{Profile}/areas/{Vuosaari}", Cancel);
        string html = await client.GetStringAsync($"/fi/profiles/{Profile}/areas/{Vuosaari}/report", Cancel);

        Assert.Contains("<html lang=\"fi\">", html, StringComparison.Ordinal);
        Assert.Single(H1().Matches(html));
        Assert.Contains("<h1>Vuosaari: ", html, StringComparison.Ordinal);
        Assert.Contains("@page", html, StringComparison.Ordinal);
        Assert.Contains("size: A4", html, StringComparison.Ordinal);
        foreach (JsonElement domain in api.GetProperty("domains").EnumerateArray())
        {
            Assert.Contains($">{Html(domain.GetProperty("name").GetProperty("fi").GetString())}</h2>", html, StringComparison.Ordinal);
        }

        Assert.Contains(Html(api.GetProperty("summary").GetProperty("text").GetProperty("fi").GetString()!), html, StringComparison.Ordinal);
        Assert.Contains("id=\"spine-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("Menetelmät</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Lähteet ja aineistojen ajankohdat</h2>", html, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row"">\d+</th><td>[^<]+</td><td>[^<]+</td><td>\d{1,2}\.\d{1,2}\.\d{4}</td>", html);

        // Every value of the profile is in the report as the Finnish reader reads it: decimal comma, never a point.
        string[] values = [.. Cells(api).Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number).Select(c => Finnish(c.GetProperty("value").GetDouble()))];
        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.Contains($">{value}", html, StringComparison.Ordinal));
        Assert.Contains(values, value => value.Contains(',', StringComparison.Ordinal));
        Assert.DoesNotMatch(@"<td class=""num"">-?\d+\.\d", html);
    }

    [Fact]
    public async Task AreaReportPdf_Finnish_SaysTheAreaNameAFinnishNumberAndNumbersItsPages()
    {
        using HttpClient client = Client();
        JsonElement api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{Profile}/areas/{Vuosaari}", Cancel);
        HttpResponseMessage response = await client.GetAsync($"/fi/profiles/{Profile}/areas/{Vuosaari}/report.pdf", Cancel);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            RequireChromium(await response.Content.ReadAsStringAsync(Cancel));
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);

        // Tagged (a structure tree and the "marked" flag, what pdfinfo reports as "Tagged: yes") with an outline.
        string raw = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Contains("/StructTreeRoot", raw, StringComparison.Ordinal);
        Assert.Matches(@"/MarkInfo\s*<<(/Type\s*/MarkInfo)?\s*/Marked\s+true", raw);
        Assert.Contains("/Outlines", raw, StringComparison.Ordinal);
        PdfText pdf = PdfText.Read(bytes);

        Assert.Contains("Vuosaari", pdf.Squashed, StringComparison.Ordinal);
        string number = Cells(api)
            .Where(c => c.GetProperty("value") is { ValueKind: JsonValueKind.Number } v && Math.Abs(v.GetDouble()) < 1000 && v.GetDouble() > 0)
            .Select(c => c.GetProperty("value").GetDouble().ToString("#,0.0", CultureInfo.GetCultureInfo("fi-FI")))
            .First(text => text.Contains(',', StringComparison.Ordinal));
        Assert.Contains(PdfText.Squash(number), pdf.Squashed, StringComparison.Ordinal);
        Assert.InRange(pdf.Pages, 4, 60);
        Assert.Contains(PdfText.Squash($"Sivu 1 / {pdf.Pages}"), pdf.Squashed, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squash($"Sivu {pdf.Pages} / {pdf.Pages}"), pdf.Squashed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CityReportHtml_English_SetsAll34DistrictsSideBySideAndOneByOne()
    {
        using HttpClient client = Client();
        JsonElement districts = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas?type=district", Cancel);
        string html = await client.GetStringAsync($"/en/profiles/{Profile}/report", Cancel);

        Assert.Equal(34, districts.GetArrayLength());
        Assert.Contains("The districts side by side</h2>", html, StringComparison.Ordinal);
        foreach (JsonElement district in districts.EnumerateArray())
        {
            string code = district.GetProperty("code").GetString()!;
            Assert.Contains($"<section id=\"area-{code}\"", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"spine-{code}\"", html, StringComparison.Ordinal);
            Assert.Contains($"data-area=\"{code}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AreaReportHtml_KeyFigures_NameTheBreakdownOfAFigureThatIsNotTheTotal()
    {
        // Vironniemi's working-age profile: payment defaults are delivered by age band only, and its figure (18–24-year-olds)
        // is among the key figures; without the band it read as a share of all adults.
        using HttpClient client = server.CreateClient();
        JsonElement api = await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/working-age-adults/areas/0911101000", Cancel);
        string html = WebUtility.HtmlDecode(await client.GetStringAsync("/fi/profiles/working-age-adults/areas/0911101000/report", Cancel));
        string section = Regex.Match(html, "<section class=\"key-figures\".*?</section>", RegexOptions.Singleline).Value;
        string[] terms = [.. Regex.Matches(section, "<dt>(?<name>[^<]*)").Select(m => m.Groups["name"].Value.Trim())];
        Assert.NotEmpty(terms);

        Dictionary<string, JsonElement> byLabel = Cells(api)
            .Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number)
            .Select(c => (Label: $"{WelfareAtlas.Web.Localisation.BreakdownLabels.Named(c.GetProperty("name").GetProperty("fi").GetString()!, c.GetProperty("breakdown").GetString()!, WelfareAtlas.Localisation.Language.Finnish)} ({WelfareAtlas.Web.Localisation.PeriodLabels.Of(c.GetProperty("period").GetString(), WelfareAtlas.Localisation.Language.Finnish)})", Cell: c))
            .DistinctBy(pair => pair.Label)
            .ToDictionary(pair => pair.Label, pair => pair.Cell);
        Assert.All(terms, term => Assert.True(byLabel.ContainsKey(term), $"A key figure is named '{term}', which is no cell's name, breakdown and period."));
        Assert.Contains(terms, term => byLabel[term].GetProperty("breakdown").GetString() != "total");
    }

    [Fact]
    public async Task Reports_UnknownProfileOrArea_AreNotFound()
    {
        using HttpClient client = server.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/fi/profiles/no-such-profile/areas/{Vuosaari}/report", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sv/profiles/{Profile}/areas/0000000000/report.pdf", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/profiles/no-such-profile/report", Cancel)).StatusCode);

        // A page in the address's language, not the API's problem details in English.
        HttpResponseMessage missing = await client.GetAsync("/fi/profiles/older-people/areas/nope/report", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
        string page = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("<html lang=\"fi\">", page, StringComparison.Ordinal);
        Assert.Contains("Osoitteessa /fi/profiles/older-people/areas/nope/report ei ole sivua.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AreaReportHtml_SuppressedCell_ShowsItsMarkerAndNoNumber()
    {
        using HttpClient client = server.CreateClient();
        JsonElement areas = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas?type=sub-district", Cancel);
        foreach (string profile in (string[])[Profile, "working-age-adults", "older-people"])
        {
            foreach (string code in areas.EnumerateArray().Select(a => a.GetProperty("code").GetString()!))
            {
                JsonElement api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{profile}/areas/{code}", Cancel);
                JsonElement[] hidden = [.. Cells(api).Where(c => c.GetProperty("disclosure").GetProperty("state").GetString() == "suppressed")];
                if (hidden.Length == 0)
                {
                    continue;
                }

                string html = await client.GetStringAsync($"/en/profiles/{profile}/areas/{code}/report", Cancel);
                foreach (JsonElement cell in hidden)
                {
                    string name = Html(cell.GetProperty("name").GetProperty("en").GetString()!);
                    Match row = Regex.Match(html, $@"<tr><th scope=""row"">{Regex.Escape(name)}[^<]*(?: <span class=""tag-synthetic"">[^<]*</span>)?</th><td>[^<]*</td><td class=""num"">(?<value>.*?)</td>");
                    Assert.True(row.Success, $"{profile}/{code}: no table row for {name}");
                    Assert.DoesNotMatch(@"\d", row.Groups["value"].Value.Replace("<sup class=\"marker\">c</sup>", string.Empty, StringComparison.Ordinal));
                    Assert.Contains("<sup class=\"marker\">c</sup>", row.Groups["value"].Value, StringComparison.Ordinal);
                }

                return;
            }
        }

        Assert.Fail("The demo has no suppressed public cell in any sub-district's profile to check.");
    }

    /// <summary>A client that waits for a report as long as the machine needs: a shared CI machine can take minutes for the city's 34 districts.</summary>
    private HttpClient Client()
    {
        HttpClient client = server.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        return client;
    }

    /// <summary>Text as the report escapes it.</summary>
    private static string Html(string? text) => HtmlEncoder.Create(UnicodeRanges.All).Encode(text ?? string.Empty);

    private static IEnumerable<JsonElement> Cells(JsonElement api) =>
        api.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray());

    /// <summary>A value as the Finnish report writes it (fi-FI: decimal comma, no-break space between thousands, U+2212 minus).</summary>
    private static string Finnish(double value) => Html(value.ToString("#,0.0", CultureInfo.GetCultureInfo("fi-FI")));

    private static void RequireChromium(string problem)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI must print PDFs: " + problem);
        }

        Assert.Skip(problem);
    }

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1();
}
