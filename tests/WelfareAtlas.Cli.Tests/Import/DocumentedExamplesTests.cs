using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Import;

/// <summary>
/// Every worked example of docs/import/examples imports its real file into a store exactly as <c>atlas init</c> makes it,
/// as a reader of the docs would run it: an example that names an indicator outside the catalogue fails here.
/// </summary>
public sealed class DocumentedExamplesTests : IAsyncLifetime
{
    /// <summary>Each example with the file of data/ it is written for.</summary>
    public static TheoryData<string, string> Examples { get; } = new()
    {
        { "paavo-population-12f7.json", "paavo/paavo_12f7_helsinki_2023_latin1.csv" },
        { "paavo-population-long.json", "paavo/paavo_helsinki_2020_2023_long.csv" },
        { "sotkanet-helsinki.json", "sotkanet/sotkanet_kunta_1990_2012_wide.csv" },
        { "aluesarjat-vakiluku-px.json", "helsinki/aluesarjat_2010/A01S_HKI_Vakiluku.px" },
        { "alueittain-xlsx.json", "helsinki/alueittain_2012/helsinki_alueittain_tblDataTiedot.xlsx" },
    };

    private ImportStore? store;

    private ImportStore Store => store!;

    public async ValueTask InitializeAsync() => store = await ImportStore.CreateAsInitAsync();

    public async ValueTask DisposeAsync() => await store!.DisposeAsync();

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Import_DocumentedExampleIntoAnInitStore_Commits(string example, string data)
    {
        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path(["data", .. data.Split('/')]), "--mapping", RepositoryFiles.Path("docs", "import", "examples", example));

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.True(await Store.ScalarAsync<long>("SELECT count(*) FROM observations") > 0);
    }

    [Fact]
    public void Examples_ListEveryFileOfTheExamplesFolder()
    {
        string[] files = [.. Directory.GetFiles(RepositoryFiles.Path("docs", "import", "examples"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

        Assert.Equal(files, Examples.Select(row => row.Data.Item1).Order(StringComparer.Ordinal));
    }
}
