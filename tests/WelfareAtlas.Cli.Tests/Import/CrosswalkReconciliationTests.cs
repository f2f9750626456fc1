using System.Globalization;
using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Import;

/// <summary>Helsinki's population in each Paavo year reconciles with the source before and after aggregation.</summary>
public sealed class CrosswalkReconciliationTests : IAsyncLifetime
{
    private ImportStore? store;

    private ImportStore Store => store!;

    public async ValueTask InitializeAsync() => store = await ImportStore.CreateAsync();

    public async ValueTask DisposeAsync() => await store!.DisposeAsync();

    [Fact]
    public async Task Import_PaavoLong_CityDistrictAndSubDistrictTotalsEqualTheSumOverPostalAreas()
    {
        string file = RepositoryFiles.Path("data", "paavo", "paavo_helsinki_2020_2023_long.csv");
        CliRun run = await Store.AtlasAsync("import", file, "--mapping", RepositoryFiles.Path("docs", "import", "examples", "paavo-population-long.json"));
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);

        Dictionary<string, double> sourceTotals = File.ReadLines(file)
            .Skip(1)
            .Where(line => line.Contains(",\"Inhabitants, total (HE)\",", StringComparison.Ordinal))
            .Select(line => line.Split(','))
            .GroupBy(fields => fields[2])
            .ToDictionary(g => g.Key, g => g.Sum(fields => double.Parse(fields[^1], CultureInfo.InvariantCulture)));
        Assert.Equal(["2020", "2021", "2022", "2023"], sourceTotals.Keys.Order());

        foreach ((string year, double total) in sourceTotals)
        {
            double postal = await Store.ScalarAsync<double>("SELECT sum(numerator) FROM observations o JOIN areas a ON a.code = o.area_code WHERE a.type = 'postal-area' AND o.period = $year", new { year });
            double subDistricts = await SumOfType("sub-district", year);
            double districts = await SumOfType("district", year);
            double majorDistricts = await SumOfType("major-district", year);
            double city = await Store.ScalarAsync<double>("SELECT numerator FROM observations WHERE area_code = '091' AND period = $year", new { year });

            Assert.Equal(total, postal);
            // Apportioning multiplies by weights that sum to 1 per postal area: equal within floating-point rounding.
            Assert.Equal(total, subDistricts, total * 1e-12);
            Assert.Equal(total, districts, total * 1e-12);
            Assert.Equal(total, majorDistricts, total * 1e-12);
            Assert.Equal(total, city, total * 1e-12);
        }

        // Every sub-district that a postal area reaches is derived, with the weighting recorded.
        Assert.Equal(147L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations o JOIN areas a ON a.code = o.area_code WHERE a.type = 'sub-district' AND o.period = '2023'"));
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations o JOIN areas a ON a.code = o.area_code WHERE a.type = 'sub-district' AND o.derivation NOT IN ('crosswalk-population', 'crosswalk-mixed', 'crosswalk-area')"));
        Assert.True(await Store.ScalarAsync<long>("SELECT count(*) FROM derivation_weights WHERE basis = 'population'") > 0);
        // Area weights are used only where Paavo gives the postal area no inhabitants that year.
        Assert.Equal(0L, await Store.ScalarAsync<long>(
            """
            SELECT count(*) FROM derivation_weights w
            JOIN observations o ON o.area_code = w.from_code AND o.period = w.period AND o.derivation IS NULL
            WHERE w.basis = 'area' AND o.numerator > 0
            """));
    }

    private Task<double> SumOfType(string type, string year) =>
        Store.ScalarAsync<double>("SELECT sum(numerator) FROM observations o JOIN areas a ON a.code = o.area_code WHERE a.type = $type AND o.period = $year", new { type, year });
}
