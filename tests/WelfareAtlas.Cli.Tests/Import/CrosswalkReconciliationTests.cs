using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Import.Crosswalks;
using WelfareAtlas.Import.Geography;

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
        await AssertBasisRecordedAsync();
        // The store has no population of sub-districts: Aluesarjat's (1962–2010) gives the densities. Area weights only
        // for the pieces of sub-districts it never counted (hidden every year, or new since 2010).
        Assert.True(await Store.ScalarAsync<long>("SELECT count(*) FROM derivation_weights WHERE basis = 'population'") > 0);
        HashSet<string> counted = [.. AluesarjatPopulation.Load(HelsinkiGeography.Load().Overlaps.Select(o => o.To).Distinct()).SelectMany(z => z.SubDistricts).Select(c => c.Value)];
        IReadOnlyList<string> byArea = await Store.QueryAsync<string>("SELECT DISTINCT to_code FROM derivation_weights WHERE basis = 'area' ORDER BY to_code");
        Assert.NotEmpty(byArea);
        Assert.All(byArea, code => Assert.DoesNotContain(code, counted));
        // Target-density weighting: Viikinranta, mostly a nature reserve, is 31 % of 00790 Viikki's surface but gets
        // 3 % of its counts; Latokartano, half of it, 89 %. Area shares gave 31 % and 50 %.
        Assert.InRange(await WeightAsync("00790", "0915501361", "2023"), 0.01, 0.05);
        Assert.InRange(await WeightAsync("00790", "0915501362", "2023"), 0.85, 0.95);
    }

    [Fact]
    public async Task Import_PaavoLongAfterSubDistrictPopulation_WeighsByTheStoresDensities()
    {
        // A made-up delivery of 2022's population by sub-district: 1 000 in each one the postal areas reach, none in
        // Viikinranta. The crosswalk takes each sub-district's density from it (for 2020–2023, 2022 is the only year).
        string[] subDistricts = [.. HelsinkiGeography.Load().Overlaps.Select(o => o.To.Value).Distinct().Order(StringComparer.Ordinal)];
        string population = Path.Combine(Store.Scratch, "osa-alueet.csv");
        File.WriteAllLines(population, ["alue,vuosi,asukkaat", .. subDistricts.Select(code => $"{code},2022,{(code == "0915501361" ? 0 : 1000)}")]);
        string spec = Path.Combine(Store.Scratch, "osa-alueet.json");
        File.WriteAllText(spec, """
            {
              "source": "test-sub-district-population",
              "area": { "column": "alue", "kind": "kokotunnus" },
              "period": { "column": "vuosi" },
              "indicator": { "constant": "population" },
              "values": [ { "numerator": "asukkaat" } ]
            }
            """);
        Assert.Equal(ExitCodes.Success, (await Store.AtlasAsync("import", population, "--mapping", spec)).ExitCode);

        CliRun run = await Store.AtlasAsync("import", RepositoryFiles.Path("data", "paavo", "paavo_helsinki_2020_2023_long.csv"), "--mapping", RepositoryFiles.Path("docs", "import", "examples", "paavo-population-long.json"));
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);

        // Every piece has a known density: population weights throughout, and every derived sub-district says so.
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM derivation_weights WHERE basis <> 'population'"));
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations WHERE derivation IN ('crosswalk-area', 'crosswalk-mixed')"));
        await AssertBasisRecordedAsync();
        // Nobody lives in Viikinranta: none of 00790's counts go there, and it is still derived (0 from 00790).
        Assert.Equal(0.0, await WeightAsync("00790", "0915501361", "2021"));
        Assert.Equal(4L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations WHERE area_code = '0915501361' AND derivation = 'crosswalk-population'"));
        // The city's derived population still equals the postal areas' sum.
        double postal = await Store.ScalarAsync<double>("SELECT sum(numerator) FROM observations o JOIN areas a ON a.code = o.area_code WHERE a.type = 'postal-area' AND o.period = '2023'");
        Assert.Equal(postal, await SumOfType("sub-district", "2023", "crosswalk-population"), postal * 1e-12);
    }

    [Fact]
    public async Task Import_PaavoLongInAnotherRowOrder_DerivesTheSameNumbersBitForBit()
    {
        string file = RepositoryFiles.Path("data", "paavo", "paavo_helsinki_2020_2023_long.csv");
        string mapping = RepositoryFiles.Path("docs", "import", "examples", "paavo-population-long.json");
        string[] lines = File.ReadAllLines(file);
        string reversed = Path.Combine(Store.Scratch, "paavo_reversed.csv");
        File.WriteAllLines(reversed, [lines[0], .. lines.Skip(1).Reverse()]);
        await using ImportStore other = await ImportStore.CreateAsync();

        Assert.Equal(ExitCodes.Success, (await Store.AtlasAsync("import", file, "--mapping", mapping)).ExitCode);
        Assert.Equal(ExitCodes.Success, (await other.AtlasAsync("import", reversed, "--mapping", mapping)).ExitCode);

        // Apportioned counts summed up the area hierarchy: a sum of doubles in another order could differ in its last digits.
        const string Derived = """
            SELECT area_code || '/' || period || '/' || breakdown AS cell, numerator, denominator
            FROM observations WHERE derivation IS NOT NULL ORDER BY cell
            """;
        IReadOnlyList<(string Cell, double? Numerator, double? Denominator)> read = await Store.QueryAsync<(string, double?, double?)>(Derived);
        IReadOnlyList<(string Cell, double? Numerator, double? Denominator)> readOtherwise = await other.QueryAsync<(string, double?, double?)>(Derived);
        Assert.True(read.Count > 700, $"{read.Count} derived rows");
        Assert.Equal(read.Select(r => r.Cell), readOtherwise.Select(r => r.Cell));
        Assert.Equal(
            read.Select(r => (Bits(r.Numerator), Bits(r.Denominator))),
            readOtherwise.Select(r => (Bits(r.Numerator), Bits(r.Denominator))));
    }

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    private Task<double> SumOfType(string type, string year, string? derivation = null) =>
        Store.ScalarAsync<double>(
            "SELECT sum(numerator) FROM observations o JOIN areas a ON a.code = o.area_code WHERE a.type = $type AND o.period = $year AND ($derivation IS NULL OR o.derivation = $derivation)",
            new { type, year, derivation });

    private Task<double> WeightAsync(string postalArea, string subDistrict, string period) =>
        Store.ScalarAsync<double>(
            "SELECT weight FROM derivation_weights WHERE from_code = $postalArea AND to_code = $subDistrict AND period = $period",
            new { postalArea, subDistrict, period });

    /// <summary>Each derived sub-district row names the basis of the weights it was apportioned with.</summary>
    private async Task AssertBasisRecordedAsync() =>
        Assert.Equal(0L, await Store.ScalarAsync<long>(
            """
            SELECT count(*) FROM observations o
            JOIN (
                SELECT period, to_code,
                       CASE WHEN bool_and(basis = 'population') THEN 'crosswalk-population'
                            WHEN bool_and(basis = 'area') THEN 'crosswalk-area' ELSE 'crosswalk-mixed' END AS derivation
                FROM derivation_weights GROUP BY period, to_code) w ON w.period = o.period AND w.to_code = o.area_code
            WHERE o.derivation LIKE 'crosswalk%' AND o.derivation <> w.derivation
            """));
}
