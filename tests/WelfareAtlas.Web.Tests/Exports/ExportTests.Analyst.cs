using System.Globalization;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Access;
using WelfareAtlas.Import.Cubes;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Access;

namespace WelfareAtlas.Web.Tests.Exports;

/// <summary>
/// Point 5 of issue 10 for the analyst audience: an analyst's exports and report carry the analyst's cells (the cells
/// the public sees withheld among them), the public's do not, and both agree with the API of the same audience.
/// </summary>
public sealed partial class ExportTests
{
    [Theory]
    [InlineData("youth-chat-conversations", false)] // suppressed public cells, but no unreliable ones in the demo
    [InlineData("payment-defaults", true)]          // suppressed and unreliable cells: the 'u' status is checked too
    public async Task AnalystExports_CarryTheAnalystsNumbersOfCellsThePublicSeesWithheld(string id, bool hasUnreliable)
    {
        using HttpClient analyst = await AnalystClientAsync();
        using HttpClient anonymous = server.CreateClient();
        JsonElement availability = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/availability", Cancel);
        int revealed = 0;
        int unreliable = 0;
        foreach (JsonElement level in availability.GetProperty("areaTypes").EnumerateArray())
        {
            foreach (string breakdown in level.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetString()!))
            {
                string query = $"?areaType={level.GetProperty("areaType").GetString()}&breakdown={Uri.EscapeDataString(breakdown)}";
                JsonElement publicApi = (await ApiAsync(anonymous, $"/api/v1/indicators/{id}/data{query}"))!.Value;
                JsonElement analystApi = (await ApiAsync(analyst, $"/api/v1/indicators/{id}/data{query}"))!.Value;
                List<JsonElement> publicCells = ApiRows(publicApi);
                List<JsonElement> analystCells = ApiRows(analystApi);
                List<int> hidden = [.. publicCells.Select((c, i) => (c, i)).Where(x => x.c.GetProperty("disclosure").GetProperty("state").GetString() == "suppressed").Select(x => x.i)];
                if (hidden.Count == 0)
                {
                    continue;
                }

                // The analyst's files, cell by cell against the analyst's API (numbers and markers as statuses).
                Cube json = await JsonStatAsync(analyst, $"/api/v1/indicators/{id}/data.jsonstat{query}");
                Cube px = await PxAsync(analyst, $"/api/v1/indicators/{id}/data.px{query}");
                AssertSameCells(analystApi, json, tolerance: 0);
                AssertSameCells(analystApi, px, tolerance: 1e-12);
                using MemoryStream xlsx = new(await analyst.GetByteArrayAsync($"/api/v1/indicators/{id}/data.xlsx{query}", Cancel));
                List<IDictionary<string, object?>> rows = Rows(xlsx, "Data");
                Assert.Equal(analystCells.Count, rows.Count);
                Assert.Equal("analyst", Rows(xlsx, "Cover").Single(r => Equals(r["field"], "audience"))["value"]);
                for (int i = 0; i < analystCells.Count; i++)
                {
                    Assert.Equal(analystCells[i].GetProperty("area").GetProperty("code").GetString(), rows[i]["area"]);
                    AssertNumber(Number(analystCells[i], "value"), rows[i]["value"]);
                    AssertNumber(Interval(analystCells[i], "ci95", "lower"), rows[i]["ci95_lower"]);
                    AssertNumber(Number(analystCells[i], "numerator"), rows[i]["numerator"]);
                    Assert.Equal(analystCells[i].GetProperty("disclosure").GetProperty("marker").GetString(), rows[i]["disclosure_marker"] ?? string.Empty);
                }

                Cube publicPx = await PxAsync(anonymous, $"/api/v1/indicators/{id}/data.px{query}");
                Cube publicJson = await JsonStatAsync(anonymous, $"/api/v1/indicators/{id}/data.jsonstat{query}");
                string period = analystApi.GetProperty("period").GetString()!;
                foreach (int i in hidden)
                {
                    string area = publicCells[i].GetProperty("area").GetProperty("code").GetString()!;
                    JsonElement cell = analystCells.Single(c => c.GetProperty("area").GetProperty("code").GetString() == area);
                    if (Number(cell, "value") is not { } number)
                    {
                        continue;
                    }

                    // The analyst sees the number the public's files withhold, with its marker.
                    revealed++;
                    Assert.Equal(number, json.Find(id, area, period, breakdown, "value")!.Value);
                    Assert.Equal(number, px.Find(id, area, period, breakdown, "value")!.Value!.Value, 1e-12 * Math.Max(1, Math.Abs(number)));
                    Assert.Null(publicJson.Find(id, area, period, breakdown, "value")!.Value);
                    Assert.Null(publicPx.Find(id, area, period, breakdown, "value")!.Value);
                }

                unreliable += analystCells.Count(c => c.GetProperty("disclosure").GetProperty("marker").GetString() == "u" && Number(c, "value") is not null);
            }
        }

