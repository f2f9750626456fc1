using System.Text;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Import;

/// <summary>
/// The demo generator's shape of file (Finnish CSV: ';', decimal comma, Windows-1252, sub-districts by kokotunnus,
/// months, sex N/M, age bands and a free topic column, numerator and denominator) and every validation rule.
/// </summary>
public sealed class ImportValidationTests : IAsyncLifetime
{
    private const string Mapping = """
        {
          "source": "demo-chat",
          "csv": { "delimiter": ";", "decimalSeparator": "comma" },
          "area": { "column": "alue", "kind": "kokotunnus" },
          "period": { "column": "kuukausi" },
          "indicator": { "constant": "chat-contacts" },
          "sex": { "column": "sukupuoli", "map": { "N": "female", "M": "male", "Yht": "total" }, "unmapped": "error" },
          "age": { "column": "ikäryhmä" },
          "breakdown": { "name": "topic", "field": { "column": "aihe" } },
          "values": [ { "numerator": "yhteydenotot", "denominator": "väestö", "max": 5000 } ],
          "suppressed": [ "." ]
        }
        """;

    private const string Header = "alue;kuukausi;sukupuoli;ikäryhmä;aihe;yhteydenotot;väestö";

    private ImportStore? store;

    private ImportStore Store => store!;

    public async ValueTask InitializeAsync() => store = await ImportStore.CreateAsync();

    public async ValueTask DisposeAsync() => await store!.DisposeAsync();

