using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Exports;

/// <summary>
/// Issue 5 point 7: everything synthetic is labelled synthetic in the API and every export, and nothing real is.
/// Each case is asked for a synthetic demo indicator and a real one (THL's Sotkanet), so a missing label and a
/// label on real data both fail.
/// </summary>
public sealed class SyntheticLabelTests(DemoLiveServer server)
{
    private const string Vuosaari = "0917704000";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>An indicator, a choice of its data and an area with a series, and whether it is synthetic.</summary>
    public static TheoryData<string, string, string, bool> Cases => new()
    {
        { "school-absence", "areaType=district", Vuosaari, true },
        { "sotkanet-unemployment", "areaType=city&period=2011", "049", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Api_DataSeriesAndForecast_SayWhetherSynthetic(string id, string query, string area, bool synthetic)
    {
        using HttpClient client = server.CreateClient();
        JsonElement data = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/data?{query}", Cancel);
        JsonElement series = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/series?area={area}", Cancel);
        JsonElement forecast = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/forecast?area={area}", Cancel);

        Assert.Equal(synthetic, data.GetProperty("indicator").GetProperty("synthetic").GetBoolean());
        Assert.Equal(synthetic, series.GetProperty("synthetic").GetBoolean());
        Assert.Equal(synthetic, forecast.GetProperty("synthetic").GetBoolean());
    }

    [Fact]
    public async Task Api_SituationFindingsAndAlerts_CarryTheirIndicatorsLabel()
    {
        using HttpClient client = server.CreateClient();
        Dictionary<string, bool> catalogue = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("synthetic").GetBoolean());
        JsonElement situation = await client.GetFromJsonAsync<JsonElement>("/api/v1/situation?profile=working-age-adults&limit=5000", Cancel);
        JsonElement[] findings = [.. situation.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("findings").EnumerateArray())];
        JsonElement[] alerts = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/alerts?limit=1000", Cancel))!;

        Assert.Contains(findings, f => f.GetProperty("synthetic").GetBoolean());
        Assert.All(findings, f => Assert.Equal(catalogue[f.GetProperty("indicator").GetString()!], f.GetProperty("synthetic").GetBoolean()));
        // The alerts' own test (AlertsTests) raises alerts and checks them; here every alert there is at this point.
        Assert.All(alerts, a => Assert.Equal(catalogue[a.GetProperty("indicator").GetString()!], a.GetProperty("synthetic").GetBoolean()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Files_JsonStatPxAndXlsx_SayWhetherSynthetic(string id, string query, string area, bool synthetic)
    {
        _ = area;
        using HttpClient client = server.CreateClient();
        using JsonDocument jsonStat = JsonDocument.Parse(await client.GetByteArrayAsync($"/api/v1/indicators/{id}/data.jsonstat?{query}&lang=fi", Cancel));
        string px = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/api/v1/indicators/{id}/data.px?{query}", Cancel));
        using MemoryStream xlsx = new(await client.GetByteArrayAsync($"/api/v1/indicators/{id}/data.xlsx?{query}&lang=en", Cancel));

        Assert.Equal(synthetic, jsonStat.RootElement.GetProperty("extension").GetProperty("synthetic").GetBoolean());
        Assert.Equal(synthetic, jsonStat.RootElement.GetProperty("note").EnumerateArray().Any(n => n.GetString()!.StartsWith("Synteettinen esittelyaineisto", StringComparison.Ordinal)));
        Assert.Equal(synthetic, PxText(px, "NOTE").Contains("Synteettinen esittelyaineisto", StringComparison.Ordinal));
        Assert.Equal(synthetic, PxText(px, "NOTE[sv]").Contains("Syntetiska demonstrationsdata", StringComparison.Ordinal));
        Assert.Equal(synthetic, PxText(px, "NOTE[en]").Contains("Synthetic demonstration data", StringComparison.Ordinal));

        string expected = synthetic ? "yes" : "no";
        Assert.Contains(Rows(xlsx, "Cover"), r => (string?)r["field"] == "synthetic" && (string?)r["value"] == expected);
        List<IDictionary<string, object?>> rows = Rows(xlsx, "Data");
        Assert.NotEmpty(rows);
        // The data sheet is what gets copied on: every row says it, not only the cover.
        Assert.All(rows, r => Assert.Equal(expected, r["synthetic"]));
        Assert.Contains(Rows(xlsx, MiniExcel.GetSheetNames(xlsx)[2]), r => (string?)r["field"] == "synthetic" && (string?)r["value"] == expected);
    }

    [Theory]
    [InlineData("/en/profiles/working-age-adults/areas/" + Vuosaari + "/report")]
    [InlineData("/en/profiles/working-age-adults/report")]
    public async Task Reports_ProfileOfRealAndSyntheticIndicators_TagEachSyntheticOneAndNoRealOne(string path)
    {
        using HttpClient client = server.CreateClient();
        HttpResponseMessage response = await client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync(Cancel);
        Dictionary<string, bool> catalogue = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!
            .ToDictionary(i => i.GetProperty("name").GetProperty("en").GetString()!, i => i.GetProperty("synthetic").GetBoolean());

        // Every row of the profile tables: the indicator's name, its breakdown if not the total, then the tag if synthetic.
        Match[] rows = [.. Regex.Matches(html, "<tr><th scope=\"row\">(?<name>[^<]*?)(?: \\([a-z]+=[^)]*\\))?(?<tag> <span class=\"tag-synthetic\">Synthetic</span>)?</th>")
            .Where(m => catalogue.ContainsKey(WebUtility.HtmlDecode(m.Groups["name"].Value)))];
        Assert.True(rows.Length >= 10, $"{rows.Length} indicator rows");
        Assert.Contains(rows, r => !r.Groups["tag"].Success);
        Assert.Contains(rows, r => r.Groups["tag"].Success);
        Assert.All(rows, r => Assert.Equal(catalogue[WebUtility.HtmlDecode(r.Groups["name"].Value)], r.Groups["tag"].Success));
        Assert.Contains("class=\"synthetic-note\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "synthetic")]
    [InlineData("fi", "synteettinen")]
    public async Task Overview_TagsEverySyntheticColumnHeaderAndNoRealOne(string lang, string tag)
    {
        using HttpClient client = server.CreateClient();
        string html = await client.GetStringAsync($"/{lang}/profiles/working-age-adults?type=district", Cancel);
        Dictionary<string, bool> catalogue = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("synthetic").GetBoolean());

        // The mark is inside the header cell, so the CSV download (the headers' text) carries it.
        Match[] headers = Regex.Matches(html, "<th scope=\"col\" data-indicator=\"(?<id>[^\"]+)\" data-synthetic=\"(?<flag>true|false)\"[^>]*>(?<content>.*?)</th>", RegexOptions.Singleline).ToArray();
        Assert.True(headers.Length >= 10, $"{headers.Length} indicator columns");
        Assert.Contains(headers, h => catalogue[h.Groups["id"].Value]);
        Assert.Contains(headers, h => !catalogue[h.Groups["id"].Value]);
        Assert.All(headers, h =>
        {
            bool synthetic = catalogue[h.Groups["id"].Value];
            Assert.Equal(synthetic ? "true" : "false", h.Groups["flag"].Value);
            Assert.Equal(synthetic, h.Groups["content"].Value.Contains($"<span class=\"synthetic-tag\"> ({tag})</span>", StringComparison.Ordinal));
        });

        // The note says which columns are synthetic instead of calling the whole table synthetic.
        Assert.Contains($"({tag})", Regex.Match(html, "<p class=\"synthetic-note\"[^>]*>(.*?)</p>", RegexOptions.Singleline).Groups[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpineChart_SourceLine_NamesEverySourceOfTheProfile()
    {
        using HttpClient client = server.CreateClient();
        string html = await client.GetStringAsync($"/en/profiles/working-age-adults/areas/{Vuosaari}", Cancel);
        Dictionary<string, string> sources = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("source").GetProperty("en").GetString()!);
        JsonElement profile = await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/working-age-adults/areas/{Vuosaari}", Cancel);
        string[] expected = [.. profile.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray())
            .Select(i => sources[i.GetProperty("indicator").GetString()!]).Distinct()];

        string spine = Regex.Match(html, "<svg[^>]*id=\"spine-chart\".*?</svg>", RegexOptions.Singleline).Value;
        string sourceLine = WebUtility.HtmlDecode(Regex.Replace(Regex.Match(spine, "<text[^>]*class=\"chart-source\">(.*?)</text>", RegexOptions.Singleline).Groups[1].Value, "<[^>]+>", string.Empty));

        Assert.True(expected.Length > 3, $"{expected.Length} sources");
        Assert.StartsWith("Source: ", sourceLine, StringComparison.Ordinal);
        // Each source without the full stop it may end in: the line puts its own after the sources.
        Assert.All(expected, source => Assert.Contains(source.TrimEnd('.'), sourceLine, StringComparison.Ordinal));
        Assert.DoesNotContain("…", sourceLine, StringComparison.Ordinal);
        Assert.DoesNotContain("..", sourceLine, StringComparison.Ordinal);
        Assert.DoesNotContain(".;", sourceLine, StringComparison.Ordinal);
        // Wrapped over lines that fit the chart, rather than one line running off its edge.
        Assert.True(Regex.Count(spine, "<tspan") > 1);
    }

    /// <summary>
    /// A chart downloaded on its own still says that its data are synthetic: a synthetic indicator's source text says so
    /// ("Synthetic demo data: …"), and every chart's source line names its indicators' sources.
    /// </summary>
    [Theory]
    [InlineData("en", "Synthetic demo data")]
    [InlineData("fi", "Synteettinen demoaineisto")]
    public async Task AreaPage_ForecastFans_SourceLineSaysWhetherSynthetic(string language, string label)
    {
        using HttpClient client = server.CreateClient();
        Dictionary<string, JsonElement> catalogue = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/indicators", Cancel))!
            .ToDictionary(i => i.GetProperty("id").GetString()!);
        string html = await client.GetStringAsync($"/{language}/areas/{Vuosaari}", Cancel);

        // Each fan twice, for a wide screen and for a phone ("fan-{id}-narrow"): both say their sources.
        MatchCollection fans = Regex.Matches(html, "<svg[^>]*id=\"fan-(?<id>[a-z0-9-]+?)(-narrow)?\".*?</svg>", RegexOptions.Singleline);
        Assert.Contains(fans, fan => catalogue[fan.Groups["id"].Value].GetProperty("synthetic").GetBoolean());
        Assert.Contains(fans, fan => !catalogue[fan.Groups["id"].Value].GetProperty("synthetic").GetBoolean());
        Assert.All(fans, fan =>
        {
            JsonElement indicator = catalogue[fan.Groups["id"].Value];
            string sourceLine = WebUtility.HtmlDecode(Regex.Replace(
                Regex.Match(fan.Value, "<text[^>]*class=\"chart-source\">(.*?)</text>", RegexOptions.Singleline).Groups[1].Value, "<[^>]+>", " "));
            string words = Regex.Replace(sourceLine, @"\s+", " ");
            Assert.Contains(Regex.Replace(indicator.GetProperty("source").GetProperty(language).GetString()!.TrimEnd('.'), @"\s+", " "), words, StringComparison.Ordinal);
            Assert.Equal(indicator.GetProperty("synthetic").GetBoolean(), words.Contains(label, StringComparison.Ordinal));
        });
    }

    /// <summary>A PX keyword's text: its quoted strings joined, as the writer wraps long texts over lines.</summary>
    private static string PxText(string px, string keyword)
    {
        Match entry = Regex.Match(px, "^" + Regex.Escape(keyword) + "=((?:\"[^\"]*\"\\s*)+);", RegexOptions.Multiline);
        Assert.True(entry.Success, $"no {keyword} in the PX file");
        return string.Concat(Regex.Matches(entry.Groups[1].Value, "\"([^\"]*)\"").Select(part => part.Groups[1].Value));
    }

    private static List<IDictionary<string, object?>> Rows(Stream stream, string sheet)
    {
        stream.Position = 0;
        return [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
    }
}
