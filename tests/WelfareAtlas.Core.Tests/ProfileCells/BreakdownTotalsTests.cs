using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;

namespace WelfareAtlas.Core.Tests.ProfileCells;

public sealed class BreakdownTotalsTests
{
    private static readonly IndicatorId Chat = IndicatorId.Parse("chat");
    private static readonly AreaCode Area = AreaCode.Parse("00100");
    private static readonly Period Month = Period.OfMonth(2024, 3);

    [Fact]
    public void Derive_TopicsOfOnePopulation_SumsNumeratorsAndKeepsTheSharedDenominator()
    {
        Observation[] topics = [Topic("loneliness", 3, 900), Topic("anxiety", 5, 900), Topic("school", 0, 900)];

        (Observation total, IReadOnlyList<int> parts) = Assert.Single(BreakdownTotals.Derive(Measure.CrudeRate, topics));

        Assert.Equal("total", total.Breakdown.Key);
        Assert.Equal(8, total.Numerator);
        Assert.Equal(900, total.Denominator);
        Assert.Equal([0, 1, 2], parts);
    }

    [Fact]
    public void Derive_WomenAndMen_SumsNumeratorsAndDenominators()
    {
        AgeBand young = new(7, 17);
        Observation[] sexes =
        [
            new(Chat, Area, Month, new Breakdown(Sex.Female, young), 40, 100),
            new(Chat, Area, Month, new Breakdown(Sex.Male, young), 30, 120),
        ];

        (Observation total, _) = Assert.Single(BreakdownTotals.Derive(Measure.Proportion, sexes));

        Assert.Equal("age=7-17", total.Breakdown.Key);
        Assert.Equal(70, total.Numerator);
        Assert.Equal(220, total.Denominator);
    }

    [Fact]
    public void Derive_SexAndTopic_GivesTopicTotalsByPartAndTheirSexTotalNamingDeliveredParts()
    {
        Observation[] rows =
        [
            new(Chat, Area, Month, new Breakdown(Sex.Female, AgeBand.All, "topic", "a"), 1, 50),
            new(Chat, Area, Month, new Breakdown(Sex.Female, AgeBand.All, "topic", "b"), 2, 50),
            new(Chat, Area, Month, new Breakdown(Sex.Male, AgeBand.All, "topic", "a"), 3, 60),
            new(Chat, Area, Month, new Breakdown(Sex.Male, AgeBand.All, "topic", "b"), 4, 60),
        ];

        IReadOnlyList<(Observation Total, IReadOnlyList<int> Parts)> derived = BreakdownTotals.Derive(Measure.CrudeRate, rows);

        Assert.Equal(["sex=female", "sex=male", "total"], derived.Select(d => d.Total.Breakdown.Key).Order(StringComparer.Ordinal));
        (Observation total, IReadOnlyList<int> parts) = derived.Single(d => d.Total.Breakdown.IsTotal);
        Assert.Equal(10, total.Numerator);
        Assert.Equal(110, total.Denominator);
        Assert.Equal([0, 1, 2, 3], parts.Order());
    }

    [Fact]
    public void Derive_NothingWhenTheSourceGaveTheTotalAPartIsSuppressedOrTheMeasureIsNotAdditive()
    {
        Observation[] withTotal = [Topic("a", 1, 10), Topic("b", 2, 10), new(Chat, Area, Month, Breakdown.Total, 4, 10)];
        Observation[] suppressed = [Topic("a", 1, 10), Topic("b", 2, 10) with { Status = ObservationStatus.SuppressedBySource, Numerator = null }];
        Observation[] unequal = [Topic("a", 1, 10), Topic("b", 2, 11)];

        Assert.Empty(BreakdownTotals.Derive(Measure.CrudeRate, withTotal));
        Assert.Empty(BreakdownTotals.Derive(Measure.CrudeRate, suppressed));
        Assert.Empty(BreakdownTotals.Derive(Measure.CrudeRate, unequal));
        Assert.Empty(BreakdownTotals.Derive(Measure.Mean, [Topic("a", 1, 10), Topic("b", 2, 10)]));
    }

    private static Observation Topic(string topic, double count, double population) =>
        new(Chat, Area, Month, new Breakdown(Sex.Total, AgeBand.All, "topic", topic), count, population);
}
