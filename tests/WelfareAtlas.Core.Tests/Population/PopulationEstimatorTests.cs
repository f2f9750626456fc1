using System.Globalization;
using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Population;

namespace WelfareAtlas.Core.Tests.Population;

public sealed class PopulationEstimatorTests
{
    private static readonly AreaCode City = AreaCode.Parse("091");
    private static readonly AreaCode Major = AreaCode.Parse("0911000000");
    private static readonly AreaCode District = AreaCode.Parse("0911101000");
    private static readonly AreaCode SubA = AreaCode.Parse("0911101010");
    private static readonly AreaCode SubB = AreaCode.Parse("0911101020");
    private static readonly AreaCode PostalX = AreaCode.Parse("00100");
    private static readonly AreaCode PostalY = AreaCode.Parse("00200");

    [Fact]
    public void SplitBySex_PaavoRow_KeepsBandAndSexTotalsExactly()
    {
        int[] bands = [370, 397, 693, 355, 282, 314, 1828, 2316, 1702, 1325, 1171, 1214, 1037, 1098, 946, 810, 764, 912, 552, 376];
        // 00100 in 2023: 18 462 residents, 9 751 women.
        int[] cells = PopulationEstimator.SplitBySex(new PostalPopulation(PostalX, 2023, bands, 9751, 8711));

        Assert.Equal(9751, cells.Take(PopulationBands.Count).Sum());
        Assert.Equal(8711, cells.Skip(PopulationBands.Count).Sum());
        for (int band = 0; band < PopulationBands.Count; band++)
        {
            Assert.Equal(bands[band], cells[band] + cells[PopulationBands.Count + band]);
            Assert.True(cells[band] >= 0 && cells[PopulationBands.Count + band] >= 0);
        }

        // The 85+ band stays mostly women, as the seed says.
        Assert.True(cells[19] > 2 * cells[39]);
    }

    [Fact]
    public void SplitBySex_EmptyArea_GivesZeros() =>
        Assert.All(PopulationEstimator.SplitBySex(new PostalPopulation(PostalX, 2020, new int[20], 0, 0)), cell => Assert.Equal(0, cell));

    [Theory]
    [InlineData(10, new[] { 0.5, 0.5 }, new[] { 5, 5 })]
    [InlineData(7, new[] { 0.5, 0.5 }, new[] { 4, 3 })] // the tie goes to the first part
    [InlineData(3, new[] { 0.7, 0.2, 0.1 }, new[] { 2, 1, 0 })] // 2.1, 0.6, 0.3: the largest remainder gets the one left
    [InlineData(0, new[] { 0.3, 0.7 }, new[] { 0, 0 })]
    public void Split_Count_AddsUpExactly(int count, double[] shares, int[] expected) =>
        Assert.Equal(expected, PopulationEstimator.Split(count, shares));

