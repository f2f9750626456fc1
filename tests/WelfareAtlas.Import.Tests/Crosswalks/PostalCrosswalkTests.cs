using WelfareAtlas.Areas;
using WelfareAtlas.Import.Crosswalks;
using WelfareAtlas.Import.Geography;

namespace WelfareAtlas.Import.Tests.Crosswalks;

public sealed class PostalCrosswalkTests
{
    private static readonly AreaCode P1 = AreaCode.Parse("00100");
    private static readonly AreaCode P2 = AreaCode.Parse("00120");
    private static readonly AreaCode Park = AreaCode.Parse("0911101010");
    private static readonly AreaCode Dense = AreaCode.Parse("0911101020");
    private static readonly AreaCode Unknown = AreaCode.Parse("0911101080");

    // P1 (2 km²) lies half in the park and half in the dense sub-district; P2 (1 km²) wholly in the dense one. The park
    // covers 1 km², the dense one 2 km².
    private static readonly AreaOverlap[] ParkAndDense =
    [
        new(P1, Park, 0.5, OverlapBasis.Area), new(P1, Dense, 0.5, OverlapBasis.Area), new(P2, Dense, 1.0, OverlapBasis.Area),
    ];

    private static readonly Dictionary<AreaCode, double> Sizes = new() { [P1] = 2e6, [P2] = 1e6 };

    [Fact]
    public void Build_ParkAndDenseSubDistrictShareAPostalArea_TheDenseOneGetsMore()
    {
        // 10 people on the park's 1 km², 8 000 on the dense one's 2 km²: 10 and 4 000 a km².
        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(ParkAndDense, Sizes, [[Zone(Park, (2023, 10)), Zone(Dense, (2023, 8000))]], [2023]);

        // Area shares would give each half; the estimates are 0.5 × 10 and 0.5 × 4 000 (per unit of P1's size).
        Assert.Equal(5.0 / 2005, Weight(weights, P1, Park), 1e-15);
        Assert.Equal(2000.0 / 2005, Weight(weights, P1, Dense), 1e-15);
        Assert.Equal(1.0, Weight(weights, P2, Dense));
        Assert.All(weights, w => Assert.Equal(OverlapBasis.Population, w.Basis));
        Assert.All(weights, w => Assert.Equal(2023, w.Year));
    }

    [Fact]
    public void Build_EstimatesOfASubDistrictsPieces_AddUpToItsPopulation()
    {
        // The dense sub-district's density is over the area its pieces cover (1 km² of P1 and 1 km² of P2), so its
        // pieces' estimated residents are 4 000 and 4 000: its population.
        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(ParkAndDense, Sizes, [[Zone(Park, (2023, 10)), Zone(Dense, (2023, 8000))]], [2023]);

        // By the estimates P1 holds 10 + 4 000 = 4 010 residents, 4 000 of them in the dense sub-district.
        Assert.Equal(8000.0, (4010 * Weight(weights, P1, Dense)) + (4000 * Weight(weights, P2, Dense)), 1e-9);
    }

    [Fact]
    public void Build_SubDistrictWithoutPopulation_ItsPieceFallsBackToItsAreaWeight()
    {
        // A quarter of P1 lies in a sub-district no source has: that piece keeps its area share; the other three
        // quarters go by density (the park 0.25 × 10, the dense one 0.5 × 4 000).
        AreaOverlap[] overlaps = [new(P1, Unknown, 0.25, OverlapBasis.Area), new(P1, Park, 0.25, OverlapBasis.Area), new(P1, Dense, 0.5, OverlapBasis.Area)];
        Dictionary<AreaCode, double> sizes = new() { [P1] = 4e6 };
        // The park covers 1 km² of P1, the dense one 2 km².
        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(overlaps, sizes, [[Zone(Park, (2023, 10)), Zone(Dense, (2023, 8000))]], [2023]);

        Assert.Equal(0.25, Weight(weights, P1, Unknown));
        Assert.Equal(OverlapBasis.Area, weights.Single(w => w.To == Unknown).Basis);
        Assert.Equal(0.75 * 2.5 / 2002.5, Weight(weights, P1, Park), 1e-15);
        Assert.Equal(0.75 * 2000 / 2002.5, Weight(weights, P1, Dense), 1e-15);
        Assert.Equal(OverlapBasis.Population, weights.Single(w => w.To == Dense).Basis);
        Assert.Equal(1.0, weights.Sum(w => w.Weight), 1e-15);
    }

