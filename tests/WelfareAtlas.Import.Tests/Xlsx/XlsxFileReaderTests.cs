using MiniExcelLibs;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Import.Xlsx;

namespace WelfareAtlas.Import.Tests.Xlsx;

public sealed class XlsxFileReaderTests
{
    private const string Alueittain = "helsinki/alueittain_2012/helsinki_alueittain_tblDataTiedot.xlsx";

    private static async Task<(XlsxSource? Source, ReadReport Report)> Open(string path, XlsxReadOptions? options = null)
    {
        ReadReport report = new(Path.GetFileName(path));
        XlsxSource? source = await XlsxFileReader.OpenAsync(path, options ?? XlsxReadOptions.Detect, report, TestContext.Current.CancellationToken);
        return (source, report);
    }

    private static async Task<List<TabularRow>> Rows(XlsxSource source)
    {
        List<TabularRow> rows = [];
        await foreach (TabularRow row in source.ReadRowsAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task OpenAsync_Alueittain_FindsSheetAndHeader()
    {
        (XlsxSource? source, ReadReport report) = await Open(TestFiles.Data(Alueittain));

        Assert.NotNull(source);
        Assert.Empty(report.Problems);
        Assert.Equal(["tblDataTiedot"], source.SheetNames);
        Assert.Equal(("tblDataTiedot", 1), (source.Sheet, source.HeaderRow));
        // A1 "Peruspiiri" to DR1: 122 columns.
        Assert.Equal(122, source.Header.Count);
        Assert.Equal("Peruspiiri", source.Header[0]);
        Assert.Equal(24, source.ColumnIndex("Asukkaat yht"));
    }

    [Fact]
    public async Task ReadRowsAsync_Alueittain_GivesAreaRowsWithSheetPositions()
    {
        (XlsxSource? source, ReadReport report) = await Open(TestFiles.Data(Alueittain));

        List<TabularRow> rows = await Rows(source!);

        // The city, 8 suurpiiri and 34 peruspiiri on rows 2–44; rows 45–79 hold only empty strings and are skipped.
        Assert.Equal(43, rows.Count);
        Assert.Equal(Enumerable.Range(2, 43), rows.Select(r => r.Line));
        TabularRow city = rows[0];
        Assert.Equal("000", city.Cells[0]);
        Assert.Equal(595_384d, TabularNumbers.ParseCell(city, source!.ColumnIndex("Asukkaat yht"), DecimalSeparator.Point, report));
        Assert.Equal("tblDataTiedot!Y2", city.Position(24));
        // C3 is stored as 80.099999999999994; the round-trip text is the double nearest to 80.1.
        Assert.Equal("80.1", rows[1].Cells[2]);
        Assert.Equal("801", rows[^1].Cells[0]);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public async Task ReadRowsAsync_FormulaCell_GivesCachedValueWithoutEvaluating()
    {
        (XlsxSource? source, _) = await Open(TestFiles.Data(Alueittain));

        List<TabularRow> rows = await Rows(source!);

        // DK34 holds =SUM(DK31:DK33) with the cached result 228.7.
        TabularRow row34 = rows.Single(r => r.Line == 34);
        Assert.Equal("228.7", row34.Cells[114]);
        Assert.Equal("Metsää, ha", source!.Header[114]);
    }

    [Fact]
    public async Task ReadRowsAsync_WrittenWorkbook_FlagsFormulaLookingTextAndSkipsTitleRows()
    {
        string path = TestFiles.Scratch("formula-text.xlsx");
        File.Delete(path);
        List<Dictionary<string, object>> sheet =
        [
            new() { ["A"] = "area", ["B"] = "note", ["C"] = "value" },
            new() { ["A"] = "091", ["B"] = "=1+1", ["C"] = 1.5 },
            new() { ["A"] = "092", ["B"] = "@SUM(A1)", ["C"] = -2.5 },
            new() { ["A"] = "093", ["B"] = "plain", ["C"] = 3 },
        ];
        await MiniExcel.SaveAsAsync(path, sheet, printHeader: false, sheetName: "data", cancellationToken: TestContext.Current.CancellationToken);

        (XlsxSource? source, _) = await Open(path, new XlsxReadOptions { SheetName = "data" });
        List<TabularRow> rows = await Rows(source!);

        Assert.Equal(["area", "note", "value"], source!.Header);
        Assert.Equal([[1], [1], []], rows.Select(r => r.FormulaLikeCells.ToArray()));
        Assert.Equal(["1.5", "-2.5", "3"], rows.Select(r => r.Cells[2]));
    }

    [Fact]
    public async Task ReadRowsAsync_RowGapsAndTitleRow_KeepSheetRowNumbers()
    {
        string path = TestFiles.Scratch("gaps.xlsx");
        // Row 1: a title; row 3: the header; rows 4 and 7 hold data (5 and 6 are absent from the XML);
        // C7 is a formula with cached value 3, and B7 an inline string.
        MinimalWorkbook.Write(path,
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Title</t></is></c></row>" +
            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>area</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>name</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>value</t></is></c></row>" +
            "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>091</t></is></c><c r=\"C4\"><v>1.5</v></c></row>" +
            "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>092</t></is></c><c r=\"B7\" t=\"inlineStr\"><is><t>Vantaa</t></is></c><c r=\"C7\"><f>1+2</f><v>3</v></c></row>");

        (XlsxSource? source, ReadReport report) = await Open(path, new XlsxReadOptions { HeaderRow = 3 });
        List<TabularRow> rows = await Rows(source!);

        Assert.Equal(["area", "name", "value"], source!.Header);
        Assert.Equal([4, 7], rows.Select(r => r.Line));
        Assert.Equal(["091", "", "1.5"], rows[0].Cells);
        Assert.Equal(["092", "Vantaa", "3"], rows[1].Cells);
        Assert.Equal("Data!C7", rows[1].Position(2));
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task OpenAsync_DetectedHeader_IsFirstNonEmptyRow()
    {
        string path = TestFiles.Scratch("title-detect.xlsx");
        MinimalWorkbook.Write(path,
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>area</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>value</t></is></c></row>" +
            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>091</t></is></c><c r=\"B3\"><v>2</v></c><c r=\"D3\"><v>9</v></c></row>");

        (XlsxSource? source, ReadReport report) = await Open(path);
        List<TabularRow> rows = await Rows(source!);

        Assert.Equal(2, source!.HeaderRow);
        Assert.Equal(["091", "2"], Assert.Single(rows).Cells);
        // D3 lies right of the header (A–B): reported with its cell and dropped.
        ImportProblem warning = Assert.Single(report.Problems);
        Assert.Equal(("XLSX_CELL_OUTSIDE_HEADER", "Data!D3", "9"), (warning.Code, warning.Location, warning.Value));
    }

    [Fact]
    public async Task OpenAsync_HeaderOnlyWorkbook_Warns()
    {
        string path = TestFiles.Scratch("header-only.xlsx");
        File.Delete(path);
        await MiniExcel.SaveAsAsync(path, new[] { new Dictionary<string, object> { ["A"] = "area", ["B"] = "value" } }, printHeader: false, cancellationToken: TestContext.Current.CancellationToken);

        (XlsxSource? source, ReadReport report) = await Open(path);

        Assert.Empty(await Rows(source!));
        Assert.Equal("XLSX_HEADER_ONLY", Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task OpenAsync_UnknownSheet_ListsTheSheets()
    {
        (XlsxSource? source, ReadReport report) = await Open(TestFiles.Data(Alueittain), new XlsxReadOptions { SheetName = "Sheet1" });

        Assert.Null(source);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal("XLSX_NO_SUCH_SHEET", problem.Code);
        Assert.Contains("\"tblDataTiedot\"", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Random bytes after a ZIP signature.
    [InlineData("binary-garbage.csv")]
    // A CSV file given as a workbook.
    [InlineData("field-count.csv")]
    [InlineData("empty.csv")]
    public async Task OpenAsync_NotAWorkbook_ReportsInsteadOfThrowing(string name)
    {
        (XlsxSource? source, ReadReport report) = await Open(TestFiles.BadInput(name));

        Assert.Null(source);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Contains(problem.Code, (string[])["XLSX_INVALID", "XLSX_EMPTY"]);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
    }
}
