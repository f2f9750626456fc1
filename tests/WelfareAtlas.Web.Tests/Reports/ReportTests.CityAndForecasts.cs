using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace WelfareAtlas.Web.Tests.Reports;

/// <summary>The city-wide report on paper (every side-by-side value, the city's own sections) and the forecasts' accuracy in the reports.</summary>
public sealed partial class ReportTests
{
    private const string City = "091";

    [Fact]
    public async Task CityReportPdf_Finnish_EverySideBySideColumnAndValueReachesThePaper()
    {
        using HttpClient client = Client();
        string html = await client.GetStringAsync($"/fi/profiles/{Profile}/report", Cancel);
        HttpResponseMessage response = await client.GetAsync($"/fi/profiles/{Profile}/report.pdf", Cancel);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            RequireChromium(await response.Content.ReadAsStringAsync(Cancel));
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        string paper = PdfText.Read(bytes).Squashed;

        // The side-by-side tables of the HTML the PDF was printed from: each column's heading and each row (the
        // district's name and its five cells, left to right) must be on paper as a run of text. A column that runs off
        // the page's edge is not painted, so its heading and its values are missing from the PDF's text.
        MatchCollection tables = SideBySideTable().Matches(html);
        Assert.True(tables.Count >= 2, "the profile's indicators fill at least two side-by-side tables");
        int rows = 0;
        foreach (Match table in tables)
        {
            string[] headings = [.. ColumnHeading().Matches(table.Value).Select(m => PdfText.Squash(PlainText(m.Groups["text"].Value)))];
            Assert.InRange(headings.Length, 2, 6);
            Assert.All(headings, heading => Assert.Contains(heading, paper, StringComparison.Ordinal));
            foreach (Match row in TableRow().Matches(table.Value))
            {
                string[] cells = [.. DataCell().Matches(row.Groups["cells"].Value).Select(m => PlainText(m.Groups["text"].Value))];
                Assert.Equal(headings.Length - 1, cells.Length);
                string expected = PdfText.Squash(PlainText(row.Groups["name"].Value) + string.Concat(cells));
                Assert.Contains(expected, paper, StringComparison.Ordinal);
                rows++;
            }
        }

        Assert.True(rows >= 2 * 34, $"only {rows} side-by-side rows");
        Assert.Contains(PdfText.Squash("Runsaasti poissaoloja"), paper, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CityReportHtml_Finnish_HasTheCitysOwnDomainsTrendsForecastsAndPopulation()
    {
        using HttpClient client = Client();
        JsonElement api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{Profile}/areas/{City}", Cancel);
        string html = await client.GetStringAsync($"/fi/profiles/{Profile}/report", Cancel);

        // The city's body comes before the districts side by side, as in an area's report: one section per domain
        // with its table and, per indicator, the trend table (and forecasts where the store has them).
        int districts = html.IndexOf("<section id=\"districts\"", StringComparison.Ordinal);
        Assert.True(districts > 0);
        string cityPart = html[..districts];
        JsonElement[] domains = [.. api.GetProperty("domains").EnumerateArray()];
        Assert.NotEmpty(domains);
        for (int i = 0; i < domains.Length; i++)
        {
            Assert.Contains($"<section id=\"domain-{i + 1}\" class=\"page domain\"><h2>{Html(domains[i].GetProperty("name").GetProperty("fi").GetString())}</h2>", cityPart, StringComparison.Ordinal);
            Assert.Contains($"<li><a href=\"#domain-{i + 1}\">", cityPart, StringComparison.Ordinal);
            foreach (JsonElement cell in domains[i].GetProperty("indicators").EnumerateArray())
            {
                Assert.Contains($"<article class=\"indicator\" id=\"{cell.GetProperty("indicator").GetString()}\">", cityPart, StringComparison.Ordinal);
            }
        }

        Assert.Contains("id=\"spine-chart\"", cityPart, StringComparison.Ordinal);
        Assert.Contains("<table class=\"series\">", cityPart, StringComparison.Ordinal);
        Assert.Contains("<table class=\"forecast\">", cityPart, StringComparison.Ordinal);
        Assert.Contains("<section id=\"population\" class=\"page\"><h2>Väestörakenne</h2>", cityPart, StringComparison.Ordinal);
        Assert.Contains("id=\"pyramid-chart\"", cityPart, StringComparison.Ordinal);

        // The city's trends stand alone: no "Helsinki ja Helsinki" title and no column of the city beside itself.
        Assert.DoesNotContain("Helsinki ja Helsinki", cityPart, StringComparison.Ordinal);
        foreach (string table in cityPart.Split("<table class=\"series\">")[1..])
        {
            Assert.DoesNotContain(">Helsinki</th>", table[..table.IndexOf("</thead>", StringComparison.Ordinal)], StringComparison.Ordinal);
        }

        // Every id in the document is unique: the city's charts and the districts' spine charts are all there.
        string[] ids = [.. IdAttribute().Matches(html).Select(m => m.Groups["id"].Value)];
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task AreaReportHtml_English_EveryForecastHasTheApisBacktestedAccuracyAndVerdict()
    {
        using HttpClient client = server.CreateClient();
        JsonElement profile = await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{Profile}/areas/{City}", Cancel);
        string html = await client.GetStringAsync($"/en/profiles/{Profile}/areas/{City}/report", Cancel);
        Dictionary<string, string> breakdowns = Cells(profile).ToDictionary(c => c.GetProperty("indicator").GetString()!, c => c.GetProperty("breakdown").GetString()!, StringComparer.Ordinal);

        int forecasts = 0;
        foreach (Match article in IndicatorArticle().Matches(html))
        {
            string id = article.Groups["id"].Value;
            string body = article.Groups["body"].Value;
            if (!body.Contains("<table class=\"forecast\">", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("class=\"accuracy", body, StringComparison.Ordinal);
                continue;
            }

            forecasts++;
            JsonElement view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/forecast?area={City}&breakdown={Uri.EscapeDataString(breakdowns[id])}", Cancel);
            JsonElement forecast = Assert.Single(view.GetProperty("forecasts").EnumerateArray());
            string[] paragraphs = [.. AccuracyParagraph().Matches(body).Select(m => PlainText(m.Groups["text"].Value))];
            if (!forecast.TryGetProperty("accuracy", out JsonElement accuracy) || accuracy.ValueKind != JsonValueKind.Object)
            {
                Assert.Equal(["Accuracy not measured: the indicator's series are too short to backtest."], paragraphs);
                continue;
            }

            Assert.Equal(2, paragraphs.Length);
            double mase = accuracy.GetProperty("mase").GetDouble();
            double naive = accuracy.GetProperty("naiveMase").GetDouble();
            double? seasonal = accuracy.TryGetProperty("seasonalNaiveMase", out JsonElement s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : null;
            Assert.StartsWith($"Measured accuracy (rolling-origin backtests of {accuracy.GetProperty("series").GetInt32().ToString("#,0", CultureInfo.GetCultureInfo("en-GB"))} series, {accuracy.GetProperty("forecasts").GetInt32().ToString("#,0", CultureInfo.GetCultureInfo("en-GB"))} forecasts): MASE {Two(mase)} for this method, {Two(naive)} for the naive forecast (the last value carried forward)", paragraphs[0], StringComparison.Ordinal);
            Assert.Equal(seasonal is not null, paragraphs[0].Contains("seasonal naive", StringComparison.Ordinal));
            Assert.EndsWith($"Of the actual values, {Percent(accuracy.GetProperty("coverage80").GetDouble())} fell inside the 80 % intervals and {Percent(accuracy.GetProperty("coverage95").GetDouble())} inside the 95 % intervals.", paragraphs[0], StringComparison.Ordinal);
            if (accuracy.GetProperty("beatsNaive").GetBoolean())
            {
                Assert.Equal("In the backtests the method beat the naive forecasts.", paragraphs[1]);
            }
            else
            {
                bool seasonalWon = seasonal < naive;
                string winner = seasonalWon ? "repeating the value of the same period a year earlier" : "carrying the last value forward";
                Assert.Equal($"This forecast does not beat the naive forecast: in the backtests {winner} was at least as accurate (MASE {Two(seasonalWon ? seasonal!.Value : naive)} against the method's {Two(mase)}). Read it as that naive forecast with its uncertainty.", paragraphs[1]);
            }
        }

        Assert.True(forecasts > 0, "the city's report has no forecast to check");
    }

    [Fact]
    public async Task AreaReportHtml_Swedish_HasSwedishHeadingsAndTheApiNumbersWithADecimalComma()
    {
        using HttpClient client = server.CreateClient();
        JsonElement api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{Profile}/areas/{Vuosaari}", Cancel);
        string html = await client.GetStringAsync($"/sv/profiles/{Profile}/areas/{Vuosaari}/report", Cancel);

        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{Html(api.GetProperty("area").GetProperty("names").GetProperty("sv").GetString())}: ", html, StringComparison.Ordinal);
        Assert.Contains(">Välfärdsrapport</p>", html, StringComparison.Ordinal);
        Assert.Contains(">Metoder</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">Källor och datatidpunkter</h2>", html, StringComparison.Ordinal);
        Assert.Contains(Html(api.GetProperty("summary").GetProperty("text").GetProperty("sv").GetString()!), html, StringComparison.Ordinal);
        foreach (JsonElement domain in api.GetProperty("domains").EnumerateArray())
        {
            Assert.Contains($">{Html(domain.GetProperty("name").GetProperty("sv").GetString())}</h2>", html, StringComparison.Ordinal);
        }

        // Swedish is read with a decimal comma, as Finnish: every value of the profile in sv-FI's format.
        string[] values = [.. Cells(api).Where(c => c.GetProperty("value").ValueKind == JsonValueKind.Number).Select(c => Html(c.GetProperty("value").GetDouble().ToString("#,0.0", CultureInfo.GetCultureInfo("sv-FI"))))];
        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.Contains($">{value}", html, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"<td class=""num"">-?\d+\.\d", html);
    }

    /// <summary>A MASE as the English report writes it.</summary>
    private static string Two(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A share (0–1) as the English report writes it: one decimal and a no-break space before the per cent sign.</summary>
    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "\u00a0%";

    /// <summary>An HTML fragment's text: tags dropped, entities decoded.</summary>
    private static string PlainText(string fragment) => WebUtility.HtmlDecode(Tag().Replace(fragment, string.Empty)).Trim();

    [GeneratedRegex(@"<table class=""side-by-side"">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex SideBySideTable();

    [GeneratedRegex(@"<th scope=""col""[^>]*>(?<text>.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex ColumnHeading();

    [GeneratedRegex(@"<tr><th scope=""row"">(?<name>.*?)</th>(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"<td[^>]*>(?<text>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex DataCell();

    [GeneratedRegex(@"<article class=""indicator"" id=""(?<id>[^""]+)"">(?<body>.*?)</article>", RegexOptions.Singleline)]
    private static partial Regex IndicatorArticle();

    [GeneratedRegex(@"<p class=""accuracy[^""]*"">(?<text>.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex AccuracyParagraph();

    [GeneratedRegex(@"\sid=""(?<id>[^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
