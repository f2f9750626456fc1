using FsCheck;
using FsCheck.Xunit;
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
    public void Derive_FractionalTopicsInAnotherOrder_GiveTheSameTotalBitForBit()
    {
        // Apportioned counts: 0.1 + 0.2 + 0.3 is 0.6000000000000001 in doubles, 0.3 + 0.2 + 0.1 is 0.6.
        Observation[] read = [Topic("a", 0.1, 900), Topic("b", 0.2, 900), Topic("c", 0.3, 900)];
        Observation[] readOtherwise = [.. read.Reverse()];

        (Observation total, _) = Assert.Single(BreakdownTotals.Derive(Measure.CrudeRate, read));
        (Observation otherwise, _) = Assert.Single(BreakdownTotals.Derive(Measure.CrudeRate, readOtherwise));

        Assert.Equal(BitConverter.DoubleToInt64Bits(total.Numerator!.Value), BitConverter.DoubleToInt64Bits(otherwise.Numerator!.Value));
    }

    [Property(MaxTest = 200)]
    public bool Derive_RandomDeliveryReadInAnotherOrder_SameTotalsBitForBit(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        List<Observation> observations = Delivery(random);
        List<Observation> otherwise = [.. observations];
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(otherwise));

        // The totals by their cell: the order they are made in follows the order read, their numbers must not.
        static Dictionary<string, Observation> ByCell(IEnumerable<(Observation Total, IReadOnlyList<int> Parts)> derived) =>
            derived.ToDictionary(d => $"{d.Total.Area}/{d.Total.Period}/{d.Total.Breakdown.Key}", d => d.Total, StringComparer.Ordinal);
        Dictionary<string, Observation> first = ByCell(BreakdownTotals.Derive(Measure.CrudeRate, observations));
        Dictionary<string, Observation> second = ByCell(BreakdownTotals.Derive(Measure.CrudeRate, otherwise));
        return first.Count == second.Count && first.All(pair => second.TryGetValue(pair.Key, out Observation? other) && other == pair.Value);
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

    [Property(MaxTest = 200)]
    public bool Derive_RandomDelivery_SameTotalsInTheSameOrderAsTheReference(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        Measure[] additive = [Measure.Count, Measure.Proportion, Measure.CrudeRate];
        Measure measure = additive[random.Next(3)];
        List<Observation> observations = Delivery(random);

        IReadOnlyList<(Observation Total, IReadOnlyList<int> Parts)> actual = BreakdownTotals.Derive(measure, observations);
        IReadOnlyList<(Observation Total, IReadOnlyList<int> Parts)> expected = BreakdownTotalsReference.Derive(measure, observations);

        // Equal records (the sums bit for bit: the same parts added in the same order, smallest first) and the same parts, in order.
        return actual.Count == expected.Count
            && actual.Zip(expected).All(pair => pair.First.Total == pair.Second.Total && pair.First.Parts.SequenceEqual(pair.Second.Parts));
    }

    /// <summary>
    /// A random delivery of up to three areas and months: by topic with or without sex, by sex alone, by age band, with
    /// some totals given by the source, some parts suppressed or without a numerator or denominator, topics of one
    /// population that sometimes disagree on it, fractional counts (apportioned ones), in random order.
    /// </summary>
    private static List<Observation> Delivery(Random random)
    {
        AreaCode[] areas = [Area, AreaCode.Parse("00200"), AreaCode.Parse("091")];
        Sex[] sexes = [Sex.Total, Sex.Female, Sex.Male];
        AgeBand[] ages = [AgeBand.All, new(7, 17), new(18, 29)];
        string[] topics = ["a", "b", "c"];
        List<Observation> observations = [];
        foreach (AreaCode area in areas.Take(random.Next(1, 4)))
        {
            for (int month = 1; month <= random.Next(1, 4); month++)
            {
                Period period = Period.OfMonth(2024, month);
                foreach (Sex sex in sexes)
                {
                    foreach (AgeBand age in ages.Take(random.Next(1, 4)))
                    {
                        double population = random.Next(50, 500);
                        if (random.Next(4) == 0)
                        {
                            observations.Add(Part(area, period, new Breakdown(sex, age), random, population));
                        }

                        foreach (string topic in topics.Take(random.Next(0, 4)))
                        {
                            // Now and then a topic with its own population: the topics' total is then not made.
                            double denominator = random.Next(12) == 0 ? population + 1 : population;
                            observations.Add(Part(area, period, new Breakdown(sex, age, "topic", topic), random, denominator));
                        }
                    }
                }
            }
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(observations));
        return observations;
    }

    private static Observation Part(AreaCode area, Period period, Breakdown breakdown, Random random, double denominator) => random.Next(10) switch
    {
        0 => new(Chat, area, period, breakdown, null, null, Status: ObservationStatus.SuppressedBySource),
        1 => new(Chat, area, period, breakdown, random.Next(0, 20), null),
        2 => new(Chat, area, period, breakdown, null, denominator),
        3 => new(Chat, area, period, breakdown, random.Next(0, 200) / 7.0, denominator),
        _ => new(Chat, area, period, breakdown, random.Next(0, 20), denominator),
    };

    private static Observation Topic(string topic, double count, double population) =>
        new(Chat, Area, Month, new Breakdown(Sex.Total, AgeBand.All, "topic", topic), count, population);
}
