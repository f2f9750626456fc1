using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Observations;
using static WelfareAtlas.Core.Tests.Disclosure.Cells;

namespace WelfareAtlas.Core.Tests.Disclosure;

public sealed class AdditiveRelationsTests
{
    private static Breakdown Age(int from, int? to, Sex sex = Sex.Total) => new(sex, new AgeBand(from, to));

    [Fact]
    public void Build_FullHierarchy_OneRelationPerParentWithItsPresentChildren()
    {
        Dictionary<CellKey, double?> counts = new()
        {
            [Key("091")] = 30, [Key("0911000000")] = 30, [Key("0911010000")] = 30,
            [Key(SubDistrict(1))] = 10, [Key(SubDistrict(2))] = 20,
        };

        RelationSet set = AdditiveRelations.Build(counts, OneDistrict(3), []);

        Assert.Equal(3, set.Relations.Count);
        Assert.All(set.Relations, relation => Assert.Equal(RelationKind.AreaHierarchy, relation.Kind));
        AdditiveRelation district = Assert.Single(set.Relations, relation => relation.Total == Key("0911010000"));
        // The third sub-district has no cell (nobody of the group lives there): the sum is over the two present.
        Assert.Equal([Key(SubDistrict(1)), Key(SubDistrict(2))], district.Parts.Select(part => part.Cell));
        Assert.Empty(set.Contradicted);
    }

    [Fact]
    public void Build_ParentThatIsNotTheSum_Contradicted()
    {
        Dictionary<CellKey, double?> counts = new() { [Key("0911010000")] = 31, [Key(SubDistrict(1))] = 10, [Key(SubDistrict(2))] = 20 };

        RelationSet set = AdditiveRelations.Build(counts, OneDistrict(2), []);

        Assert.Empty(set.Relations);
        Assert.Equal(Key("0911010000"), Assert.Single(set.Contradicted).Total);
    }

    [Fact]
    public void Build_CellWithoutNumber_RelationKeptUnchecked()
    {
        Dictionary<CellKey, double?> counts = new() { [Key("0911010000")] = 31, [Key(SubDistrict(1))] = null, [Key(SubDistrict(2))] = 20 };

        Assert.Single(AdditiveRelations.Build(counts, OneDistrict(2), []).Relations);
    }

    [Fact]
    public void Build_SexAndDisjointAgeBands_BothRelations()
    {
        Dictionary<CellKey, double?> counts = new()
        {
            [Key(SubDistrict(1))] = 30,
            [Key(SubDistrict(1), Breakdown.Total with { Sex = Sex.Female })] = 12,
            [Key(SubDistrict(1), Breakdown.Total with { Sex = Sex.Male })] = 18,
            [Key(SubDistrict(1), Age(7, 17))] = 10,
            [Key(SubDistrict(1), Age(18, 29))] = 20,
        };

        RelationSet set = AdditiveRelations.Build(counts, [Area(SubDistrict(1), AreaType.SubDistrict, null)], []);

        Assert.Equal([RelationKind.Sex, RelationKind.AgeBands], set.Relations.Select(relation => relation.Kind).Order());
    }

    [Fact]
    public void Build_OverlappingAgeBands_NoAgeRelation()
    {
        // 7-17 and 15-29 overlap: their sum is not the total, and no relation is proposed.
        Dictionary<CellKey, double?> counts = new()
        {
            [Key(SubDistrict(1))] = 30, [Key(SubDistrict(1), Age(7, 17))] = 10, [Key(SubDistrict(1), Age(15, 29))] = 20,
        };

        Assert.Empty(AdditiveRelations.Build(counts, [Area(SubDistrict(1), AreaType.SubDistrict, null)], []).Relations);
    }

    [Fact]
    public void Build_DimensionCategories_SumToTheTotal()
    {
        Dictionary<CellKey, double?> counts = new()
        {
            [Key("00100")] = 9,
            [Key("00100", Breakdown.Total with { Dimension = "topic", Category = "anxiety" })] = 4,
            [Key("00100", Breakdown.Total with { Dimension = "topic", Category = "loneliness" })] = 5,
        };

        AdditiveRelation relation = Assert.Single(AdditiveRelations.Build(counts, [Area("00100", AreaType.PostalArea, null)], []).Relations);

        Assert.Equal(RelationKind.Dimension, relation.Kind);
    }

    [Fact]
    public void Build_PostalAreasAndCrosswalk_CityIsTheirSumAndTheHierarchyIsApportioned()
    {
        // Sub-district 1 gets all of 00100 and half of 00120; its district and major district are sums of it, so all
        // three are apportioned estimates, and the city is exactly 00100 + 00120 (each postal area's shares add to 1).
        IReadOnlyList<Area> areas = [.. OneDistrict(2), Area("00100", AreaType.PostalArea, "091"), Area("00120", AreaType.PostalArea, "091")];
        Dictionary<CellKey, double?> counts = new()
        {
            [Key("091")] = 30, [Key("0911000000")] = 30, [Key("0911010000")] = 30,
            [Key(SubDistrict(1))] = 20, [Key(SubDistrict(2))] = 10, [Key("00100")] = 10, [Key("00120")] = 20,
        };
        CrosswalkShare[] shares =
        [
            new(Year, Code("00100"), Code(SubDistrict(1)), 1),
            new(Year, Code("00120"), Code(SubDistrict(1)), 0.5),
            new(Year, Code("00120"), Code(SubDistrict(2)), 0.5),
        ];

        RelationSet set = AdditiveRelations.Build(counts, areas, shares);

        AdditiveRelation city = Assert.Single(set.Relations);
        Assert.Equal((RelationKind.PostalAreas, Key("091")), (city.Kind, city.Total));
        Assert.Equal([Key("00100"), Key("00120")], set.Apportioned[Key(SubDistrict(1))]);
        Assert.Equal([Key("00120")], set.Apportioned[Key(SubDistrict(2))]);
        Assert.Equal([Key("00100"), Key("00120")], set.Apportioned[Key("0911000000")]);
        Assert.False(set.Apportioned.ContainsKey(Key("091")));
    }
}
