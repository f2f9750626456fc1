using System.Text;
using WelfareAtlas.Import.Cubes;
using WelfareAtlas.Import.Px;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.Tests.Px;

public sealed class PxReaderTests
{
    private const string Aluesarjat = "helsinki/aluesarjat_2010/";
    private const string Sweden = "px/statisticssweden-pxweb/";

    private static async Task<(Cube? Cube, ReadReport Report)> ReadFormat(string relative)
    {
        string path = TestFiles.Format(relative);
        ReadReport report = new(Path.GetFileName(path));
        Cube? cube = await PxReader.ReadAsync(path, report, TestContext.Current.CancellationToken);
        return (cube, report);
    }

    private static async Task<(Cube? Cube, ReadReport Report)> ReadData(string relative)
    {
        string path = TestFiles.Data(relative);
        ReadReport report = new(Path.GetFileName(path));
        Cube? cube = await PxReader.ReadAsync(path, report, TestContext.Current.CancellationToken);
        return (cube, report);
    }

    private static (Cube? Cube, ReadReport Report) ReadText(string text)
    {
        ReadReport report = new("inline.px");
        return (PxReader.Read(Encoding.UTF8.GetBytes(text), report), report);
    }

    [Fact]
    public async Task ReadAsync_AluesarjatIncome_GivesDimensionsCodesAndValues()
    {
        (Cube? cube, ReadReport report) = await ReadData(Aluesarjat + "A01HKIS_Vaestotulot.px");

        Assert.NotNull(cube);
        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Assert.Equal(["Alue", "Tuloluokka", "Vuosi"], cube.Dimensions.Select(d => d.Id));
        Assert.Equal([182, 3, 8], cube.Dimensions.Select(d => d.Categories.Count));
        Assert.Equal("fi", cube.Metadata.DefaultLanguage);
        Assert.Equal("henkilö ja euro", cube.Metadata.Units?.Default);
        // CHARSET="ANSI": Windows-1252 decoding must give the ä of "Länsisaaret".
        Assert.Equal("091 531 Länsisaaret", cube.Dimensions[0].Categories[14].Label.Default);
        Assert.Equal("091531", cube.Dimensions[0].Categories[14].Code);
        // The first DATA token: mean income (Tuloluokka 1) of the whole city in 2001.
        Assert.Equal(24265d, cube.Find("091", "1", "2001")?.Value);
        // Total income of the city in 2008: the last number of the third data row (11 digits, exact in a double).
        Assert.Equal(14564639774d, cube.Find("091", "all", "2008")?.Value);
        // Kamppi (osa-alue 40) mean income in 2005, located by hand in the file.
        Assert.Equal(30215d, cube.Find("09140", "1", "2005")?.Value);
    }

    [Fact]
    public async Task ReadAsync_AluesarjatIncome_KeepsDotCodesAsStatus()
    {
        (Cube? cube, _) = await ReadData(Aluesarjat + "A01HKIS_Vaestotulot.px");

        // Token 337 of DATA is the first ".." (Länsisaaret has too few residents for an income mean).
        CubeCell cell = cube!.CellAt(336);
        Assert.Equal(["091531", "1", "2001"], cell.Codes);
        Assert.Null(cell.Value);
        Assert.Equal("..", cell.Status);
        Assert.Equal(618, cube.Cells.Count(c => c.Status is "." or ".."));
    }

    [Fact]
    public async Task ReadAsync_AluesarjatPopulationBySexAge_ReadsLargestFile()
    {
        (Cube? cube, ReadReport report) = await ReadData(Aluesarjat + "A01S_HKI_Vakiluku.px");

        Assert.NotNull(cube);
        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Assert.Equal(767_676, cube.CellCount);
        Assert.Equal("Äidinkieli", cube.Dimensions[1].Id);
        // Viikinranta (091 361), all languages, women, aged 25, on 1.1.2010: verified by indexing the file with a script.
        Assert.Equal(73d, cube.Find("091361", "all", "2", "25V", "2010")?.Value);
    }

    [Theory]
    [InlineData("A02S_HKI_Vakiluku1962.px", 182 * 14 * 49)]
    [InlineData("A01S_HKI_Rakennuskanta.px", 182 * 16 * 2 * 12 * 7)]
    [InlineData("A01S_HKI_Vaesto_koulutusaste.px", 182 * 5 * 6 * 3 * 10)]
    public async Task ReadAsync_OtherAluesarjatFiles_ReadWithoutErrors(string name, int cells)
    {
        (Cube? cube, ReadReport report) = await ReadData(Aluesarjat + name);

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Assert.Equal(cells, cube!.CellCount);
    }

