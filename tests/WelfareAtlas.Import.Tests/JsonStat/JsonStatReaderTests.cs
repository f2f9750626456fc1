using System.Text.Json;
using WelfareAtlas.Import.Cubes;
using WelfareAtlas.Import.JsonStat;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.Tests.JsonStat;

public sealed class JsonStatReaderTests
{
    private static async Task<(JsonStatDocument? Document, ReadReport Report)> Read(string relative)
    {
        string path = TestFiles.Format("jsonstat/" + relative);
        ReadReport report = new(Path.GetFileName(path));
        JsonStatDocument? document = await JsonStatReader.ReadAsync(path, report, TestContext.Current.CancellationToken);
        return (document, report);
    }

    private static (JsonStatDocument? Document, ReadReport Report) ReadText(string json)
    {
        ReadReport report = new("inline.json");
        return (JsonStatReader.Read(json, report), report);
    }

    [Fact]
    public async Task ReadAsync_Canada_GivesValuesRolesUnitsAndStatus()
    {
        (JsonStatDocument? document, ReadReport report) = await Read("official-2.0/canada.json");

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Cube cube = Assert.Single(document!.Datasets);
        Assert.Equal(["country", "year", "age", "concept", "sex"], cube.Dimensions.Select(d => d.Id));
        Assert.Equal([1, 1, 20, 2, 3], cube.Dimensions.Select(d => d.Categories.Count));
        Assert.Equal([DimensionRole.Geo, DimensionRole.Time, DimensionRole.None, DimensionRole.Metric, DimensionRole.None], cube.Dimensions.Select(d => d.Role));
        // "country" has no index: the single-category shorthand gives its only label key.
        Assert.Equal("CA", cube.Dimensions[0].Categories[0].Code);
        Assert.Equal(34880.5, cube.Find("CA", "2012", "T", "POP", "T")?.Value);
        // Females aged 0–4: cell 8 (age index 1 × 6 + concept 0 × 3 + sex 2).
        Assert.Equal(940.1, cube.Find("CA", "2012", "4", "POP", "F")?.Value);
        // status ["a"] is one status for every cell.
        Assert.All(cube.Cells, c => Assert.Equal("a", c.Status));
        CubeUnit unit = cube.Dimensions[3].Categories[0].Unit!;
        Assert.Equal(("thousands of persons", 1, 3), (unit.Label, unit.Decimals, unit.Multiplier));
    }

    [Fact]
    public async Task ReadAsync_Oecd_GivesSparseStatusAndIndexObject()
    {
        (JsonStatDocument? document, ReadReport report) = await Read("official-2.0/oecd.json");

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Cube cube = Assert.Single(document!.Datasets);
        Assert.Equal(432, cube.CellCount);
        Assert.Equal(72, cube.Cells.Count(c => c.Status == "e"));
        // Finland 2010: index object gives FI position 8, 2010 position 7 → cell 103, no status.
        CubeCell finland = cube.Find("UNR", "FI", "2010")!;
        Assert.Equal((8.381534292, null), (finland.Value, finland.Status));
        // Cell 10 (Australia 2013) is an estimate with a value.
        CubeCell australia = cube.CellAt(10);
        Assert.Equal(["UNR", "AU", "2013"], australia.Codes);
        Assert.Equal((5.50415003, "e"), (australia.Value, australia.Status));
    }

