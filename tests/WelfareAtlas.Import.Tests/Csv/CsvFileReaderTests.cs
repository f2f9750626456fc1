using System.Text;
using WelfareAtlas.Import.Csv;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Import.Text;

namespace WelfareAtlas.Import.Tests.Csv;

public sealed class CsvFileReaderTests
{
    private static async Task<(CsvSource? Source, ReadReport Report)> Open(string path, CsvReadOptions? options = null)
    {
        ReadReport report = new(Path.GetFileName(path));
        CsvSource? source = await CsvFileReader.OpenAsync(path, options ?? CsvReadOptions.Detect, report, TestContext.Current.CancellationToken);
        return (source, report);
    }

    private static async Task<List<TabularRow>> Rows(CsvSource source)
    {
        List<TabularRow> rows = [];
        await foreach (TabularRow row in source.ReadRowsAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static string BadInput(string name) => TestFiles.BadInput(name);

    [Fact]
    public async Task OpenAsync_Paavo2023_DetectsLatin1CommaAndHeaderAfterTitle()
    {
        (CsvSource? source, ReadReport report) = await Open(TestFiles.Data("paavo/paavo_12f7_helsinki_2023_latin1.csv"));

        Assert.NotNull(source);
        Assert.Empty(report.Problems);
        Assert.Equal("windows-1252", source.Encoding.Name);
        Assert.Equal(',', source.Delimiter);
        // Line 1 is the table title, line 2 is blank.
        Assert.Equal(3, source.HeaderLine);
        Assert.Equal(["Postal code area", "Information", "2023"], source.Header);
    }

    [Fact]
    public async Task ReadRowsAsync_Paavo2023_GivesInhabitantsOf00100AndCityTotal()
    {
        (CsvSource? source, ReadReport report) = await Open(TestFiles.Data("paavo/paavo_12f7_helsinki_2023_latin1.csv"));

        List<TabularRow> rows = await Rows(source!);

        Assert.Equal(84 * 107, rows.Count);
        TabularRow row = rows.Single(r => r.Cells[0].StartsWith("00100", StringComparison.Ordinal) && r.Cells[1] == "Inhabitants, total (HE)");
        Assert.Equal("00100  Helsinki keskusta - Etu-Töölö (Helsinki)", row.Cells[0]);
        Assert.Equal(7, row.Line);
        Assert.Equal(18462d, TabularNumbers.ParseCell(row, 2, source!.DecimalSeparator, report));
        // SOURCES.md: Helsinki total of "Inhabitants, total (HE)" in 2023 is 663 237.
        double total = rows.Where(r => r.Cells[1] == "Inhabitants, total (HE)").Sum(r => TabularNumbers.ParseCell(r, 2, source.DecimalSeparator, report) ?? 0);
        Assert.Equal(663_237d, total);
        Assert.False(report.HasErrors);
    }

    [Theory]
    // SOURCES.md gives each year's Helsinki total.
    [InlineData("paavo/paavo_12f7_helsinki_2020_latin1.csv", 645_935)]
    [InlineData("paavo/paavo_12f7_helsinki_2021_latin1.csv", 647_593)]
    [InlineData("paavo/paavo_12f7_helsinki_2022_latin1.csv", 652_681)]
    public async Task ReadRowsAsync_PaavoOtherYears_GivesPublishedCityTotals(string relative, int expected)
    {
        (CsvSource? source, ReadReport report) = await Open(TestFiles.Data(relative));

        List<TabularRow> rows = await Rows(source!);

        double total = rows.Where(r => r.Cells[1] == "Inhabitants, total (HE)").Sum(r => TabularNumbers.ParseCell(r, 2, source!.DecimalSeparator, report) ?? 0);
        Assert.Equal(expected, total);
    }

    [Fact]
    public async Task ReadRowsAsync_PaavoLongUtf8_ReadsAllRowsAndKeepsLeadingZeros()
    {
        (CsvSource? source, ReadReport report) = await Open(TestFiles.Data("paavo/paavo_helsinki_2020_2023_long.csv"));

        List<TabularRow> rows = await Rows(source!);

        Assert.Equal("utf-8", source!.Encoding.Name);
        Assert.Equal(1, source.HeaderLine);
        Assert.Equal(35_952, rows.Count);
        Assert.Equal("00100", rows[0].Cells[0]);
        Assert.Equal("Helsinki keskusta - Etu-Töölö", rows[0].Cells[1]);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public async Task ReadRowsAsync_SotkanetMunicipalities_GivesHelsinkiSocialAssistanceShare()
    {
        (CsvSource? source, ReadReport report) = await Open(TestFiles.Data("sotkanet/sotkanet_kunta_1990_2012_wide.csv"));

        List<TabularRow> rows = await Rows(source!);

        Assert.Equal((',', 1, DecimalSeparator.Point), (source!.Delimiter, source.HeaderLine, source.DecimalSeparator));
        Assert.Equal(7360, rows.Count);
        int column = source.ColumnIndex("[TILASTOLLINEN HYVINVOINTI] Toimeentulotukea saaneet henkilöt vuoden aikana, % asukkaista");
        Assert.Equal(16, column);
        TabularRow helsinki2011 = rows.Single(r => r.Cells[0] == "091" && r.Cells[4] == "2011");
        Assert.Equal(9.2, TabularNumbers.ParseCell(helsinki2011, column, source.DecimalSeparator, report));
        // 2012 is empty (NA in the source): missing, not an error.
        TabularRow helsinki2012 = rows.Single(r => r.Cells[0] == "091" && r.Cells[4] == "2012");
        Assert.Null(TabularNumbers.ParseCell(helsinki2012, column, source.DecimalSeparator, report));
        Assert.False(report.HasErrors);
    }

    [Theory]
    [InlineData("sotkanet/sotkanet_maakunta_1990_2012_wide.csv", 437)]
    [InlineData("sotkanet/sotkanet_seutukunta_1990_2012_wide.csv", 1610)]
    [InlineData("sotkanet/sotkanet_columns.csv", 54)]
    // Hand-made list: 82 lines of 5 fields, two columns without a name; the ",,,," spacer lines are rows of empty cells.
    [InlineData("sotkanet/Sotkanet_valitut_indikaattorit_20130817.csv", 81)]
    public async Task ReadRowsAsync_OtherSotkanetFiles_ReadWithoutErrors(string relative, int rowCount)
    {
        (CsvSource? source, ReadReport report) = await Open(TestFiles.Data(relative));

        List<TabularRow> rows = await Rows(source!);

        Assert.Equal(rowCount, rows.Count);
        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
    }

    [Fact]
    public async Task OpenAsync_SemicolonDecimalComma_DetectsBoth()
    {
        string path = TestFiles.Scratch("semicolon-comma.csv");
        await File.WriteAllTextAsync(path, "alue;vuosi;arvo\n091;2023;12,5\n092;2023;-3,25\n049;2023;\"1 234,5\"\n", new UTF8Encoding(true), TestContext.Current.CancellationToken);

        (CsvSource? source, ReadReport report) = await Open(path);
        List<TabularRow> rows = await Rows(source!);

        Assert.Equal((';', DecimalSeparator.Comma, "BOM"), (source!.Delimiter, source.DecimalSeparator, source.Encoding.Reason));
        Assert.Equal("alue", source.Header[0]);
        Assert.Equal([12.5, -3.25, 1234.5], rows.Select(r => TabularNumbers.ParseCell(r, 2, source.DecimalSeparator, report)));
    }

    [Fact]
    public async Task OpenAsync_TabSeparatedWithDeclaredCulture_UsesCultureDecimal()
    {
        string path = TestFiles.Scratch("tabs.tsv");
        await File.WriteAllTextAsync(path, "a\tb\n1\t2,5\n", TestContext.Current.CancellationToken);

        (CsvSource? source, ReadReport report) = await Open(path, new CsvReadOptions { Culture = new System.Globalization.CultureInfo("fi-FI") });
        List<TabularRow> rows = await Rows(source!);

        Assert.Equal(('\t', DecimalSeparator.Comma), (source!.Delimiter, source.DecimalSeparator));
        Assert.Equal(2.5, TabularNumbers.ParseCell(rows[0], 1, source.DecimalSeparator, report));
    }

    [Fact]
    public async Task ReadRowsAsync_QuotedFieldsWithDelimitersQuotesAndNewlines_KeepsThem()
    {
        string path = TestFiles.Scratch("quoting.csv");
        await File.WriteAllTextAsync(path, "id,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\r\nlines\"\r\n4,last\r\n", TestContext.Current.CancellationToken);

        (CsvSource? source, _) = await Open(path);
        List<TabularRow> rows = await Rows(source!);

        Assert.Equal(["a, b", "say \"hi\"", "two\r\nlines", "last"], rows.Select(r => r.Cells[1]));
        // The row after the two-line field starts on line 6.
        Assert.Equal([2, 3, 4, 6], rows.Select(r => r.Line));
    }

    [Fact]
    public async Task OpenAsync_ExplicitHeaderLine_SkipsLeadingLines()
    {
        (CsvSource? source, _) = await Open(TestFiles.Data("paavo/paavo_12f7_helsinki_2023_latin1.csv"), new CsvReadOptions { HeaderLine = 3, Delimiter = ',', Encoding = TextEncodings.Windows1252 });

        Assert.Equal(("declared", 3), (source!.Encoding.Reason, source.HeaderLine));
        Assert.Equal("Information", source.Header[1]);
    }

    [Fact]
    public async Task ReadRowsAsync_NoHeader_NamesColumnsByNumberAndReadsFirstLine()
    {
        string path = TestFiles.Scratch("no-header.csv");
        await File.WriteAllTextAsync(path, "091;1,5\n092;2,5\n093\n", TestContext.Current.CancellationToken);

        (CsvSource? source, ReadReport report) = await Open(path, new CsvReadOptions { HeaderLine = 0, Delimiter = ';' });
        List<TabularRow> rows = await Rows(source!);

        Assert.Equal(["1", "2"], source!.Header);
        Assert.Equal([1, 2], rows.Select(r => r.Line));
        // Line 3 has one field where the table has two.
        Assert.Equal(3, Assert.Single(report.Problems, p => p.Code == "CSV_FIELD_COUNT").Line);
    }

    [Fact]
    public async Task OpenAsync_EmptyFile_ReportsEmpty()
    {
        (CsvSource? source, ReadReport report) = await Open(BadInput("empty.csv"));

        Assert.Null(source);
        Assert.Equal("CSV_EMPTY", Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task OpenAsync_HeaderOnly_WarnsAndYieldsNoRows()
    {
        (CsvSource? source, ReadReport report) = await Open(BadInput("header-only.csv"));

        Assert.Equal(["area", "year", "value"], source!.Header);
        Assert.Empty(await Rows(source));
        ImportProblem warning = Assert.Single(report.Problems);
        Assert.Equal(("CSV_HEADER_ONLY", 1), (warning.Code, warning.Line));
    }

    [Fact]
    public async Task OpenAsync_BinaryGarbage_ReportsBinaryAndNothingElse()
    {
        (CsvSource? source, ReadReport report) = await Open(BadInput("binary-garbage.csv"));

        Assert.Null(source);
        // Its random bytes hold well-formed UTF-8 pairs by chance: no CSV_MIXED_ENCODING before (or beside) CSV_BINARY.
        Assert.Equal("CSV_BINARY", Assert.Single(report.Problems).Code);
    }

    [Theory]
    [InlineData(1, 2_048)]
    [InlineData(2, 65_536)]
    [InlineData(3, 200_000)] // more than the first 64 KB: detection reads on for whole lines
    public async Task OpenAsync_RandomBytes_ReportsBinaryAndNothingElse(int seed, int length)
    {
        byte[] bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        string path = TestFiles.Scratch($"random-{seed}.csv");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        (CsvSource? source, ReadReport report) = await Open(path);

        Assert.Null(source);
        Assert.Equal("CSV_BINARY", Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task OpenAsync_WrongDeclaredDelimiter_ReportsTheLikelyOne()
    {
        (CsvSource? source, ReadReport report) = await Open(BadInput("wrong-delimiter.csv"), new CsvReadOptions { Delimiter = ';' });

        Assert.Null(source);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal("CSV_WRONG_DELIMITER", problem.Code);
        Assert.Contains("','", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    // A semicolon file with decimal commas read with a declared ',': the comma splits every data row in two.
    [InlineData("wrong-delimiter-decimal-comma.csv", ',', "','", "';'", 3)]
    // A tab file whose text column holds "; ": the declared ';' splits every data row in two.
    [InlineData("wrong-delimiter-tab.csv", ';', "';'", "tab", 4)]
    public async Task OpenAsync_DeclaredDelimiterSplitsTheRowsButNotTheHeader_ReportsWrongDelimiter(string file, char declared, string declaredText, string used, int columns)
    {
        (CsvSource? source, ReadReport report) = await Open(BadInput(file), new CsvReadOptions { Delimiter = declared });

        Assert.Null(source);
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal(("CSV_WRONG_DELIMITER", 1, declaredText), (problem.Code, problem.Line, problem.Value));
        Assert.Contains($"declares the delimiter {declaredText}, but the header line appears to use {used}: split at {used} it has {columns} columns (\"area\", \"year\", \"value\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"split at {declaredText} 1.", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Commas in every quoted name and decimal commas: ',' splits every line, but ';' is the file's.
    [InlineData("nimi;arvo\n\"Helsinki, keskusta\";1,5\n\"Espoo, Tapiola\";2,5\n\"Vantaa, Tikkurila\";3,5\n", ';', 2)]
    // Semicolons in every text cell of a tab file.
    [InlineData("area\tnote\n091\tcity; capital\n092\tcity; east\n", '\t', 2)]
    // ',' splits every line, the header too, into more fields than ';' does: as consistent, not more, so ';' stands.
    [InlineData("a, b, c;d\nx, y, z;1\nu, v, w;2\n", ';', 2)]
    public async Task OpenAsync_DeclaredDelimiterWithOtherDelimitersInText_OpensAsDeclared(string content, char declared, int columns)
    {
        string path = TestFiles.Scratch("declared-right.csv");
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);

        (CsvSource? source, ReadReport report) = await Open(path, new CsvReadOptions { Delimiter = declared });

        Assert.NotNull(source);
        Assert.Empty(report.Problems);
        Assert.Equal((declared, columns), (source.Delimiter, source.Header.Count));
    }

    [Fact]
    public async Task OpenAsync_MixedEncodings_WarnsWhenDetected()
    {
        (CsvSource? source, ReadReport report) = await Open(BadInput("mixed-encodings.csv"));

        Assert.Equal("windows-1252", source!.Encoding.Name);
        Assert.Contains(report.Problems, p => p.Code == "CSV_MIXED_ENCODING");
    }

    [Fact]
    public async Task ReadRowsAsync_MixedEncodingsDeclaredUtf8_ReportsTheBadRowAndField()
    {
        (CsvSource? source, ReadReport report) = await Open(BadInput("mixed-encodings.csv"), new CsvReadOptions { Encoding = TextEncodings.Utf8 });

        List<TabularRow> rows = await Rows(source!);

        Assert.Equal(5, rows.Count);
        Assert.Equal("Töölö", rows[3].Cells[1]);
        ImportProblem problem = Assert.Single(report.Problems, p => p.Code == "CSV_BAD_BYTES");
        Assert.Equal((6, 2), (problem.Line, problem.Column));
    }

    [Fact]
    public async Task ReadRowsAsync_FormulaLookingCells_AreFlaggedNotEvaluated()
    {
        (CsvSource? source, _) = await Open(BadInput("formula-cells.csv"));

        List<TabularRow> rows = await Rows(source!);

        Assert.Equal("=HYPERLINK(\"http://x\",\"click\")", rows[0].Cells[1]);
        Assert.Equal([[1], [1], [1], [1], []], rows.Select(r => r.FormulaLikeCells.ToArray()));
        // "-2,5" and "-3" are negative numbers, not formulas.
        Assert.DoesNotContain(2, rows[1].FormulaLikeCells);
    }

    [Fact]
    public async Task ReadRowsAsync_FileEndsMidRow_ReportsUnclosedQuoteWithLine()
    {
        (CsvSource? source, ReadReport report) = await Open(BadInput("ends-mid-row.csv"));

        List<TabularRow> rows = await Rows(source!);

        Assert.Single(rows);
        ImportProblem problem = Assert.Single(report.Problems, p => p.Code == "CSV_UNCLOSED_QUOTE");
        Assert.Equal((3, 4), (problem.Line, problem.Column));
    }

    [Fact]
    public async Task ReadRowsAsync_WrongFieldCounts_ReportsEveryBadRowAndReadsTheRest()
    {
        (CsvSource? source, ReadReport report) = await Open(BadInput("field-count.csv"));

        List<TabularRow> rows = await Rows(source!);

        Assert.Equal([2, 5], rows.Select(r => r.Line));
        Assert.Equal([3, 4], report.Problems.Where(p => p.Code == "CSV_FIELD_COUNT").Select(p => p.Line));
    }

    [Fact]
    public async Task ReadRowsAsync_OneMegabyteField_ReportsFieldTooLongAndGoesOn()
    {
        string path = TestFiles.Scratch("one-megabyte-field.csv");
        await File.WriteAllTextAsync(path, "id,text\n1,short\n2,\"" + new string('x', 1_048_576) + "\"\n3,after\n", TestContext.Current.CancellationToken);

        (CsvSource? source, ReadReport report) = await Open(path);
        List<TabularRow> rows = await Rows(source!);

        Assert.Equal(["short", "after"], rows.Select(r => r.Cells[1]));
        ImportProblem problem = Assert.Single(report.Problems, p => p.Code == "CSV_FIELD_TOO_LONG");
        Assert.Equal((3, 2), (problem.Line, problem.Column));
        Assert.True(problem.Value!.Length <= ImportProblem.MaxValueLength + 1);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadRowsAsync_OneMegabyteFieldInTheFirstOrALaterRow_DetectsTheSameAndReportsTheField(bool first)
    {
        // A semicolon file with decimal commas: detection has to see whole rows after the 1 MB one to find both.
        string big = "3;3,75;\"" + new string('x', 1_048_576) + "\"\n";
        string[] rows = ["1;1,5;short\n", "2;-2,25;\"quoted\"\n"];
        string path = TestFiles.Scratch($"one-megabyte-field-{(first ? "first" : "later")}.csv");
        await File.WriteAllTextAsync(path, "id;value;text\n" + (first ? big + string.Concat(rows) : string.Concat(rows) + big), TestContext.Current.CancellationToken);

        (CsvSource? source, ReadReport report) = await Open(path);
        List<TabularRow> read = await Rows(source!);

        Assert.Equal((';', DecimalSeparator.Comma, 1), (source!.Delimiter, source.DecimalSeparator, source.HeaderLine));
        Assert.Equal(["id", "value", "text"], source.Header);
        Assert.Equal([1.5, -2.25], read.Select(r => TabularNumbers.ParseCell(r, 1, source.DecimalSeparator, report)));
        ImportProblem problem = Assert.Single(report.Problems);
        Assert.Equal(("CSV_FIELD_TOO_LONG", first ? 2 : 4, 3), (problem.Code, problem.Line, problem.Column));
    }
}
