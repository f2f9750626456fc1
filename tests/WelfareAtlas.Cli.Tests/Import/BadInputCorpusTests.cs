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
        string spec = Path.Combine(Store.Scratch, "corpus.json");
        await File.WriteAllTextAsync(spec, Mapping, TestContext.Current.CancellationToken);

        CliRun run = await Store.AtlasAsync("import", Path.Combine(RepositoryFiles.Root, "tests", "WelfareAtlas.Import.Tests", "TestData", "bad-input", file), "--mapping", spec);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"{file}", run.Error, StringComparison.Ordinal);
        Assert.Contains(code, run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing written", run.Error, StringComparison.Ordinal);
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM import_batches"));
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations"));
    }
}
