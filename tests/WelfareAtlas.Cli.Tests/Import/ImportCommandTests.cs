using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Import;

public sealed class ImportCommandTests : IAsyncLifetime
{
    private ImportStore? store;

    private ImportStore Store => store!;

    public async ValueTask InitializeAsync() => store = await ImportStore.CreateAsync();

    public async ValueTask DisposeAsync() => await store!.DisposeAsync();

    [Fact]
    public async Task Import_Paavo12f7Example_ImportsPopulationBySexAndAggregatesToTheCity()
    {
        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "paavo", "paavo_12f7_helsinki_2023_latin1.csv"), "--mapping", Example("paavo-population-12f7.json"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        // Helsinki's 84 postal areas × total, male and female.
        Assert.Equal(252L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations WHERE derivation IS NULL"));
        Assert.Equal(18462.0, await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '00100' AND breakdown = 'total'"));
        Assert.Equal(663237.0, await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '091' AND breakdown = 'total'"), 1e-6);
        Assert.Equal("sum", await Store.ScalarAsync<string>("SELECT derivation FROM observations WHERE area_code = '091' AND breakdown = 'total'"));
    }

    [Fact]
    public async Task Import_SotkanetExample_ReadsOnlyHelsinkiWithValuesAndMissingCells()
    {
        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "sotkanet", "sotkanet_kunta_1990_2012_wide.csv"), "--mapping", Example("sotkanet-helsinki.json"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        // 23 Helsinki years × 3 indicators; the other municipalities are skipped by the where filter, not rejected.
        Assert.Equal(69L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations"));
        Assert.Equal(603968.0, await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE indicator_id = 'population' AND period = '2012'"));
        Assert.Equal(16.7, await Store.ScalarAsync<double>("SELECT value FROM observations WHERE indicator_id = 'unemployed-share' AND period = '1993'"));
        Assert.Equal("missing", await Store.ScalarAsync<string>("SELECT status FROM observations WHERE indicator_id = 'unemployed-share' AND period = '2012'"));
    }

    [Fact]
    public async Task Import_AluesarjatPxExample_ImportsTheCityBySexAndYear()
    {
        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "helsinki", "aluesarjat_2010", "A01S_HKI_Vakiluku.px"), "--mapping", Example("aluesarjat-vakiluku-px.json"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        // 19 years (1992-2010) × total, male, female for the city.
        Assert.Equal(57L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations"));
        double total = await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE period = '2010' AND breakdown = 'total'");
        double women = await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE period = '2010' AND breakdown = 'sex=female'");
        double men = await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE period = '2010' AND breakdown = 'sex=male'");
        Assert.Equal(total, women + men);
        Assert.InRange(total, 550_000, 600_000);
    }

    [Fact]
    public async Task Import_AlueittainXlsxExample_ImportsCityMajorDistrictsAndDistrictsWithDenominators()
    {
        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "helsinki", "alueittain_2012", "helsinki_alueittain_tblDataTiedot.xlsx"), "--mapping", Example("alueittain-xlsx.json"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error + run.Output);
        Assert.Equal(595384.0, await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '091' AND indicator_id = 'population'"));
        Assert.Equal(595384.0, await Store.ScalarAsync<double>("SELECT denominator FROM observations WHERE area_code = '091' AND indicator_id = 'swedish-speakers'"));
        Assert.Equal(43L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations WHERE indicator_id = 'population'"));
    }

    private static string Example(string name) => RepositoryFiles.Path("docs", "import", "examples", name);
}
