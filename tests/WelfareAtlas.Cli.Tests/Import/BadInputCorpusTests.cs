using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Import;

/// <summary>Every file of the reader-level bad-input corpus, imported: a clear report naming the file, and an unchanged store.</summary>
public sealed class BadInputCorpusTests : IAsyncLifetime
{
    private const string Mapping = """
        {
          "source": "corpus",
          "area": { "column": "area", "kind": "municipality" },
          "period": { "constant": "2023" },
          "indicator": { "constant": "population" },
          "values": [ { "numerator": "value" } ]
        }
        """;

    private ImportStore? store;

    private ImportStore Store => store!;

    public async ValueTask InitializeAsync() => store = await ImportStore.CreateAsync();

    public async ValueTask DisposeAsync() => await store!.DisposeAsync();

    [Theory]
    [InlineData("empty.csv", "CSV_EMPTY")]
    [InlineData("header-only.csv", "NO_OBSERVATIONS")]
    [InlineData("binary-garbage.csv", "CSV_BINARY")]
    [InlineData("mixed-encodings.csv", "CSV_MIXED_ENCODING")] // and its rows "x" and "y" are not area codes (BAD_AREA)
    [InlineData("formula-cells.csv", "UNKNOWN_AREA")]
    [InlineData("ends-mid-row.csv", "CSV_UNCLOSED_QUOTE")]
    [InlineData("field-count.csv", "CSV_FIELD_COUNT")]
    public async Task Import_BadInputFile_ReportsTheProblemAndLeavesTheStoreUnchanged(string file, string code)
    {
        CliRun run = await ImportAsync(CorpusFile(file), Mapping);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"{file}", run.Error, StringComparison.Ordinal);
        Assert.Contains(code, run.Error, StringComparison.Ordinal);
        await AssertNothingWrittenAsync(run);
    }

    [Fact]
    public async Task Import_BinaryGarbage_ReportsBinaryAlone()
    {
        CliRun run = await ImportAsync(CorpusFile("binary-garbage.csv"), Mapping);

        Assert.Contains("binary-garbage.csv: error CSV_BINARY:", run.Error, StringComparison.Ordinal);
        // Random bytes hold UTF-8-like pairs by chance; the file is binary, not a text of mixed encodings.
        Assert.DoesNotContain("CSV_MIXED_ENCODING", run.Error, StringComparison.Ordinal);
        await AssertNothingWrittenAsync(run);
    }

    [Theory]
    [InlineData("wrong-delimiter.csv", ";", "';'", "','")]
    [InlineData("wrong-delimiter-decimal-comma.csv", ",", "','", "';'")]
    [InlineData("wrong-delimiter-tab.csv", ";", "';'", "tab")]
    public async Task Import_DeclaredDelimiterTheFileDoesNotUse_ReportsWrongDelimiterNotMissingColumns(string file, string declared, string declaredText, string used)
    {
        string mapping = Mapping.Replace("\"source\": \"corpus\",", $"\"source\": \"corpus\", \"csv\": {{ \"delimiter\": \"{declared}\" }},", StringComparison.Ordinal);

        CliRun run = await ImportAsync(CorpusFile(file), mapping);

        Assert.Contains($"{file}:1: error CSV_WRONG_DELIMITER: The mapping declares the delimiter {declaredText}, but the header line appears to use {used}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SPEC_COLUMN_MISSING", run.Error, StringComparison.Ordinal);
        await AssertNothingWrittenAsync(run);
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 4)]
    public async Task Import_OneMegabyteFieldInTheFirstOrALaterRow_ReportsTheFieldTheSameWay(bool first, int line)
    {
        // A ';' file with decimal commas: the delimiter and the decimal separator are detected from the rows around the field.
        string big = "049;\"" + new string('x', 1_048_576) + "\"\n";
        string rows = "091;12,0\n092;7,0\n";
        string file = Path.Combine(Store.Scratch, $"one-megabyte-field-{(first ? "first" : "later")}.csv");
        await File.WriteAllTextAsync(file, "area;value\n" + (first ? big + rows : rows + big), TestContext.Current.CancellationToken);

        CliRun run = await ImportAsync(file, Mapping);

        Assert.Equal(ExitCodes.ImportRejected, run.ExitCode);
        Assert.Contains($"{Path.GetFileName(file)}:{line}:2: error CSV_FIELD_TOO_LONG:", run.Error, StringComparison.Ordinal);
        Assert.Contains("rejected: 2 rows read, 2 valid, 1 rejected", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CSV_HEADER_ONLY", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CELL_NOT_NUMBER", run.Error, StringComparison.Ordinal);
        await AssertNothingWrittenAsync(run);
    }

    private static string CorpusFile(string name) => Path.Combine(RepositoryFiles.Root, "tests", "WelfareAtlas.Import.Tests", "TestData", "bad-input", name);

    private async Task<CliRun> ImportAsync(string file, string mapping)
    {
        string spec = Path.Combine(Store.Scratch, "corpus.json");
        await File.WriteAllTextAsync(spec, mapping, TestContext.Current.CancellationToken);
        return await Store.AtlasAsync("import", file, "--mapping", spec);
    }

    private async Task AssertNothingWrittenAsync(CliRun run)
    {
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("nothing written", run.Error, StringComparison.Ordinal);
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM import_batches"));
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations"));
    }
}