    [Fact]
    public async Task ReadAsync_Vakiluku1962_FirstCellIsCityTotal1962()
    {
        (Cube? cube, _) = await ReadData(Aluesarjat + "A02S_HKI_Vakiluku1962.px");

        // First DATA value: Helsinki, all ages, 1 Jan 1962.
        Assert.Equal(467371d, cube!.Find("091", "all", "1962")?.Value);
    }

    [Fact]
    public async Task ReadAsync_KeysFile_GivesSameCellsAsDenseTwin()
    {
        (Cube? dense, ReadReport denseReport) = await ReadFormat(Sweden + "BE101ACE.px");
        (Cube? keyed, ReadReport keyedReport) = await ReadFormat(Sweden + "BE101ACEkeys.px");

        Assert.False(denseReport.HasErrors, string.Join('\n', denseReport.Problems));
        Assert.False(keyedReport.HasErrors, string.Join('\n', keyedReport.Problems));
        Assert.Equal(dense!.CellCount, keyed!.CellCount);
        Assert.Equal(dense.Cells.Select(c => (string.Join('|', c.Codes), c.Value, c.Status)), keyed.Cells.Select(c => (string.Join('|', c.Codes), c.Value, c.Status)));
        // One of the six rows the KEYS file leaves out: it must read as zeros, as in the dense file.
        Assert.Equal(0d, keyed.Find("MA", "-4", "1968", "1")?.Value);
        Assert.Equal(306443d, keyed.Find("SI", "-4", "1968", "1")?.Value);
    }

    [Fact]
    public async Task ReadAsync_DenseTwinWithTrailingEmptyCode_UsesValueTextAsCode()
    {
        (Cube? cube, ReadReport report) = await ReadFormat(Sweden + "BE101ACE.px");

        // CODES("sex")="1","2",; has no third code: "total" falls back to its value text.
        Assert.Equal(["1", "2", "total"], cube!.Dimensions[3].Categories.Select(c => c.Code));
        Assert.Contains(report.Problems, p => p.Code == "PX_CODES_COUNT" && p.Line is not null);
        Assert.Equal(DimensionRole.Time, cube.Dimensions[2].Role);
        Assert.Equal("A1", cube.Dimensions[2].TimeScale);
    }

    [Fact]
    public async Task ReadAsync_AllKeywords_ReadsDotCodesWithDeclaredMeanings()
    {
        (Cube? cube, ReadReport report) = await ReadFormat(Sweden + "BE0101F1allKeywords.px");

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        HashSet<string?> statuses = [.. cube!.Cells.Select(c => c.Status).Where(s => s is not null)];
        Assert.Superset(new HashSet<string?> { "-", ".", "..", "...", "....", ".....", "......" }, statuses);
        Assert.All(cube.Cells.Where(c => c.Status is not null), c => Assert.Null(c.Value));
        Assert.NotEqual("DATASYMBOL1", cube.Metadata.StatusMeanings["."]);
    }

    [Fact]
    public async Task ReadAsync_AllKeywords_ReadsRolesEliminationAndContentUnits()
    {
        (Cube? cube, _) = await ReadFormat(Sweden + "BE0101F1allKeywords.px");

        CubeDimension region = cube!.Dimensions[0];
        // MAP("var1stub") marks a geographic variable; ELIMINATION names the value text "var1val1", whose code is "11".
        Assert.Equal((DimensionRole.Geo, true, "11"), (region.Role, region.CanEliminate, region.EliminationCode));
        CubeDimension content = cube.Dimensions.Single(d => d.Id == "var4head");
        Assert.Equal(DimensionRole.Metric, content.Role);
        Assert.Equal(["number", "number"], content.Categories.Select(c => c.Unit?.Label));
        // ELIMINATION("var5head")=YES: may be summed over, no total value.
        CubeDimension summable = cube.Dimensions.Single(d => d.Id == "var5head");
        Assert.Equal((true, null), (summable.CanEliminate, summable.EliminationCode));
    }