    [Fact]
    public async Task Import_FinnishDemoCsv_StoresBreakdownsMonthsAndSuppression()
    {
        CliRun run = await ImportAsync(
            "good.csv",
            "0915503392;2024-07;N;7-17;yksinäisyys;12;1 234,0",
            "0915503392;2024-07;M;7-17;yksinäisyys;.;1 180",
            "0915503392;2024M08;Yht;all;total;30;2414");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(1234.0, await Store.ScalarAsync<double>("SELECT denominator FROM observations WHERE breakdown = 'sex=female;age=7-17;topic=yksinäisyys'"));
        Assert.Equal("2024M07", await Store.ScalarAsync<string>("SELECT period FROM observations WHERE breakdown = 'sex=female;age=7-17;topic=yksinäisyys'"));
        // The '.' is the source's suppression marker: stored as suppressed with the symbol, no number.
        Assert.Equal("suppressed", await Store.ScalarAsync<string>("SELECT status FROM observations WHERE breakdown = 'sex=male;age=7-17;topic=yksinäisyys'"));
        Assert.Equal(".", await Store.ScalarAsync<string>("SELECT source_symbol FROM observations WHERE breakdown = 'sex=male;age=7-17;topic=yksinäisyys'"));
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(numerator) FROM observations WHERE status = 'suppressed'"));
        Assert.Equal(30.0, await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE breakdown = 'total'"));
    }

    [Fact]
    public async Task Import_NumberJustBelowTheLargestReadable_IsImported()
    {
        CliRun run = await ImportAsync("large.csv", "0915503392;2024-06;N;7-17;a;1;999999999999999");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(999999999999999.0, await Store.ScalarAsync<double>("SELECT denominator FROM observations WHERE derivation IS NULL"));
    }

    [Theory]
    [InlineData("0919999999;2024-07;N;7-17;a;1;10", "UNKNOWN_AREA", 1, "0919999999")]
    [InlineData("0915503392;2024-13;N;7-17;a;1;10", "BAD_PERIOD", 2, "2024-13")]
    [InlineData("0915503392;2024-07;X;7-17;a;1;10", "BAD_SEX", 3, "X")]
    [InlineData("0915503392;2024-07;N;17-7;a;1;10", "BAD_AGE", 4, "17-7")]
    [InlineData("0915503392;2024-07;N;7-17;a;1,2,3;10", "CELL_NOT_NUMBER", 6, "1,2,3")]
    [InlineData("0915503392;2024-07;N;7-17;a;1.5;10", "CELL_NOT_NUMBER", 6, "1.5")] // a decimal point in a decimal-comma file
    [InlineData("0915503392;2024-07;N;7-17;a;1;10000000000000000", "NUMBER_TOO_LARGE", 7, "10000000000000000")] // digits run together
    [InlineData("0915503392;2024-07;N;7-17;a;11;10", "NUMERATOR_ABOVE_DENOMINATOR", 6, "11")]
    [InlineData("0915503392;2024-07;N;7-17;a;-1;10", "NEGATIVE_COUNT", 6, "-1")]
    [InlineData("0915503392;2024-07;N;7-17;a;6000;9000", "OUT_OF_RANGE", 6, "6000")]
    public async Task Import_OneBadRow_RejectsTheBatchNamingLineColumnAndValue(string badRow, string code, int column, string value)
    {
        CliRun run = await ImportAsync("bad.csv", "0915503392;2024-06;N;7-17;a;1;10", badRow);

        Assert.Equal(ExitCodes.ImportRejected, run.ExitCode);
        // The bad row is the file's line 3 (header, one good row, the bad row).
        Assert.Contains($"bad.csv:3:{column}: error {code}", run.Error, StringComparison.Ordinal);
        Assert.Contains($"(value \"{value}\")", run.Error, StringComparison.Ordinal);
        // Nothing was imported: the good row is counted as valid.
        Assert.Contains("bad.csv rejected: 2 rows read, 1 valid, 1 rejected", run.Error, StringComparison.Ordinal);
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations"));
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM import_batches"));
    }

    [Fact]
    public async Task Import_UnknownIndicator_IsRejectedBecauseTheCatalogueLacksIt()
    {
        await Store.ExecuteAsync("DELETE FROM indicators WHERE id = 'chat-contacts'");

        CliRun run = await ImportAsync("unknown.csv", "0915503392;2024-06;N;7-17;a;1;10");

        Assert.Equal(ExitCodes.ImportRejected, run.ExitCode);
        Assert.Contains("error UNKNOWN_INDICATOR: Indicator \"chat-contacts\" is not in the catalogue.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DuplicateKeyWithAllowPartial_KeepsTheFirstAndStoresTheRejectedRows()
    {
        CliRun run = await ImportAsync(
            "partial.csv",
            ["--allow-partial"],
            "0915503392;2024-06;N;7-17;a;1;10",
            "0915503392;2024-06;N;7-17;a;2;10", // the same key as line 2
            "0919999999;2024-06;N;7-17;a;1;10"); // an unknown area

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("1 imported, 2 rejected", run.Output, StringComparison.Ordinal);
        Assert.Equal(1.0, await Store.ScalarAsync<double>("SELECT numerator FROM observations"));
        Assert.Equal("DUPLICATE_KEY,UNKNOWN_AREA", await Store.ScalarAsync<string>("SELECT string_agg(code, ',' ORDER BY line) FROM rejected_rows"));
        // The line of the first, and each part of the key with the column (or constant) it comes from.
        const string Message = "The key came earlier in the file on line 2: indicator \"chat-contacts\" (the mapping's constant), "
            + "area \"0915503392\" (column \"alue\"), period \"2024M06\" (column \"kuukausi\"), "
            + "breakdown \"sex=female;age=7-17;topic=a\" (columns \"sukupuoli\", \"ikäryhmä\", \"aihe\"); the first is kept.";
        Assert.Contains($"partial.csv:3: error DUPLICATE_KEY: {Message}", run.Error, StringComparison.Ordinal);
        Assert.Equal(Message, await Store.ScalarAsync<string>("SELECT message FROM rejected_rows WHERE code = 'DUPLICATE_KEY'"));

        CliRun show = await Store.AtlasAsync("batches", "show", "1");
        Assert.Contains("partial", show.Output, StringComparison.Ordinal);
        Assert.Contains("line 3: DUPLICATE_KEY", show.Output, StringComparison.Ordinal);
        Assert.Contains("line 4: UNKNOWN_AREA", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameFileByAnotherMapping_IsAnotherBatch_ByTheSameMappingANoOp()
    {
        string[] rows = ["0915503392;2024-06;N;7-17;a;1;10"];
        Assert.Equal(ExitCodes.Success, (await ImportAsync("chat.csv", rows)).ExitCode);
        string file = Path.Combine(Store.Scratch, "chat.csv");
        string other = Path.Combine(Store.Scratch, "other-source.json");
        await File.WriteAllTextAsync(other, Mapping.Replace("\"demo-chat\"", "\"partner-chat\"", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        // A steward takes the same delivery in again under another source: not the same import.
        CliRun second = await Store.AtlasAsync("import", file, "--mapping", other);
        CliRun again = await Store.AtlasAsync("import", file, "--mapping", other);

        Assert.True(second.ExitCode == ExitCodes.Success, second.Error);
        Assert.Contains("Committed batch 2", second.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.AlreadyImported, again.ExitCode);
        Assert.Contains("already imported as batch 2 (the same content by the same mapping)", again.Output, StringComparison.Ordinal);
        Assert.Equal("demo-chat,partner-chat", await Store.ScalarAsync<string>("SELECT string_agg(source, ',' ORDER BY id) FROM import_batches"));
    }

    [Fact]
    public async Task Import_SameFileAgain_IsANoOpAndNewVintageSupersedesUntilRolledBack()
    {
        string[] rows = ["0915503392;2024-06;N;7-17;a;1;10", "0915503392;2024-07;N;7-17;a;2;10"];
        Assert.Equal(ExitCodes.Success, (await ImportAsync("v1.csv", rows)).ExitCode);

        CliRun again = await ImportAsync("v1-copy.csv", rows);
        Assert.Equal(ExitCodes.AlreadyImported, again.ExitCode);
        Assert.Contains("already imported as batch 1", again.Output, StringComparison.Ordinal);

        // The new vintage revises July only.
        CliRun vintage = await ImportAsync("v2.csv", "0915503392;2024-07;N;7-17;a;3;10");
        Assert.Equal(ExitCodes.Success, vintage.ExitCode);
        Assert.Contains("1 superseded", vintage.Output, StringComparison.Ordinal);
        Assert.Equal(3.0, await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE period = '2024M07' AND superseded_by IS NULL"));
        Assert.Equal(3L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations"));

        CliRun list = await Store.AtlasAsync("batches", "list");
        Assert.Contains("v2.csv", list.Output, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, (await Store.AtlasAsync("batches", "rollback", "2")).ExitCode);
        Assert.Equal(2.0, await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE period = '2024M07' AND superseded_by IS NULL"));
        Assert.Equal(ExitCodes.NotFound, (await Store.AtlasAsync("batches", "rollback", "99")).ExitCode);
    }

    [Fact]
    public async Task Import_DryRun_ChecksAndWritesNothing()
    {
        CliRun run = await ImportAsync("dry.csv", ["--dry-run"], "0915503392;2024-06;N;7-17;a;1;10");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Dry run of dry.csv: nothing written; 1 rows read, 1 valid, 0 rejected", run.Output, StringComparison.Ordinal);
        // Derived rows are a commit's work: the dry run gives no count of them rather than a wrong one.
        Assert.DoesNotContain("derived,", run.Output, StringComparison.Ordinal);
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM import_batches"));
    }

    [Fact]
    public async Task Import_MappingNamesAMissingColumn_IsInvalidInputAndListsTheColumns()
    {
        string file = await WriteAsync("cols.csv", "0915503392;2024-06;N;7-17;a;1;10");
        string spec = Path.Combine(Store.Scratch, "spec.json");
        await File.WriteAllTextAsync(spec, Mapping.Replace("\"kuukausi\"", "\"month\"", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        CliRun run = await Store.AtlasAsync("import", file, "--mapping", spec);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("SPEC_COLUMN_MISSING: The mapping's period column \"month\" is not in the file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MappingWithInvalidCsvDeclarations_IsInvalidInputNamingEachPathValueAndTheAcceptedOnes()
    {
        // Before, every one of these was taken for "detect it": the batch committed and "1.500" was read as 1.5.
        string file = await WriteAsync("typos.csv", "0915503392;2024-06;N;7-17;a;1.500;10000");
        string spec = Path.Combine(Store.Scratch, "spec.json");
        await File.WriteAllTextAsync(
            spec,
            Mapping.Replace("\"delimiter\": \";\", \"decimalSeparator\": \"comma\"", "\"decimalSeparator\": \"komma\", \"delimiter\": \";;\", \"encoding\": \"latin-9\"", StringComparison.Ordinal),
            TestContext.Current.CancellationToken);

        CliRun run = await Store.AtlasAsync("import", file, "--mapping", spec);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error SPEC_VALUE: \"csv.decimalSeparator\" is \"komma\"; it must be comma or point. at $.csv.decimalSeparator", run.Error, StringComparison.Ordinal);
        Assert.Contains("error SPEC_VALUE: \"csv.delimiter\" is \";;\"; it must be one character", run.Error, StringComparison.Ordinal);
        Assert.Contains("error SPEC_VALUE: \"csv.encoding\" is \"latin-9\", which is not a known encoding; it must be utf-8, windows-1252, iso-8859-1, iso-8859-15", run.Error, StringComparison.Ordinal);
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM import_batches"));
    }

    private Task<CliRun> ImportAsync(string name, params string[] rows) => ImportAsync(name, [], rows);

    private async Task<CliRun> ImportAsync(string name, string[] options, params string[] rows)
    {
        string file = await WriteAsync(name, rows);
        string spec = Path.Combine(Store.Scratch, "spec.json");
        await File.WriteAllTextAsync(spec, Mapping, TestContext.Current.CancellationToken);
        return await Store.AtlasAsync(["import", file, "--mapping", spec, .. options]);
    }

    private async Task<string> WriteAsync(string name, params string[] rows)
    {
        string file = Path.Combine(Store.Scratch, name);
        // Windows-1252, as Excel saves a Finnish CSV.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await File.WriteAllTextAsync(file, string.Join("\r\n", [Header, .. rows]) + "\r\n", Encoding.GetEncoding(1252), TestContext.Current.CancellationToken);
        return file;
    }
}
