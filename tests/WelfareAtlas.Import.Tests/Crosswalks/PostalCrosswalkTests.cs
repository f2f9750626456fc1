using WelfareAtlas.Areas;
using WelfareAtlas.Import.Crosswalks;
using WelfareAtlas.Import.Geography;

namespace WelfareAtlas.Import.Tests.Crosswalks;

public sealed class PostalCrosswalkTests
{
    private static readonly AreaCode P1 = AreaCode.Parse("00100");
    private static readonly AreaCode S1 = AreaCode.Parse("0911101010");
    private static readonly AreaCode S2 = AreaCode.Parse("0911101020");

    [Fact]
    public void Build_SharesShortOfOne_AreNormalisedWithPopulationBasis()
    {
        // The postal polygon reaches outside the district layer: its shares sum to 0.8.
        AreaOverlap[] overlaps = [new(P1, S1, 0.6, OverlapBasis.Area), new(P1, S2, 0.2, OverlapBasis.Area)];
        Dictionary<(string, int), double> population = new() { [("00100", 2023)] = 18000 };

        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(overlaps, population);

        Assert.Equal(0.75, weights.Single(w => w.To == S1).Weight, 1e-12);
        Assert.Equal(0.25, weights.Single(w => w.To == S2).Weight, 1e-12);
        Assert.All(weights, w => Assert.Equal(OverlapBasis.Population, w.Basis));
    }

    [Fact]
    public void Build_NoPopulationThatYear_FallsBackToAreaBasis()
    {
        AreaOverlap[] overlaps = [new(P1, S1, 1.0, OverlapBasis.Area)];
        // Paavo gives 00100 in 2022 only; another postal area makes 2023 a year of the data.
        Dictionary<(string, int), double> population = new() { [("00100", 2022)] = 18000, [("00120", 2023)] = 7000 };

        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(overlaps, population);

        Assert.Equal(OverlapBasis.Population, weights.Single(w => w.Year == 2022).Basis);
        Assert.Equal(OverlapBasis.Area, weights.Single(w => w.Year == 2023).Basis);
        Assert.Equal(1.0, weights.Single(w => w.Year == 2023).Weight);
    }

    [Fact]
    public void Build_RealHelsinkiData_EveryPostalAreaSumsToOneInEveryYear()
    {
        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(HelsinkiGeography.Load().Overlaps, PaavoPopulation.Load());

        Assert.Equal([2020, 2021, 2022, 2023], weights.Select(w => w.Year).Distinct().Order());
        Assert.Equal(84, weights.Select(w => w.From).Distinct().Count());
        Assert.All(weights.GroupBy(w => (w.From, w.Year)), g => Assert.Equal(1.0, g.Sum(w => w.Weight), 1e-12));
    }
}