    [Fact]
    public void Build_NoPopulationKnown_AreaWeightsNormalisedForEveryYear()
    {
        // The postal polygon reaches outside the district layer: its shares sum to 0.8.
        AreaOverlap[] overlaps = [new(P1, Park, 0.6, OverlapBasis.Area), new(P1, Dense, 0.2, OverlapBasis.Area)];

        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(overlaps, Sizes, [], [2023, 2022]);

        Assert.Equal([2022, 2022, 2023, 2023], weights.Select(w => w.Year));
        Assert.Equal(0.75, weights.First(w => w.To == Park).Weight, 1e-15);
        Assert.Equal(0.25, weights.First(w => w.To == Dense).Weight, 1e-15);
        Assert.All(weights, w => Assert.Equal(OverlapBasis.Area, w.Basis));
    }

    [Fact]
    public void Build_PostalAreaWithoutSize_SubDistrictsItReachesHaveNoDensity()
    {
        // P2 has no shape: the dense sub-district's covered area is unknown, so its density is; the park's is known
        // but, alone among P1's pieces, places P1's other half by area.
        Dictionary<AreaCode, double> sizes = new() { [P1] = 2e6 };

        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(ParkAndDense, sizes, [[Zone(Park, (2023, 10)), Zone(Dense, (2023, 8000))]], [2023]);

        Assert.Equal(0.5, Weight(weights, P1, Park));
        Assert.Equal(OverlapBasis.Population, weights.Single(w => w.From == P1 && w.To == Park).Basis);
        Assert.Equal(0.5, Weight(weights, P1, Dense));
        Assert.Equal(OverlapBasis.Area, weights.Single(w => w.From == P1 && w.To == Dense).Basis);
        Assert.Equal(OverlapBasis.Area, weights.Single(w => w.From == P2).Basis);
    }

    [Fact]
    public void Build_KnownPiecesHoldNobody_AreaWeightsForTheWholePostalArea()
    {
        // Both sub-districts are counted empty, yet P1 delivers counts: the estimates cannot place them.
        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(ParkAndDense, Sizes, [[Zone(Park, (2023, 0)), Zone(Dense, (2023, 0))]], [2023]);

        Assert.Equal(0.5, Weight(weights, P1, Park));
        Assert.Equal(0.5, Weight(weights, P1, Dense));
        Assert.All(weights, w => Assert.Equal(OverlapBasis.Area, w.Basis));
    }

    [Fact]
    public void Build_EmptySubDistrictBesideAPopulatedOne_GetsWeightZeroButKeepsItsRow()
    {
        // Its row stays, so the sub-district is still derived (0) and its parents can be summed.
        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(ParkAndDense, Sizes, [[Zone(Park, (2023, 0)), Zone(Dense, (2023, 8000))]], [2023]);

        Assert.Equal(0.0, Weight(weights, P1, Park));
        Assert.Equal(1.0, Weight(weights, P1, Dense));
        Assert.Equal(OverlapBasis.Population, weights.Single(w => w.From == P1 && w.To == Park).Basis);
    }

    [Fact]
    public void Build_EachYear_TakesThePopulationOfTheNearestYearTheEarlierOnATie()
    {
        // The park has 2010 and 2020; the dense one only 2015.
        PopulationZone[] zones = [Zone(Park, (2010, 1000), (2020, 10)), Zone(Dense, (2015, 8000))];

        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(ParkAndDense, Sizes, [zones], [2015, 2016, 2030]);

        // 2015 is as near to 2010 as to 2020: 2010's 1 000 (a km², like the dense one's 4 000 → 1 : 4).
        Assert.Equal(1000.0 / 5000, weights.Single(w => w.Year == 2015 && w.From == P1 && w.To == Park).Weight, 1e-15);
        Assert.Equal(10.0 / 4010, weights.Single(w => w.Year == 2016 && w.From == P1 && w.To == Park).Weight, 1e-15);
        Assert.Equal(10.0 / 4010, weights.Single(w => w.Year == 2030 && w.From == P1 && w.To == Park).Weight, 1e-15);
    }