    [Fact]
    public async Task ReadAsync_EliminationByTotalValue_GivesTotalCode()
    {
        (Cube? cube, _) = await ReadFormat(Sweden + "BE0101A1elimtot.px");

        CubeDimension sex = cube!.Dimensions.Single(d => d.Id == "sex");
        Assert.Equal("total", sex.EliminationCode);
    }

    [Fact]
    public async Task ReadAsync_StatisticsFinlandMonthly_ReadsContentUnitsLanguagesAndDots()
    {
        (Cube? cube, ReadReport report) = await ReadFormat("px/pxtools-pcaxis-serializers/Issue220Finland.px");

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Assert.Equal(["fi", "sv", "en"], cube!.Metadata.Languages);
        CubeDimension content = cube.Dimensions.Single(d => d.Id == "Tiedot");
        Assert.Equal(DimensionRole.Metric, content.Role);
        Assert.All(content.Categories, c => Assert.Equal("%", c.Unit?.Label));
        // ISO-8859-15 decoding: the Swedish name of the stub variable is "Månad".
        Assert.Equal(("Kuukausi", "Månad", "Month"), (cube.Dimensions[0].Label.In("fi"), cube.Dimensions[0].Label.In("sv"), cube.Dimensions[0].Label.In("en")));
        // Counted with a script over the DATA tokens; px/SOURCES.md says 283 "." cells, which does not match the file.
        Assert.Equal(29_767, cube.Cells.Count(c => c.Status == "."));
    }

    [Fact]
    public async Task ReadAsync_PrecisionForOneValue_SetsCategoryPrecision()
    {
        (Cube? cube, _) = await ReadFormat("px/icane-pyaxis/27067.px");

        // PRECISION("Índice y tasas","Índice")=3 on a table with DECIMALS=1 (ISO-8859-15 text).
        CubeDimension indices = cube!.Dimensions.Single(d => d.Id == "Índice y tasas");
        Assert.Equal([3, null, null, null], indices.Categories.Select(c => c.Precision));
        Assert.Equal(1, cube.Metadata.Decimals);
    }

    [Fact]
    public async Task ReadAsync_Hierarchies_GivesChildrenByCode()
    {
        (Cube? cube, ReadReport report) = await ReadFormat(Sweden + "PR0101B3hier2lang.px");

        // HIERARCHIES("Product group")="tot","tot":"01","01":"01.1",… names values by code.
        CubeDimension products = cube!.Dimensions.Single(d => d.Id == "Product group");
        Assert.Contains("01", products.Categories[products.IndexOf("tot")].Children);
        Assert.Contains("01.1.1", products.Categories[products.IndexOf("01.1")].Children);
        Assert.DoesNotContain(report.Problems, p => p.Code == "PX_HIERARCHY_VALUE");
    }

    [Fact]
    public async Task ReadAsync_ThreeLanguages_GivesLabelsPerLanguage()
    {
        (Cube? cube, ReadReport report) = await ReadFormat(Sweden + "BE0101F1langensvfiolikacelln.px");

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Assert.Equal(["en", "sv", "fi"], cube!.Metadata.Languages);
        CubeDimension first = cube.Dimensions[0];
        Assert.Equal(3, first.Label.Translations.Count);
        Assert.NotEqual(first.Label.In("en"), first.Label.In("fi"));
        Assert.NotEqual(cube.Metadata.Title.In("en"), cube.Metadata.Title.In("sv"));
    }