        Assert.True(revealed > 0, $"{id}: no cell withheld from the public has a number for the analyst.");
        Assert.True(!hasUnreliable || unreliable > 0, $"{id}: no unreliable cell with a number to check the 'u' status of.");
    }

    [Fact]
    public async Task AnalystAreaReport_HasTheAnalystsNumbersRowByRowAndThePublicsHasNot()
    {
        using HttpClient analyst = await AnalystClientAsync();
        using HttpClient anonymous = server.CreateClient();
        const string profile = "children-and-young-people";
        JsonElement areas = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/areas?type=sub-district", Cancel);
        foreach (string code in areas.EnumerateArray().Select(a => a.GetProperty("code").GetString()!))
        {
            JsonElement publicApi = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{profile}/areas/{code}", Cancel);
            string[] withheld = [.. ProfileCells(publicApi).Where(c => c.GetProperty("disclosure").GetProperty("state").GetString() == "suppressed").Select(CellKey)];
            if (withheld.Length == 0)
            {
                continue;
            }

            JsonElement analystApi = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{profile}/areas/{code}", Cancel);
            string analystHtml = await analyst.GetStringAsync($"/en/profiles/{profile}/areas/{code}/report", Cancel);
            string publicHtml = await anonymous.GetStringAsync($"/en/profiles/{profile}/areas/{code}/report", Cancel);

            // Every cell of each audience's API in its report's profile table, row by row: value, limits, benchmark.
            AssertReportRows(analystApi, analystHtml);
            AssertReportRows(publicApi, publicHtml);
            int revealed = 0;
            foreach (JsonElement cell in ProfileCells(analystApi).Where(c => withheld.Contains(CellKey(c)) && Number(c, "value") is not null))
            {
                revealed++;
                Assert.Contains(English(Number(cell, "value")), ReportRow(analystHtml, cell).Groups["value"].Value, StringComparison.Ordinal);
            }

            Assert.True(revealed > 0, $"{code}: the analyst sees no number of the cells withheld from the public.");
            return;
        }

        Assert.Fail("The demo has no sub-district whose profile withholds a public cell.");
    }

    private async Task<HttpClient> AnalystClientAsync()
    {
        (_, string secret) = await new ApiKeyRepository(server.Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System)
            .AddAsync("export tests analyst", Role.Analyst, "tests", Cancel);
        HttpClient client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        return client;
    }

    private static void AssertReportRows(JsonElement api, string html)
    {
        foreach (JsonElement cell in ProfileCells(api))
        {
            Match row = ReportRow(html, cell);
            Assert.Equal(English(Number(cell, "value")), NumberText(row.Groups["value"].Value) ?? "–");
            Assert.Equal(English(Interval(cell, "ci95", "lower")), row.Groups["lower"].Value);
            Assert.Equal(English(Interval(cell, "ci95", "upper")), row.Groups["upper"].Value);
            Assert.Equal(English(cell.GetProperty("comparison").GetProperty("benchmarkValue") is { ValueKind: JsonValueKind.Number } b ? b.GetDouble() : null), row.Groups["benchmark"].Value);
        }
    }

    /// <summary>The report's profile-table row of <paramref name="cell"/>: its name (and breakdown), period (in the report's words), value, 95 % limits and benchmark.</summary>
    private static Match ReportRow(string html, JsonElement cell)
    {
        // The indicator with the group it shows, as the report names it ("… (aged 7–17)").
        string named = WelfareAtlas.Web.Localisation.BreakdownLabels.Named(
            cell.GetProperty("name").GetProperty("en").GetString()!, cell.GetProperty("breakdown").GetString()!, WelfareAtlas.Localisation.Language.English);
        string label = Regex.Escape(HtmlEncoder.Create(UnicodeRanges.All).Encode(named));
        Match row = Regex.Match(html, $@"<tr><th scope=""row"">{label}(?: <span class=""tag-synthetic"">[^<]*</span>)?</th><td>{Regex.Escape(cell.GetProperty("period").GetString() is { } period ? HtmlEncoder.Create(UnicodeRanges.All).Encode(WelfareAtlas.Web.Localisation.PeriodLabels.Of(period, WelfareAtlas.Localisation.Language.English)) : "–")}</td><td class=""num"">(?<value>.*?)</td><td class=""num"">(?<lower>[^<]*)</td><td class=""num"">(?<upper>[^<]*)</td><td class=""num"">(?<benchmark>[^<]*)</td>");
        Assert.True(row.Success, $"no report row for {CellKey(cell)}");
        return row;
    }

    /// <summary>The number at the start of a value cell (before a marker); <see langword="null"/> when the cell says a status in words.</summary>
    private static string? NumberText(string cell) =>
        Regex.Match(cell, @"^-?[\d,]+(\.\d+)?") is { Success: true } number ? number.Value : null;

    /// <summary>A number as the English report writes it (en-GB, one decimal), a dash for none.</summary>
    private static string English(double? value) => value is { } v ? v.ToString("#,0.0", CultureInfo.GetCultureInfo("en-GB")) : "–";

    private static IEnumerable<JsonElement> ProfileCells(JsonElement api) =>
        api.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray()).DistinctBy(CellKey);

    private static string CellKey(JsonElement cell) => cell.GetProperty("indicator").GetString() + "|" + cell.GetProperty("breakdown").GetString();
}