    [Fact]
    public void Build_TwoSources_TheFirstThatHasTheSubDistrictWins()
    {
        PopulationZone[] store = [Zone(Dense, (2023, 8000))];
        PopulationZone[] counted = [Zone(Park, (2010, 10)), Zone(Dense, (2010, 2))];

        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(ParkAndDense, Sizes, [store, counted], [2023]);

        // The dense one's 8 000 from the store, the park's 10 from the second source.
        Assert.Equal(2000.0 / 2005, Weight(weights, P1, Dense), 1e-15);
    }

    [Fact]
    public void Build_ZoneOfTwoSubDistricts_BothGetItsDensity()
    {
        // One count for both (a sub-district since split): 4 010 over the 3 km² they cover, the same density in each,
        // so P1's halves are weighed by area.
        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(
            ParkAndDense,
            Sizes,
            [[new PopulationZone([Park, Dense], new Dictionary<int, double> { [2010] = 4010 })]],
            [2023]);

        Assert.Equal(0.5, Weight(weights, P1, Park), 1e-15);
        Assert.All(weights, w => Assert.Equal(OverlapBasis.Population, w.Basis));
    }

    [Fact]
    public void Build_RealHelsinkiWithAluesarjat_EveryPostalAreaSumsToOneAndMostPiecesByPopulation()
    {
        GeographyDataset helsinki = HelsinkiGeography.Load();
        Dictionary<AreaCode, double> sizes = helsinki.Areas
            .Where(a => a.Type == AreaType.PostalArea)
            .ToDictionary(a => a.Code, a => ShapeAreas.SquareMetres(helsinki.Shapes[a.Code]));
        IReadOnlyList<PopulationZone> counted = AluesarjatPopulation.Load(helsinki.Overlaps.Select(o => o.To).Distinct());

        IReadOnlyList<CrosswalkWeight> weights = PostalCrosswalk.Build(helsinki.Overlaps, sizes, [counted], [2022, 2023]);

        Assert.Equal(84, weights.Select(w => w.From).Distinct().Count());
        Assert.All(weights.GroupBy(w => (w.From, w.Year)), g => Assert.Equal(1.0, g.Sum(w => w.Weight), 1e-12));
        // The pieces in sub-districts Aluesarjat hides (mostly small: parks, islands, industrial areas) or did not have in 2010.
        Assert.InRange(weights.Count(w => w.Basis == OverlapBasis.Area), 1, weights.Count / 5);
        // Viikinranta (mostly a nature reserve) is 31 % of 00790 Viikki's surface but, by 2010's densities, holds 3 % of
        // its residents; Latokartano, half of its surface, holds 89 %.
        AreaOverlap[] viikki = [.. helsinki.Overlaps.Where(o => o.From.Value == "00790")];
        Assert.InRange(viikki.Single(o => o.To.Value == "0915501361").Share / viikki.Sum(o => o.Share), 0.30, 0.32);
        Assert.InRange(weights.Single(w => w.Year == 2023 && w.From.Value == "00790" && w.To.Value == "0915501361").Weight, 0.01, 0.05);
        Assert.InRange(weights.Single(w => w.Year == 2023 && w.From.Value == "00790" && w.To.Value == "0915501362").Weight, 0.85, 0.95);
    }

    private static PopulationZone Zone(AreaCode subDistrict, params (int Year, double Residents)[] counts) =>
        new([subDistrict], counts.ToDictionary(c => c.Year, c => c.Residents));

    private static double Weight(IReadOnlyList<CrosswalkWeight> weights, AreaCode from, AreaCode to) =>
        weights.Single(w => w.From == from && w.To == to).Weight;
}
