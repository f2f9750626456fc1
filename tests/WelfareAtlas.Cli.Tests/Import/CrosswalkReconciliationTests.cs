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

    private Task<double> SumOfType(string type, string year) =>
        Store.ScalarAsync<double>("SELECT sum(numerator) FROM observations o JOIN areas a ON a.code = o.area_code WHERE a.type = $type AND o.period = $year", new { type, year });
}
