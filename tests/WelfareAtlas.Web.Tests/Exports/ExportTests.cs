using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using WelfareAtlas.Import.Cubes;
using WelfareAtlas.Import.JsonStat;
using WelfareAtlas.Import.Px;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Indicators.Catalogue;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Exports;

/// <summary>
/// The file exports of indicator data and area profiles against the JSON API on the demo: read back by the project's
/// own importers (JSON-stat, PX) and MiniExcel, cell by cell the API's numbers, and no number for a suppressed cell.
/// </summary>
public sealed partial class ExportTests(DemoLiveServer server)
{
    private static readonly string[] Measures = ["value", "ci95-lower", "ci95-upper", "ci998-lower", "ci998-upper", "numerator", "denominator"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Indicators => [.. IndicatorCatalogue.All.Select(indicator => indicator.Id.Value)];

    /// <summary>The indicators whose public cells the demo suppresses, with a choice that has suppressed cells.</summary>
    public static TheoryData<string> SuppressedIndicators => ["youth-chat-conversations", "payment-defaults"];

    [Theory]
    [MemberData(nameof(Indicators))]
    public async Task JsonStat_EveryIndicator_ReadsBackValidWithTheApiNumbers(string id)
    {
        using HttpClient client = server.CreateClient();
        if (await ApiAsync(client, $"/api/v1/indicators/{id}/data") is not { } api)
        {
            return;
        }

        Cube cube = await JsonStatAsync(client, $"/api/v1/indicators/{id}/data.jsonstat?lang=fi");
        AssertSameCells(api, cube, tolerance: 0);
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public async Task Px_EveryIndicator_ReadsBackValidWithTheApiNumbers(string id)
    {
        using HttpClient client = server.CreateClient();
        if (await ApiAsync(client, $"/api/v1/indicators/{id}/data") is not { } api)
        {
            return;
        }

        Cube cube = await PxAsync(client, $"/api/v1/indicators/{id}/data.px");
        AssertSameCells(api, cube, tolerance: 1e-12);
        Assert.Equal(["indicator", "area", "period", "breakdown", "measure"], cube.Dimensions.Select(d => d.Label.In("en").ToLowerInvariant()));
        Assert.Equal(api.GetProperty("cells")[0].GetProperty("area").GetProperty("names").GetProperty("sv").GetString(), cube.Dimensions[1].Categories[^api.GetProperty("cells").GetArrayLength()].Label.In("sv"));
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public async Task Xlsx_EveryIndicator_HasTheApiNumbersAsNumbersAndCoverAndMetadata(string id)
    {
        using HttpClient client = server.CreateClient();
        if (await ApiAsync(client, $"/api/v1/indicators/{id}/data") is not { } api)
        {
            return;
        }

        byte[] bytes = await client.GetByteArrayAsync($"/api/v1/indicators/{id}/data.xlsx?lang=sv", Cancel);
        using MemoryStream stream = new(bytes);
        Assert.Equal(["Cover", "Data", $"Meta 1 {id}"[..Math.Min(31, $"Meta 1 {id}".Length)]], MiniExcel.GetSheetNames(stream));
        List<IDictionary<string, object?>> rows = Rows(stream, "Data");
        List<JsonElement> cells = ApiRows(api);
        Assert.Equal(cells.Select(c => c.GetProperty("area").GetProperty("code").GetString()), rows.Select(r => (string?)r["area"]));
        foreach ((JsonElement cell, IDictionary<string, object?> row) in cells.Zip(rows))
        {
            AssertNumber(Number(cell, "value"), row["value"]);
            AssertNumber(Interval(cell, "ci95", "lower"), row["ci95_lower"]);
            AssertNumber(Interval(cell, "ci95", "upper"), row["ci95_upper"]);
            AssertNumber(Interval(cell, "ci998", "upper"), row["ci998_upper"]);
            AssertNumber(Number(cell, "numerator"), row["numerator"]);
            AssertNumber(Number(cell, "denominator"), row["denominator"]);
            Assert.Equal(cell.GetProperty("disclosure").GetProperty("state").GetString(), row["disclosure_state"]);
            Assert.Equal(cell.GetProperty("versusCity").GetProperty("at95").GetString(), row["versus_city_95"]);
        }

        List<IDictionary<string, object?>> cover = Rows(stream, "Cover");
        Assert.Contains(cover, r => (string?)r["field"] == "licence" && !string.IsNullOrEmpty((string?)r["value"]));
        Assert.Contains(cover, r => (string?)r["field"] == "audience" && (string?)r["value"] == "public");
        List<IDictionary<string, object?>> metadata = Rows(stream, MiniExcel.GetSheetNames(stream)[2]);
        Assert.Contains(metadata, r => (string?)r["field"] == "definition" && (string?)r["value"] == api.GetProperty("indicator").GetProperty("definition").GetProperty("sv").GetString());
        Assert.Contains(metadata, r => (string?)r["field"] == "import_batch" && ((string?)r["value"])!.StartsWith("batch ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProfileXlsx_OfADistrict_HasEveryCellOfTheApiProfile()
    {
        using HttpClient client = server.CreateClient();
        JsonElement view = await client.GetFromJsonAsync<JsonElement>("/api/v1/profiles/children-and-young-people/areas/0917704000", Cancel);
        byte[] bytes = await client.GetByteArrayAsync("/api/v1/profiles/children-and-young-people/areas/0917704000.xlsx?lang=fi", Cancel);
        using MemoryStream stream = new(bytes);
        List<JsonElement> cells = [.. view.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray())];
        List<IDictionary<string, object?>> rows = Rows(stream, "Data");
        Assert.Equal(cells.Select(c => c.GetProperty("indicator").GetString()), rows.Select(r => (string?)r["indicator"]));
        foreach ((JsonElement cell, IDictionary<string, object?> row) in cells.Zip(rows))
        {
            AssertNumber(Number(cell, "value"), row["value"]);
            AssertNumber(Interval(cell, "ci95", "lower"), row["ci95_lower"]);
            AssertNumber(cell.GetProperty("comparison").GetProperty("benchmarkValue") is { ValueKind: JsonValueKind.Number } b ? b.GetDouble() : null, row["benchmark_value"]);
            Assert.Equal(cell.GetProperty("comparison").GetProperty("at95").GetString(), row["comparison_95"]);
            Assert.Equal(cell.GetProperty("disclosure").GetProperty("state").GetString(), row["disclosure_state"]);
        }

        Assert.Equal(cells.Count + 2, MiniExcel.GetSheetNames(stream).Count);
        Assert.Contains(Rows(stream, "Cover"), r => (string?)r["field"] == "summary" && (string?)r["value"] == view.GetProperty("summary").GetProperty("text").GetProperty("fi").GetString());
    }

    [Fact]
    public async Task ProfileXlsx_InSwedish_HasTheWordsOfThePagesBesideTheCodes()
    {
        // A Swedish reader of the sheet found only "cannot-be-calculated", "no-judgement" and an English cover line.
        using HttpClient client = server.CreateClient();
        byte[] bytes = await client.GetByteArrayAsync("/api/v1/profiles/older-people/areas/0917704000.xlsx?lang=sv", Cancel);
        using MemoryStream stream = new(bytes);
        List<IDictionary<string, object?>> rows = Rows(stream, "Data");
        Dictionary<string, string> significance = new(StringComparer.Ordinal)
        {
            ["better"] = "Bättre", ["similar"] = "Liknande", ["worse"] = "Sämre", ["higher"] = "Högre", ["lower"] = "Lägre", ["not-compared"] = "Inte jämförd",
        };
        Assert.All(rows, r => Assert.Equal(significance[(string)r["comparison_95"]!], r["comparison_95_text"]));
        Assert.All(rows, r => Assert.Equal(significance[(string)r["versus_parent_95"]!], r["versus_parent_95_text"]));
        Assert.Contains(rows, r => (string?)r["polarity"] == "lower-is-better" && (string?)r["polarity_text"] == "Lägre är bättre");
        Assert.Contains(rows, r => (string?)r["trend"] == "cannot-be-calculated" && (string?)r["trend_text"] == "Kan inte beräknas");
        Assert.Contains(rows, r => (string?)r["status"] == "available" && (string?)r["status_text"] == "Tillgänglig");
        Assert.Contains(Rows(stream, "Cover"), r => (string?)r["field"] == "synthetic" && (string?)r["value"] == "en del av indikatorerna är syntetiska demodata");
    }

    [Theory]
    [MemberData(nameof(SuppressedIndicators))]
    public async Task PublicExports_SuppressedCells_CarryNoNumberInAnyFormat(string id)
    {
        using HttpClient client = server.CreateClient();
        JsonElement availability = await client.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/availability", Cancel);
        int suppressed = 0;
        foreach (JsonElement level in availability.GetProperty("areaTypes").EnumerateArray())
        {
            foreach (string breakdown in level.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetString()!))
            {
                string query = $"?areaType={level.GetProperty("areaType").GetString()}&breakdown={Uri.EscapeDataString(breakdown)}";
                JsonElement api = (await ApiAsync(client, $"/api/v1/indicators/{id}/data{query}"))!.Value;
                List<JsonElement> cells = ApiRows(api);
                List<int> hidden = [.. cells.Select((c, i) => (c, i)).Where(x => x.c.GetProperty("disclosure").GetProperty("state").GetString() == "suppressed").Select(x => x.i)];
                if (hidden.Count == 0)
                {
                    continue;
                }

                suppressed += hidden.Count;
                Cube json = await JsonStatAsync(client, $"/api/v1/indicators/{id}/data.jsonstat{query}");
                Cube px = await PxAsync(client, $"/api/v1/indicators/{id}/data.px{query}");
                using MemoryStream xlsx = new(await client.GetByteArrayAsync($"/api/v1/indicators/{id}/data.xlsx{query}", Cancel));
                List<IDictionary<string, object?>> rows = Rows(xlsx, "Data");
                foreach (int i in hidden)
                {
                    string area = cells[i].GetProperty("area").GetProperty("code").GetString()!;
                    foreach (string measure in Measures)
                    {
                        CubeCell jsonCell = json.Find(id, area, api.GetProperty("period").GetString()!, breakdown, measure)!;
                        Assert.Null(jsonCell.Value);
                        Assert.Equal("c", jsonCell.Status);
                        CubeCell pxCell = px.Find(id, area, api.GetProperty("period").GetString()!, breakdown, measure)!;
                        Assert.Null(pxCell.Value);
                        Assert.Equal("....", pxCell.Status);
                    }

                    IDictionary<string, object?> row = rows[i];
                    Assert.Equal(area, row["area"]);
                    Assert.All(["value", "ci95_lower", "ci95_upper", "ci998_lower", "ci998_upper", "numerator", "denominator"], column => Assert.Null(row[column]));
                    Assert.Equal("c", row["disclosure_marker"]);
                }
            }
        }

        Assert.True(suppressed > 0, $"{id}: the demo has no suppressed public cell to check.");
    }

    [Fact]
    public async Task Exports_BadChoices_AreProblemsNamingWhatIsWrong()
    {
        using HttpClient client = server.CreateClient();
        HttpResponseMessage unknown = await client.GetAsync("/api/v1/indicators/no-such-indicator/data.px", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        HttpResponseMessage language = await client.GetAsync("/api/v1/indicators/population/data.xlsx?lang=de", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, language.StatusCode);
        Assert.Contains("'de'", await language.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        HttpResponseMessage area = await client.GetAsync("/api/v1/profiles/older-people/areas/0000000000.xlsx", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, area.StatusCode);
        HttpResponseMessage file = await client.GetAsync("/api/v1/indicators/population/data.jsonstat", Cancel);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
    }

    private static void AssertSameCells(JsonElement api, Cube cube, double tolerance)
    {
        string indicator = api.GetProperty("indicator").GetProperty("id").GetString()!;
        string period = api.GetProperty("period").GetString()!;
        string breakdown = api.GetProperty("breakdown").GetString()!;
        List<JsonElement> cells = ApiRows(api);
        Assert.Equal(cells.Select(c => c.GetProperty("area").GetProperty("code").GetString()), cube.Dimensions[1].Categories.Select(c => c.Code));
        Assert.Equal(cells.Count * Measures.Length, cube.CellCount);
        foreach (JsonElement cell in cells)
        {
            string area = cell.GetProperty("area").GetProperty("code").GetString()!;
            double?[] expected =
            [
                Number(cell, "value"), Interval(cell, "ci95", "lower"), Interval(cell, "ci95", "upper"),
                Interval(cell, "ci998", "lower"), Interval(cell, "ci998", "upper"), Number(cell, "numerator"), Number(cell, "denominator"),
            ];
            for (int m = 0; m < Measures.Length; m++)
            {
                CubeCell found = cube.Find(indicator, area, period, breakdown, Measures[m])!;
                Assert.NotNull(found);
                if (expected[m] is { } number)
                {
                    Assert.NotNull(found.Value);
                    Assert.Equal(number, found.Value!.Value, tolerance * Math.Max(1, Math.Abs(number)));
                }
                else
                {
                    Assert.Null(found.Value);
                }
            }

            string marker = cell.GetProperty("disclosure").GetProperty("marker").GetString()!;
            CubeCell value = cube.Find(indicator, area, period, breakdown, "value")!;
            if (marker.Length > 0 && value.Value is null)
            {
                Assert.NotNull(value.Status);
            }
            else if (marker.Length > 0)
            {
                // A cell with numbers and a marker (u: unreliable; c for an analyst: withheld from the public) carries
                // the marker as its status back through the reader: JSON-stat's status, PX's DATANOTECELL.
                Assert.All(Measures, m => Assert.Equal(marker, cube.Find(indicator, area, period, breakdown, m)!.Status));
            }
        }
    }

    private static async Task<JsonElement?> ApiAsync(HttpClient client, string path)
    {
        HttpResponseMessage response = await client.GetAsync(path, Cancel);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private static async Task<Cube> JsonStatAsync(HttpClient client, string path)
    {
        byte[] bytes = await client.GetByteArrayAsync(path, Cancel);
        ReadReport report = new("export.json");
        Cube? cube = JsonStatReader.CubesOf(JsonStatReader.Read(bytes, report)).SingleOrDefault();
        Assert.True(report.Problems.Count == 0, string.Join("; ", report.Problems.Select(p => $"{p.Code} {p.Message}")));
        return cube!;
    }

    private static async Task<Cube> PxAsync(HttpClient client, string path)
    {
        byte[] bytes = await client.GetByteArrayAsync(path, Cancel);
        ReadReport report = new("export.px");
        Cube? cube = PxReader.Read(bytes, report);
        Assert.True(report.Problems.Count == 0, string.Join("; ", report.Problems.Select(p => $"{p.Code} {p.Message} {p.Line}")) + "\n" + Encoding.UTF8.GetString(bytes)[..Math.Min(3000, bytes.Length)]);
        Assert.True(Encoding.UTF8.GetString(bytes).Split("\r\n").All(line => line.Length <= 256), "a PX line is longer than 256 characters");
        return cube!;
    }

    /// <summary>The rows of the exports: the city's cell first unless the area type is the city, then the API's cells.</summary>
    private static List<JsonElement> ApiRows(JsonElement api)
    {
        List<JsonElement> cells = [.. api.GetProperty("cells").EnumerateArray()];
        if (api.GetProperty("city") is { ValueKind: JsonValueKind.Object } city
            && cells.All(c => c.GetProperty("area").GetProperty("code").GetString() != city.GetProperty("area").GetProperty("code").GetString()))
        {
            cells.Insert(0, city);
        }

        return cells;
    }

    private static List<IDictionary<string, object?>> Rows(Stream stream, string sheet)
    {
        stream.Position = 0;
        return [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
    }

    private static double? Number(JsonElement cell, string name) =>
        cell.GetProperty(name) is { ValueKind: JsonValueKind.Number } number ? number.GetDouble() : null;

    private static double? Interval(JsonElement cell, string name, string limit) =>
        cell.GetProperty(name) is { ValueKind: JsonValueKind.Object } interval ? interval.GetProperty(limit).GetDouble() : null;

    /// <summary>A number in the API is the same number in the sheet, stored as a number; none is an empty cell.</summary>
    private static void AssertNumber(double? expected, object? actual)
    {
        if (expected is { } number)
        {
            double stored = Assert.IsType<double>(actual);
            Assert.Equal(number, stored, 1e-12 * Math.Max(1, Math.Abs(number)));
        }
        else
        {
            Assert.Null(actual);
        }
    }
}