    [Fact]
    public void Estimate_TinyCity_ApportionsSumsAndExtends()
    {
        List<Area> areas =
        [
            new(City, AreaType.City, LocalisedText.Same("Testi"), null),
            new(Major, AreaType.MajorDistrict, LocalisedText.Same("M"), City),
            new(District, AreaType.District, LocalisedText.Same("D"), Major),
            new(SubA, AreaType.SubDistrict, LocalisedText.Same("A"), District),
            new(SubB, AreaType.SubDistrict, LocalisedText.Same("B"), District),
            new(PostalX, AreaType.PostalArea, LocalisedText.Same("X"), City),
            new(PostalY, AreaType.PostalArea, LocalisedText.Same("Y"), City),
        ];
        List<AreaOverlap> overlaps =
        [
            new(PostalX, SubA, 0.75, OverlapBasis.Area),
            new(PostalX, SubB, 0.25, OverlapBasis.Area),
            // Y reaches outside the district layer (like 00370): its 0.8 inside is renormalised to 1.
            new(PostalY, SubB, 0.8, OverlapBasis.Area),
            new(PostalY, SubA, 0.0005, OverlapBasis.Area), // boundary noise below 0.1 %: ignored
        ];
        List<PostalPopulation> paavo =
        [
            Row(PostalX, 2020, 100), Row(PostalX, 2021, 110),
            Row(PostalY, 2020, 200), Row(PostalY, 2021, 100),
        ];

        PopulationTable table = PopulationEstimator.Estimate(paavo, areas, overlaps, 2019, 2022);

        for (int year = 2019; year <= 2022; year++)
        {
            int postalTotal = table.Count(PostalX, year, Sex.Total) + table.Count(PostalY, year, Sex.Total);
            Assert.Equal(postalTotal, table.Count(SubA, year, Sex.Total) + table.Count(SubB, year, Sex.Total));
            Assert.Equal(postalTotal, table.Count(District, year, Sex.Total));
            Assert.Equal(postalTotal, table.Count(Major, year, Sex.Total));
            Assert.Equal(postalTotal, table.Count(City, year, Sex.Total));
        }

        // Paavo years are kept as they are: X 2020 = 100 residents in every band → 2 000.
        Assert.Equal(2000, table.Count(PostalX, 2020, Sex.Total));
        // A: three quarters of X and nothing of Y, give or take the rounding of each of the 40 sex × band cells.
        Assert.InRange(table.Count(SubA, 2020, Sex.Total), 1500 - 40, 1500 + 40);
        // X grew 10 % a year; the extension is clamped at +3 % a year, cell by cell from 2021.
        Assert.Equal(table.Cells(PostalX, 2021).Sum(cell => (int)Math.Round(cell * 1.03, MidpointRounding.AwayFromZero)), table.Count(PostalX, 2022, Sex.Total));
        // Y halved; backwards the clamp is −3 % a year, cell by cell from 2020.
        Assert.Equal(table.Cells(PostalY, 2020).Sum(cell => (int)Math.Round(cell / 0.97, MidpointRounding.AwayFromZero)), table.Count(PostalY, 2019, Sex.Total));
        Assert.InRange(table.Count(PostalY, 2019, Sex.Total), 4100, 4150);
    }

    [Fact]
    public void ToObservations_OneAreaYear_HasTotalSexesBandsAndCells()
    {
        PopulationTable table = new();
        int[] cells = [.. Enumerable.Range(1, 40)];
        table.Set(PostalX, 2024, cells);

        List<Observation> observations = [.. table.ToObservations()];

        Assert.Equal(63, observations.Count);
        Assert.All(observations, o => Assert.Equal(ObservationStatus.Available, o.Status));
        Assert.Equal(820, observations.Single(o => o.Breakdown.IsTotal).Numerator);
        Assert.Equal(210, observations.Single(o => o.Breakdown == new Breakdown(Sex.Female, AgeBand.All)).Numerator);
        // The 85+ band: women 20, men 40.
        Assert.Equal(60, observations.Single(o => o.Breakdown == new Breakdown(Sex.Total, new AgeBand(85, null))).Numerator);
    }

    [Fact]
    public void FemaleShareHelsinki2010_MatchesTheCityTable()
    {
        Dictionary<(string Sex, int Age), long> counts = [];
        foreach (string line in File.ReadLines(RepositoryFiles.Path("data", "helsinki", "aluesarjat_2010", "helsinki_population_by_sex_age_1992_2010.csv")).Skip(1))
        {
            string[] fields = line.Split(',');
            // City level, all mother tongues, one row per age (the first number of "85-89-vuotiaat" is its first age).
            if (fields[2] != "kunta" || fields[7] != "Yhteensä" || !char.IsAsciiDigit(fields[9][0]))
            {
                continue;
            }

            int age = int.Parse(new string([.. fields[9].TakeWhile(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);
            counts[(fields[8], age)] = counts.GetValueOrDefault((fields[8], age)) + long.Parse(fields[^1], CultureInfo.InvariantCulture);
        }

        for (int band = 0; band < PopulationBands.Count; band++)
        {
            int band1 = band;
            long women = counts.Where(pair => pair.Key.Sex == "Naiset" && PopulationBands.IndexOf(pair.Key.Age) == band1).Sum(pair => pair.Value);
            long men = counts.Where(pair => pair.Key.Sex == "Miehet" && PopulationBands.IndexOf(pair.Key.Age) == band1).Sum(pair => pair.Value);
            Assert.Equal(PopulationBands.FemaleShareHelsinki2010[band], (double)women / (women + men), 0.0001);
        }
    }

    private static PostalPopulation Row(AreaCode area, int year, int perBand) =>
        new(area, year, [.. Enumerable.Repeat(perBand, PopulationBands.Count)], 10 * perBand, 10 * perBand);
}