    [Fact]
    public async Task ReadAsync_DimensionKeysInOtherOrder_FollowsId()
    {
        (JsonStatDocument? document, ReadReport report) = await Read("edge-2.0/dimOrder.json");

        Cube cube = Assert.Single(document!.Datasets);
        Assert.Equal(["A", "B", "C"], cube.Dimensions.Select(d => d.Id));
        // Values are numeric strings; A=3, B=2, C=1 is cell 2×8 + 1×4 + 0 = 20, whose value is "22" (the file skips 21).
        Assert.Equal(22d, cube.Find("3", "2", "1")?.Value);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public async Task ReadAsync_SparseValueObject_LeavesOtherCellsMissing()
    {
        (JsonStatDocument? document, _) = await Read("official-2.0/hierarchy.json");

        Cube cube = Assert.Single(document!.Datasets);
        Assert.Equal(132, cube.CellCount);
        Assert.All(cube.Cells, c => Assert.Null(c.Value));
        Assert.Contains(cube.Dimensions[0].Categories, c => c.Children.Count > 0);
    }

    [Fact]
    public async Task ReadAsync_CollectionWithEmbeddedDatasets_GivesBothCubes()
    {
        (JsonStatDocument? document, ReadReport report) = await Read("official-2.0/oecd-canada-col.json");

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Assert.Equal("collection", document!.Class);
        Assert.Equal([432, 120], document.Datasets.Select(c => c.CellCount));
    }

    [Fact]
    public async Task ReadAsync_CollectionOfLinks_ListsHrefsWithoutFetching()
    {
        (JsonStatDocument? document, _) = await Read("official-2.0/collection.json");

        Assert.Empty(document!.Datasets);
        Assert.Equal(8, document.LinkedItems.Count);
        Assert.Equal("https://json-stat.org/samples/oecd.json", document.LinkedItems[0]);
    }

    [Theory]
    // Every json-stat.org sample and accepted edge file must read without errors.
    [InlineData("official-2.0/galicia.json", 3960)]
    [InlineData("official-2.0/order.json", 24)]
    [InlineData("official-2.0/us-gsp.json", 204)]
    [InlineData("official-2.0/us-labor.json", 12880)]
    [InlineData("official-2.0/us-unr.json", 3220)]
    [InlineData("edge-2.0/cantabria.json", 5400)]
    [InlineData("edge-2.0/json-stat-1-dimension.json", 3)]
    // PxWebApi metadata: empty value, 14 × 11 × 28 cells all missing.
    [InlineData("edge-2.0/pxwebapi-MetadataById_tab004_js2.json", 4312)]
    [InlineData("edge-2.0/rjstat-collection-embedded.json", 1)]
    public async Task ReadAsync_ValidSample_ReadsWithoutErrors(string relative, int cells)
    {
        (JsonStatDocument? document, ReadReport report) = await Read(relative);

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Assert.Equal(cells, Assert.Single(document!.Datasets).CellCount);
    }

    [Theory]
    [InlineData("official-2.0/dimension-age5.json")]
    [InlineData("official-2.0/dimension-usstates.json")]
    [InlineData("edge-2.0/pyjstat-dimension.json")]
    [InlineData("official-2.0/index.json")]
    [InlineData("official-2.0/datasets-index.json")]
    [InlineData("edge-2.0/rjstat-nonexistent.json")]
    public async Task ReadAsync_DimensionOrLinkOnlyDocument_ReadsWithoutCubes(string relative)
    {
        (JsonStatDocument? document, ReadReport report) = await Read(relative);

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Assert.Empty(document!.Datasets);
    }

    [Theory]
    [InlineData("v1.x/oecd-canada.json")]
    [InlineData("v1.x/statswe.json")]
    [InlineData("v1.x/ssb-api.json")]
    public async Task ReadAsync_Version1Bundle_IsRejectedAsVersion1(string relative)
    {
        (JsonStatDocument? document, ReadReport report) = await Read(relative);

        Assert.Null(document);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal(("JSONSTAT_VERSION_1", 1, 1), (problem.Code, problem.Line, problem.Column));
    }

    [Fact]
    public async Task ReadAsync_ValueSizeMismatch_ReportsMismatchAndMissingIndexes()
    {
        (JsonStatDocument? document, ReadReport report) = await Read("invalid/oecd-v2-value-size-mismatch.json");

        Assert.Null(document);
        // value has 20 entries for 2 × 3 × 1 × 1 = 6 cells; "value" is on line 11.
        ImportProblem mismatch = Assert.Single(report.Problems, p => p.Code == "VALUE_LEN_MISMATCH");
        Assert.Equal((11, "$.value"), (mismatch.Line, mismatch.Location));
        Assert.Contains("20 entries", mismatch.Message, StringComparison.Ordinal);
        // "color" lists its categories straight under "category", without "index": line 64.
        ImportProblem color = Assert.Single(report.Problems, p => p.Code == "INDEX_MISSING" && p.Location == "$.dimension.color.category");
        Assert.Equal(64, color.Line);
    }

    [Theory]
    // "dimension" was removed.
    [InlineData("invalid/order_invalid.json", "MISSING_DIMENSION", 1)]
    // size ["2","3","4"]: strings where the schema wants integers; the first is on line 14.
    [InlineData("invalid/three_dim_size_as_string_v2.json", "SIZE_NOT_INTEGER", 14)]
    // Valid JSON, no JSON-stat in it.
    [InlineData("invalid/notjsonstat.json", "NOT_JSONSTAT", 1)]
    // A 1.x-style bundle with "measure" instead of "value": no version, so it is a 1.x bundle.
    [InlineData("invalid/sample_data-measure-v1.json", "JSONSTAT_VERSION_1", 1)]
    public async Task ReadAsync_InvalidFile_IsRejectedWithSpecificProblem(string relative, string code, int line)
    {
        (JsonStatDocument? document, ReadReport report) = await Read(relative);

        Assert.Null(document);
        ImportProblem problem = Assert.Single(report.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal((code, line), (problem.Code, problem.Line));
        Assert.NotNull(problem.Column);
        Assert.NotNull(problem.Location);
    }

    public static TheoryData<string> ValidatorCaseIds()
    {
        using JsonDocument cases = JsonDocument.Parse(File.ReadAllBytes(TestFiles.Format("jsonstat/invalid/validator-corpus-cases.json")));
        return [.. cases.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }

    [Theory]
    [MemberData(nameof(ValidatorCaseIds))]
    public void Read_ValidatorCorpusCase_GivesExpectedValidityAndCode(string id)
    {
        using JsonDocument cases = JsonDocument.Parse(File.ReadAllBytes(TestFiles.Format("jsonstat/invalid/validator-corpus-cases.json")));
        JsonElement testCase = cases.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
        JsonElement expected = testCase.GetProperty("expected");
        // BUNDLE_DEPRECATED gives no "valid"; the validator treats it as an error.
        bool valid = !expected.TryGetProperty("valid", out JsonElement v) || v.GetBoolean();
        valid &= id != "invalid/bundle-deprecated";
        string[] codes = expected.TryGetProperty("codes", out JsonElement c) ? [.. c.EnumerateArray().Select(e => e.GetString()!)] : [];

        (JsonStatDocument? document, ReadReport report) = ReadText(testCase.GetProperty("input").GetRawText());

        Assert.Equal(valid, document is not null);
        Assert.Equal(valid, !report.HasErrors);
        foreach (string code in codes)
        {
            Assert.Contains(report.Problems, p => p.Code == code);
        }

        if (expected.TryGetProperty("noOtherErrors", out JsonElement only) && only.GetBoolean())
        {
            Assert.All(report.Problems.Where(p => p.Severity == ProblemSeverity.Error), p => Assert.Contains(p.Code, codes));
        }
    }

    [Fact]
    public void Read_SyntaxError_ReportsLineAndColumn()
    {
        (JsonStatDocument? document, ReadReport report) = ReadText("{\n  \"version\": \"2.0\",\n  \"class\": dataset\n}");

        Assert.Null(document);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal(("JSON_SYNTAX", 3, 12), (problem.Code, problem.Line, problem.Column));
    }

    [Fact]
    public void Read_FileCutShort_ReportsSyntaxError()
    {
        (JsonStatDocument? document, ReadReport report) = ReadText("{\"version\":\"2.0\",\"class\":\"dataset\",\"value\":[1,2");

        Assert.Null(document);
        Assert.Equal("JSON_SYNTAX", Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void Read_Empty_ReportsEmpty()
    {
        (JsonStatDocument? document, ReadReport report) = ReadText("  \n");

        Assert.Null(document);
        Assert.Equal("JSON_EMPTY", Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void Read_UnsupportedVersion_IsRejected()
    {
        (JsonStatDocument? document, ReadReport report) = ReadText("{\"version\":\"1.0\",\"class\":\"dataset\"}");

        Assert.Null(document);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal(("UNSUPPORTED_VERSION", "$.version", "1.0"), (problem.Code, problem.Location, problem.Value));
    }
}
