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
        Assert.Equal(16.7, await Store.ScalarAsync<double>("SELECT value FROM observations WHERE indicator_id = 'sotkanet-unemployment' AND period = '1993'"));
        Assert.Equal("missing", await Store.ScalarAsync<string>("SELECT status FROM observations WHERE indicator_id = 'sotkanet-unemployment' AND period = '2012'"));
    }

    [Fact]
    public async Task ImportNoCompute_ThenAnotherImportComputesItsOwn_InitStillComputesTheFirst()
    {
        // Sotkanet brings population, sotkanet-unemployment and sotkanet-social-assistance; Paavo population only.
        CliRun first = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "sotkanet", "sotkanet_kunta_1990_2012_wide.csv"), "--mapping", Example("sotkanet-helsinki.json"), "--no-compute");
        CliRun second = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "paavo", "paavo_12f7_helsinki_2023_latin1.csv"), "--mapping", Example("paavo-population-12f7.json"));
        Assert.True(first.ExitCode == ExitCodes.Success && second.ExitCode == ExitCodes.Success, first.Error + second.Error);
        const string UnemployedBlocks = "SELECT count(*) FROM cell_blocks b JOIN observation_indicators i USING (indicator_key) WHERE i.indicator_id = 'sotkanet-unemployment'";
        // The second import's run covered population only: the first batch's other indicators are still without cells, and marked.
        Assert.Equal(0L, await Store.ScalarAsync<long>(UnemployedBlocks));
        Assert.Equal(
            ["sotkanet-social-assistance", "sotkanet-unemployment"],
            (await Store.ScalarAsync<string>("SELECT string_agg(DISTINCT indicator_id, ',' ORDER BY indicator_id) FROM stale_indicators")).Split(','));

        CliRun init = await Store.AtlasAsync("init");

        Assert.True(init.ExitCode == ExitCodes.Success, init.Error);
        Assert.True(await Store.ScalarAsync<long>(UnemployedBlocks) > 0);
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM stale_indicators"));
        Assert.Equal(2L, await Store.ScalarAsync<long>("SELECT indicators FROM compute_runs ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task Compute_UnknownIndicatorAmongKnownOnes_NamesItAndComputesNothing()
    {
        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "paavo", "paavo_12f7_helsinki_2023_latin1.csv"), "--mapping", Example("paavo-population-12f7.json"));
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        long runs = await Store.ScalarAsync<long>("SELECT count(*) FROM compute_runs");

        CliRun compute = await Store.AtlasAsync("compute", "--indicator", "population", "--indicator", "populaton");

        Assert.Equal(ExitCodes.NotFound, compute.ExitCode);
        Assert.Contains("atlas: --indicator 'populaton' is not in the catalogue; nothing was computed", compute.Error, StringComparison.Ordinal);
        Assert.Equal(runs, await Store.ScalarAsync<long>("SELECT count(*) FROM compute_runs"));
    }

    [Fact]
    public async Task BatchesPublish_LaterTimeForABatchThePublicSees_RecomputesThePublicCellsWithoutIt()
    {
        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "paavo", "paavo_12f7_helsinki_2023_latin1.csv"), "--mapping", Example("paavo-population-12f7.json"));
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        const string PublicBlocks = "SELECT count(*) FROM cell_blocks b JOIN cell_texts t ON t.text_key = b.audience_key WHERE t.text IN ('all', 'public')";
        Assert.True(await Store.ScalarAsync<long>(PublicBlocks) > 0);

        CliRun publish = await Store.AtlasAsync("batches", "publish", "1", "--at", "2099-01-01T00:00:00Z");

        Assert.True(publish.ExitCode == ExitCodes.Success, publish.Error);
        Assert.Contains("Batch 1 is embargoed until 2099-01-01T00:00:00Z, and the public cells are recomputed without it", publish.Output, StringComparison.Ordinal);
        // The batch was the indicator's only one: the public has no cells of it now, analysts still have theirs.
        Assert.Equal(0L, await Store.ScalarAsync<long>(PublicBlocks));
        Assert.True(await Store.ScalarAsync<long>("SELECT count(*) FROM cell_blocks b JOIN cell_texts t ON t.text_key = b.audience_key WHERE t.text = 'analyst'") > 0);
        Assert.Equal("publication time of batch 1 set", await Store.ScalarAsync<string>("SELECT reason FROM compute_runs ORDER BY id DESC LIMIT 1"));

        // The list and the batch's record say when the public sees it.
        CliRun list = await Store.AtlasAsync("batches", "list");
        Assert.Contains("\t2099-01-01 00:00:00Z (embargoed)\t", list.Output, StringComparison.Ordinal);
        CliRun show = await Store.AtlasAsync("batches", "show", "1");
        Assert.Contains("Published:   2099-01-01 00:00:00Z (embargoed: until then only analysts and above see its data)", show.Output, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("\"Population by sex and age group. Canada. 2012\"")]
    [InlineData("2")]
    public async Task Import_JsonStatCollectionWithTheDatasetChosen_ImportsThatDataset(string dataset)
    {
        // json-stat.org's sample collection of two datasets (OECD unemployment, Canada's population); Canada stands in
        // for the city as a mapping's area map would take a source's code to ours.
        CliRun run = await ImportCollectionAsync(dataset);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(
            "2012|total|34880.5,2012|sex=male|17309.1,2012|sex=female|17571.3",
            await Store.ScalarAsync<string>("SELECT string_agg(concat_ws('|', period, breakdown, numerator), ',' ORDER BY breakdown DESC) FROM observations WHERE area_code = '091'"));
    }

    [Fact]
    public async Task Import_JsonStatCollectionWithAnUnknownDataset_ListsTheDatasetsAndWritesNothing()
    {
        CliRun run = await ImportCollectionAsync("\"Population of Canada\"");

        // The mapping does not fit a readable file: exit 2, as for any other misfit of mapping and file.
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("does not fit oecd-canada-col.json", run.Error, StringComparison.Ordinal);
        Assert.Contains(
            "oecd-canada-col.json: error SPEC_UNKNOWN_DATASET: The mapping's \"dataset\" \"Population of Canada\" is not a dataset of the file, which holds 2 datasets: "
                + "1 \"Unemployment rate in the OECD countries 2003-2014\", 2 \"Population by sex and age group. Canada. 2012\"; give one's label as written or its position (1 to 2).",
            run.Error,
            StringComparison.Ordinal);
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM import_batches"));
    }

    private async Task<CliRun> ImportCollectionAsync(string dataset)
    {
        string spec = Path.Combine(Store.Scratch, "canada.json");
        await File.WriteAllTextAsync(
            spec,
            $$"""
            {
              "source": "canada-population",
              "dataset": {{dataset}},
              "where": { "concept": [ "POP" ], "age": [ "T" ] },
              "area": { "column": "country", "map": { "CA": "091" } },
              "period": { "column": "year" },
              "indicator": { "constant": "population" },
              "sex": { "column": "sex", "map": { "T": "total", "M": "male", "F": "female" }, "unmapped": "error" },
              "values": [ { "numerator": "value" } ]
            }
            """,
            TestContext.Current.CancellationToken);
        return await Store.AtlasAsync("import", RepositoryFiles.Path("tests", "WelfareAtlas.Import.Tests", "TestData", "formats", "jsonstat", "official-2.0", "oecd-canada-col.json"), "--mapping", spec, "--no-compute");
    }

    [Fact]
    public async Task Import_AlueittainXlsxExample_ImportsCityMajorDistrictsAndDistrictsWithDenominators()
    {
        // The city's row (000) of helsinki_alueittain_2012.csv: "1-hengen asuntokuntia" and "Asuntokuntien lkm".
        const double OnePersonHouseholds = 150265;
        const double Households = 306918;
        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "helsinki", "alueittain_2012", "helsinki_alueittain_tblDataTiedot.xlsx"), "--mapping", Example("alueittain-xlsx.json"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error + run.Output);
        Assert.Equal(595384.0, await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '091' AND indicator_id = 'population'"));
        Assert.Equal(OnePersonHouseholds, await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '091' AND indicator_id = 'paavo-one-person-households'"));
        Assert.Equal(Households, await Store.ScalarAsync<double>("SELECT denominator FROM observations WHERE area_code = '091' AND indicator_id = 'paavo-one-person-households'"));
        Assert.Equal(43L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations WHERE indicator_id = 'population'"));
    }

    [Fact]
    public async Task ImportPublishAndRollback_ComputeRunFailsAfterTheCommit_SayWhatIsCommittedAndExitWithTheirOwnCode()
    {
        // A store whose compute run cannot write its cells: the batch's commit does not touch cell_blocks, the compute run after it does.
        await Store.ExecuteAsync("ALTER TABLE cell_blocks RENAME TO cell_blocks_away");

        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "paavo", "paavo_12f7_helsinki_2023_latin1.csv"), "--mapping", Example("paavo-population-12f7.json"));

        Assert.Equal(ExitCodes.RecomputeFailed, run.ExitCode);
        Assert.True(run.Output.Contains("Committed batch 1 from paavo_12f7_helsinki_2023_latin1.csv: 8988 rows read, 252 imported, 0 rejected", StringComparison.Ordinal), run.Output + run.Error);
        Assert.Contains("atlas: batch 1 is committed, but recomputing the cells and forecasts of its indicators failed: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Table with name cell_blocks does not exist!", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("!.", run.Error, StringComparison.Ordinal);
        Assert.Contains("until 'atlas compute' succeeds", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(252L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations WHERE derivation IS NULL"));

        // A publication time is committed the same way before the compute run that ends the embargo.
        CliRun publish = await Store.AtlasAsync("batches", "publish", "1");
        Assert.Equal(ExitCodes.RecomputeFailed, publish.ExitCode);
        Assert.Contains("atlas: the publication time of batch 1 is set, but recomputing the public cells for it (the compute run, forecasts and audit entries) failed: ", publish.Error, StringComparison.Ordinal);
        Assert.Contains("Table with name cell_blocks does not exist! Run 'atlas batches publish 1' again", publish.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", publish.Error, StringComparison.Ordinal);
        Assert.Equal(1L, await Store.ScalarAsync<long>("SELECT count(*) FROM import_batches WHERE id = 1 AND published_at IS NOT NULL AND embargo_lifted_at IS NULL"));
        Assert.Equal(1L, await Store.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'publication' AND subject = '1'"));
        // Given a later time, the command to run again keeps it: without its --at it would publish the batch now.
        CliRun later = await Store.AtlasAsync("batches", "publish", "1", "--at", "2099-01-01T00:00:00Z");
        Assert.Equal(ExitCodes.RecomputeFailed, later.ExitCode);
        Assert.Contains("Run 'atlas batches publish 1 --at 2099-01-01T00:00:00Z' again, or 'atlas compute'", later.Error, StringComparison.Ordinal);

        // A rollback too, recorded in the audit log by the CLI's user.
        CliRun rollback = await Store.AtlasAsync("batches", "rollback", "1");
        Assert.Equal(ExitCodes.RecomputeFailed, rollback.ExitCode);
        Assert.Contains("Rolled back batch 1", rollback.Output, StringComparison.Ordinal);
        Assert.Contains("atlas: batch 1 is rolled back, but recomputing the cells and forecasts of its indicators failed: ", rollback.Error, StringComparison.Ordinal);
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations"));
        Assert.Equal(1L, await Store.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'rollback' AND subject = '1' AND actor LIKE 'cli:%'"));

        // Once the store is whole again, atlas compute brings the cells up to the store's observations.
        await Store.ExecuteAsync("ALTER TABLE cell_blocks_away RENAME TO cell_blocks");
        CliRun compute = await Store.AtlasAsync("compute");
        Assert.True(compute.ExitCode == ExitCodes.Success, compute.Error);
        Assert.Contains("Compute run", compute.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ForecastRefreshFailsAfterTheCells_SaysTheCellsAreRecomputedAndOnlyTheForecastsAreBehind()
    {
        // The compute run writes cell_blocks; only the forecast refresh after it reads and writes forecasts.
        await Store.ExecuteAsync("ALTER TABLE forecasts RENAME TO forecasts_away");

        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "paavo", "paavo_12f7_helsinki_2023_latin1.csv"), "--mapping", Example("paavo-population-12f7.json"));

        Assert.Equal(ExitCodes.RecomputeFailed, run.ExitCode);
        Assert.Contains("Compute run", run.Output, StringComparison.Ordinal);
        Assert.Contains("atlas: batch 1 is committed, but refreshing the forecasts of its indicators failed: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("The cells are recomputed; the forecasts and alert statuses are those from before the import", run.Error, StringComparison.Ordinal);
        await Store.ExecuteAsync("ALTER TABLE forecasts_away RENAME TO forecasts");
        Assert.True(await Store.ScalarAsync<long>("SELECT count(*) FROM cell_blocks") > 0);
    }

    [Fact]
    public async Task Import_IsAuditedUnderTheCliActor_AsUserAndKeyChangesAre()
    {
        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "paavo", "paavo_12f7_helsinki_2023_latin1.csv"), "--mapping", Example("paavo-population-12f7.json"), "--no-compute");
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        CliRun rollback = await Store.AtlasAsync("batches", "rollback", "1");
        Assert.True(rollback.ExitCode == ExitCodes.Success, rollback.Error);

        string audit = (await Store.AtlasAsync("audit", "list")).Output;
        string batch = (await Store.AtlasAsync("batches", "show", "1")).Output;

        // cli: and the operating-system user, as docs/security.md names CLI actors.
        Assert.Contains($"\t{CliContext.Actor}\timport\t1\t", audit, StringComparison.Ordinal);
        Assert.Contains($"\t{CliContext.Actor}\trollback\t", audit, StringComparison.Ordinal);
        Assert.Contains($"Z by {CliContext.Actor}", batch, StringComparison.Ordinal);
    }

    private static string Example(string name) => RepositoryFiles.Path("docs", "import", "examples", name);
}