    [Fact]
    public async Task ReadAsync_MislabelledUtf8_ReadsAsUtf8AndWarns()
    {
        (Cube? cube, ReadReport report) = await ReadFormat("px/pxtools-pxwebapi/tab4_fewcells.px");

        Assert.NotNull(cube);
        ImportProblem warning = Assert.Single(report.Problems, p => p.Code == "PX_ENCODING_MISMATCH");
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        // Swedish labels decode correctly only when the UTF-8 bytes are read as UTF-8.
        Assert.Contains(cube.Dimensions.SelectMany(d => d.Categories).SelectMany(c => c.Label.Translations.Values), t => t.StartsWith("LÖSNINGSMEDEL OCH ÖVRIG", StringComparison.Ordinal));
        Assert.DoesNotContain(cube.Dimensions.SelectMany(d => d.Categories).SelectMany(c => c.Label.Translations.Values), t => t.Contains('Ã', StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_Windows1252ThreeLanguages_DecodesAndReadsEliminations()
    {
        (Cube? cube, ReadReport report) = await ReadFormat("px/statisticsgreenland-pxmake/BEXSTA_windows_1252.px");

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Assert.Equal(1937, cube!.Cells.Count(c => c.Status == "-"));
        Assert.Contains(cube.Dimensions, d => d.CanEliminate);
    }

    [Fact]
    public async Task ReadAsync_DamagedUtf8_WarnsAboutReplacementCharacters()
    {
        (Cube? cube, ReadReport report) = await ReadFormat("px/pxtools-pcaxis-serializers/WierdTimeWithOneValue.px");

        Assert.NotNull(cube);
        ImportProblem warning = Assert.Single(report.Problems, p => p.Code == "PX_REPLACEMENT_CHARACTER");
        Assert.Contains("30", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(warning.Line);
    }

    [Theory]
    // Each well-formed fixture must give a cube without errors.
    [InlineData("px/statisticssweden-pxweb/BE0101F1nildotnosymbol.px")]
    [InlineData("px/statisticssweden-pxweb/BE0101F1symbnotkeys.px")]
    [InlineData("px/statisticssweden-pxweb/BE0101A1elimtot.px")]
    [InlineData("px/statisticssweden-pxweb/PR0101B3hier2lang.px")]
    [InlineData("px/statisticssweden-pxweb/officialstatistics.px")]
    [InlineData("px/statisticssweden-pxweb/malformed/BE0101F1error_template.px")]
    [InlineData("px/pxtools-pxwebapi/TAB004.px")]
    [InlineData("px/pxtools-pcaxis-serializers/Issue220Finland.px")]
    [InlineData("px/pxtools-pcaxis-serializers/WeeklyStatisticsWithTwoContent.px")]
    [InlineData("px/pxtools-pcaxis-serializers/HalfYearStatistics.px")]
    [InlineData("px/statisticsgreenland-pxmake/SOXATI4.px")]
    [InlineData("px/statisticsgreenland-pxmake/TIMEVAL_short.px")]
    [InlineData("px/statisticsgreenland-pxmake/semicolon_in_values.px")]
    [InlineData("px/icane-pyaxis/px-x-0602000000_107.px")]
    [InlineData("px/icane-pyaxis/27067.px")]
    public async Task ReadAsync_WellFormedFixture_GivesCubeWithoutErrors(string relative)
    {
        (Cube? cube, ReadReport report) = await ReadFormat(relative);

        Assert.False(report.HasErrors, string.Join('\n', report.Problems));
        Assert.NotNull(cube);
        Assert.True(cube.CellCount > 0);
    }

    [Fact]
    public async Task ReadAsync_TableWith1103MissingCells_CountsThem()
    {
        (Cube? cube, _) = await ReadFormat("px/pxtools-pxwebapi/TAB004.px");

        // SOURCES.md: 14 × 11 × 1 × 28 cells, of which 1 103 are "..".
        Assert.Equal(14 * 11 * 28, cube!.CellCount);
        Assert.Equal(1103, cube.Cells.Count(c => c.Status == ".."));
    }

    [Fact]
    public async Task ReadAsync_SemicolonInsideQuotedValue_KeepsItInTheValue()
    {
        (Cube? cube, _) = await ReadFormat("px/statisticsgreenland-pxmake/semicolon_in_values.px");

        Assert.Contains(cube!.Dimensions.SelectMany(d => d.Categories), c => c.Label.Default == "Public administration; defence");
    }

    [Fact]
    public async Task ReadAsync_OddUsageFragment_HasNoSyntaxErrorOnlyNoData()
    {
        (Cube? cube, ReadReport report) = await ReadFormat("px/pxtools-pxbuild/ok_odd_usage.px");

        // Quoted language subkey, unknown keywords and a range inside TLIST( ) all parse; the fragment just has no table.
        Assert.Null(cube);
        Assert.DoesNotContain(report.Problems, p => p.Code.StartsWith("PX_SYNTAX", StringComparison.Ordinal) || p.Code == "PX_SUBKEY");
        Assert.Contains(report.Problems, p => p.Code == "PX_NO_DATA");
    }

    [Theory]
    // Stray quote inside the CODES list: "0"0","01",… on line 24.
    [InlineData("malformed/BE0101F1errorCodes.px", "PX_SYNTAX", 24)]
    // VALUES("regionx") leaves "region" without values.
    [InlineData("malformed/BE0101F1errorVarValue.px", "PX_NO_VALUES", null)]
    // The VALUES("age") line is missing.
    [InlineData("malformed/BE0101F1errormissingValues.px", "PX_NO_VALUES", null)]
    // No DATA section at all.
    [InlineData("malformed/BE0101F1missingData.px", "PX_NO_DATA", null)]
    public async Task ReadAsync_FatalMalformedFile_GivesNoCubeAndSpecificError(string name, string code, int? line)
    {
        (Cube? cube, ReadReport report) = await ReadFormat(Sweden + name);

        Assert.Null(cube);
        ImportProblem problem = Assert.Single(report.Problems, p => p.Code == code && p.Severity == ProblemSeverity.Error);
        Assert.Equal(Path.GetFileName(name), problem.File);
        if (line is not null)
        {
            Assert.Equal(line, problem.Line);
            Assert.NotNull(problem.Column);
        }
    }

    [Fact]
    public async Task ReadAsync_VariableValueForUnknownVariable_AlsoWarnsWithLine()
    {
        (_, ReadReport report) = await ReadFormat(Sweden + "malformed/BE0101F1errorVarValue.px");

        ImportProblem warning = Assert.Single(report.Problems, p => p.Code == "PX_UNKNOWN_VARIABLE" && p.Value == "regionx");
        Assert.NotNull(warning.Line);
    }

    [Fact]
    public async Task ReadAsync_TimevalDisagreesWithValues_WarnsAndStillReads()
    {
        (Cube? cube, ReadReport report) = await ReadFormat(Sweden + "malformed/BE0101F1errorTimeval.px");

        Assert.NotNull(cube);
        Assert.False(report.HasErrors);
        ImportProblem warning = Assert.Single(report.Problems, p => p.Code == "PX_TIMEVAL_MISMATCH");
        Assert.NotNull(warning.Line);
    }

    [Theory]
    [InlineData("px/icane-pyaxis/px-x-0602000000_107.px")]
    [InlineData("px/pxtools-pcaxis-serializers/Issue220Finland.px")]
    [InlineData("px/pxtools-pcaxis-serializers/HalfYearStatistics.px")]
    [InlineData(Sweden + "PR0101B3hier2lang.px")]
    public async Task ReadAsync_TimevalInTheTlistFormat_AsManyAsValues_IsNoMismatch(string relative)
    {
        // TIMEVAL writes 2004Q1 as "20041"; VALUES and CODES spell it their own way.
        (Cube? cube, ReadReport report) = await ReadFormat(relative);

        Assert.NotNull(cube);
        Assert.DoesNotContain(report.Problems, p => p.Code == "PX_TIMEVAL_MISMATCH");
    }

    [Fact]
    public async Task ReadAsync_UnknownLanguageSubkey_WarnsAndStillReads()
    {
        (Cube? cube, ReadReport report) = await ReadFormat(Sweden + "malformed/BE0101F1langensvfiolikacelln2error.px");

        Assert.NotNull(cube);
        ImportProblem warning = Assert.Single(report.Problems, p => p.Code == "PX_UNKNOWN_LANGUAGE");
        Assert.Equal("fix", warning.Value);
        Assert.NotNull(warning.Line);
    }

    [Fact]
    public async Task ReadAsync_PeriodInsteadOfComma_ReportsPositionOfThePeriod()
    {
        (Cube? cube, ReadReport report) = await ReadFormat("px/pxtools-pxbuild/malformed/BadValueType8.px");

        Assert.Null(cube);
        ImportProblem problem = Assert.Single(report.Problems, p => p.Code == "PX_SYNTAX");
        // LANGUAGES="sv"."fi"; : the '.' is character 15 of line 1.
        Assert.Equal((1, 15), (problem.Line, problem.Column));
    }

    [Fact]
    public async Task ReadAsync_UnquotedSubkey_ReportsSubkeyError()
    {
        (Cube? cube, ReadReport report) = await ReadFormat("px/pxtools-pxbuild/malformed/QuoteUnquote1.px");

        Assert.Null(cube);
        ImportProblem problem = Assert.Single(report.Problems, p => p.Code == "PX_SUBKEY");
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Read_WrongNumberOfDataValues_ReportsCountAndLine()
    {
        (Cube? cube, ReadReport report) = ReadText("STUB=\"a\";\nHEADING=\"b\";\nVALUES(\"a\")=\"x\",\"y\";\nVALUES(\"b\")=\"1\",\"2\";\nDATA=\n1 2\n3;\n");

        Assert.Null(cube);
        ImportProblem problem = Assert.Single(report.Problems, p => p.Code == "PX_DATA_COUNT");
        Assert.Contains("after 3 values", problem.Message, StringComparison.Ordinal);
        Assert.Equal(7, problem.Line);
    }

    [Fact]
    public void Read_BadNumberInData_ReportsEveryBadCellAndKeepsTheRest()
    {
        (Cube? cube, ReadReport report) = ReadText("STUB=\"a\";\nVALUES(\"a\")=\"x\",\"y\",\"z\",\"w\";\nDATA=\n1 2.5\n\"..\" abc;\n");

        Assert.NotNull(cube);
        // "abc" is on line 5, column 6; the other three cells stand.
        ImportProblem problem = Assert.Single(report.Problems, p => p.Code == "PX_BAD_NUMBER");
        Assert.Equal((5, 6, "abc"), (problem.Line, problem.Column, problem.Value));
        Assert.Equal([1d, 2.5d, null, null], cube.Cells.Select(c => c.Value));
        Assert.Equal([null, null, "..", null], cube.Cells.Select(c => c.Status));
    }

    [Fact]
    public void Read_KeysByCodesWithUnknownKey_ReportsTheRowAndKeepsTheOthers()
    {
        // Two stub rows keyed by CODES; the third row names code "9", which "area" does not have; "y" is left out (zeros).
        (Cube? cube, ReadReport report) = ReadText(
            "STUB=\"area\";\nHEADING=\"year\";\nVALUES(\"area\")=\"Helsinki\",\"Vantaa\",\"Espoo\";\nCODES(\"area\")=\"091\",\"092\",\"049\";\n" +
            "VALUES(\"year\")=\"2022\",\"2023\";\nKEYS(\"area\")=CODES;\nDATA=\n\"091\",1,2\n\"049\",5,\"..\"\n\"9\",7,8;\n");

        Assert.NotNull(cube);
        Assert.Equal([1d, 2d, 0d, 0d, 5d, null], cube.Cells.Select(c => c.Value));
        Assert.Equal("..", cube.Find("049", "2023")?.Status);
        ImportProblem problem = Assert.Single(report.Problems, p => p.Code == "PX_KEYS_UNKNOWN");
        Assert.Equal((10, 1, "9"), (problem.Line, problem.Column, problem.Value));
    }

    [Fact]
    public void Read_DataNoteCell_GivesTheAddressedCellsTheSymbolAsStatus()
    {
        // Notes by value text (Vantaa, 2023), by "*" (every year of Espoo), by code (091) and one naming an unknown
        // value; the Swedish translation addresses the same cell and is not read again. A missing cell keeps its dot code.
        (Cube? cube, ReadReport report) = ReadText(
            "LANGUAGE=\"fi\";\nLANGUAGES=\"fi\",\"sv\";\nSTUB=\"alue\";\nSTUB[sv]=\"område\";\nHEADING=\"vuosi\";\nHEADING[sv]=\"år\";\n" +
            "VALUES(\"alue\")=\"Helsinki\",\"Vantaa\",\"Espoo\";\nVALUES[sv](\"område\")=\"Helsingfors\",\"Vanda\",\"Esbo\";\n" +
            "VALUES(\"vuosi\")=\"2022\",\"2023\";\nVALUES[sv](\"år\")=\"2022\",\"2023\";\nCODES(\"alue\")=\"091\",\"092\",\"049\";\n" +
            "DATANOTECELL(\"Vantaa\",\"2023\")=\"u\";\nDATANOTECELL[sv](\"Vanda\",\"2023\")=\"u\";\nDATANOTECELL(\"Espoo\",\"*\")=\"u\";\n" +
            "DATANOTECELL(\"091\",\"2022\")=\"e\";\nDATANOTECELL(\"Turku\",\"2022\")=\"u\";\n" +
            "DATA=\n1 2\n3 4\n5 \"..\";\n");

        Assert.NotNull(cube);
        Assert.Equal([1d, 2d, 3d, 4d, 5d, null], cube.Cells.Select(c => c.Value));
        Assert.Equal(["e", null, null, "u", "u", ".."], cube.Cells.Select(c => c.Status));
        ImportProblem unknown = Assert.Single(report.Problems, p => p.Code.StartsWith("PX_CELLNOTE", StringComparison.Ordinal));
        Assert.Equal(("PX_CELLNOTE_UNKNOWN_VALUE", "Turku", 16), (unknown.Code, unknown.Value, unknown.Line));
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void Read_DataNoteCellWithTooFewSubkeys_WarnsAndIgnoresIt()
    {
        (Cube? cube, ReadReport report) = ReadText("STUB=\"a\";\nHEADING=\"b\";\nVALUES(\"a\")=\"x\";\nVALUES(\"b\")=\"y\";\nDATANOTECELL(\"x\")=\"u\";\nDATA=\n1;\n");

        Assert.Null(Assert.Single(cube!.Cells).Status);
        Assert.Equal(5, Assert.Single(report.Problems, p => p.Code.StartsWith("PX_CELLNOTE", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void Read_EmptyInput_ReportsEmpty()
    {
        (Cube? cube, ReadReport report) = ReadText(string.Empty);

        Assert.Null(cube);
        Assert.Equal("PX_EMPTY", Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void Read_BinaryGarbage_ReportsBinary()
    {
        ReadReport report = new("garbage.px");
        byte[] garbage = [.. Enumerable.Range(0, 512).Select(i => (byte)((i * 37) % 256))];

        Cube? cube = PxReader.Read(garbage, report);

        Assert.Null(cube);
        Assert.Equal("PX_BINARY", Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void Read_FileCutInsideDataRow_ReportsCountAndUnterminated()
    {
        (Cube? cube, ReadReport report) = ReadText("STUB=\"a\";\nVALUES(\"a\")=\"x\",\"y\",\"z\";\nDATA=\n1 2");

        Assert.Null(cube);
        Assert.Contains(report.Problems, p => p.Code == "PX_DATA_COUNT" && p.Line == 4);
    }

    [Theory]
    [InlineData("iso-8859-15", 0xA4, "€")] // Latin-9, Statistics Finland's PX files: 0xA4 is the euro sign
    [InlineData("Windows-1252", 0x80, "€")] // as Statistics Greenland's BEXSTA_windows_1252.px spells it
    [InlineData("iso-8859-1", 0xA4, "¤")] // Latin-1 has no euro sign; 0xA4 is the currency sign there
    public void Read_DeclaredSingleByteCodePage_DecodesByIt(string codePage, byte sign, string expected)
    {
        // Built from bytes, not with an Encoding of the code page: getting one would register the code pages for the
        // whole test process, which is what the reader has to do itself.
        byte[] bytes = [.. Encoding.ASCII.GetBytes($"CODEPAGE=\"{codePage}\";\nUNITS=\"#\";\nSTUB=\"Tiedot\";\nVALUES(\"Tiedot\")=\"Tulot #/asukas\",\"Osuus\";\nDATA=\n1 2;\n")
            .Select(b => b == (byte)'#' ? sign : b)];
        ReadReport report = new("codepage.px");

        Cube? cube = PxReader.Read(bytes, report);

        Assert.NotNull(cube);
        Assert.DoesNotContain(report.Problems, p => p.Code is "PX_UNKNOWN_CODEPAGE" or "PX_ENCODING_MISMATCH");
        Assert.Equal(expected, cube.Metadata.Units?.Default);
        Assert.Equal($"Tulot {expected}/asukas", cube.Dimensions[0].Categories[0].Label.Default);
    }

    [Theory]
    [InlineData("px/pxtools-pcaxis-serializers/Issue220Finland.px")] // CODEPAGE="iso-8859-15"
    [InlineData("px/icane-pyaxis/27067.px")] // CODEPAGE="iso-8859-15"
    [InlineData("px/icane-pyaxis/px-x-0602000000_107.px")] // CODEPAGE="iso-8859-15"
    [InlineData("px/statisticsgreenland-pxmake/BEXSTA_windows_1252.px")] // CODEPAGE="Windows-1252"
    public async Task ReadAsync_ReferenceFileWithSingleByteCodePage_ReadsItWithoutAnEncodingWarning(string relative)
    {
        (Cube? cube, ReadReport report) = await ReadFormat(relative);

        Assert.NotNull(cube);
        Assert.DoesNotContain(report.Problems, p => p.Code is "PX_UNKNOWN_CODEPAGE" or "PX_ENCODING_MISMATCH" or "PX_REPLACEMENT_CHARACTER");
    }
}
