using FsCheck;
using FsCheck.Xunit;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;

namespace WelfareAtlas.Core.Tests.ProfileCells;

/// <summary>
/// <see cref="BreakdownParts"/>: parts of whole breakdowns, and <see cref="CellCalculator"/> on the parts gives every
/// observation the very cell the whole indicator gives it (the compute run relies on this for its largest indicators).
/// </summary>
public sealed class BreakdownPartsTests
{
    private static readonly IndicatorId Indicator = IndicatorId.Parse("payment-defaults");
    private static readonly AreaCode City = AreaCode.Parse("091");

    private static readonly Breakdown[] Breakdowns =
    [
        Breakdown.Total,
        new(Sex.Female, AgeBand.All),
        new(Sex.Male, AgeBand.All),
        new(Sex.Total, new AgeBand(18, 29)),
        new(Sex.Total, new AgeBand(30, null)),
        new(Sex.Total, AgeBand.All, "topic", "debt"),
    ];

    [Fact]
    public void Of_SmallIndicator_OnePartInOrder()
    {
        List<Observation> observations = Table(new Random(1), areas: 3, years: 2);

        IReadOnlyList<int[]> parts = BreakdownParts.Of(observations, observations.Count);

        int[] part = Assert.Single(parts);
        Assert.Equal(Enumerable.Range(0, observations.Count), part);
    }

    [Fact]
    public void Of_NoObservations_NoPart() => Assert.Empty(BreakdownParts.Of([], 10));

    [Fact]
    public void Of_BreakdownLargerThanMaximum_KeptWhole()
    {
        // Three areas × two years = 6 observations a breakdown, more than the maximum of 4: each breakdown is a part.
        List<Observation> observations = Table(new Random(2), areas: 3, years: 2);

        IReadOnlyList<int[]> parts = BreakdownParts.Of(observations, 4);

        Assert.Equal(Breakdowns.Length, parts.Count);
        Assert.All(parts, part => Assert.Single(part.Select(i => observations[i].Breakdown.Key).Distinct()));
    }

    [Property(MaxTest = 100)]
    public bool Of_RandomTable_WholeBreakdownsAscendingEveryPositionOnce(NonNegativeInt seed, PositiveInt maximum)
    {
        var random = new Random(seed.Get);
        List<Observation> observations = Table(random, random.Next(1, 6), random.Next(1, 7));
        int limit = 1 + (maximum.Get % 40);

        IReadOnlyList<int[]> parts = BreakdownParts.Of(observations, limit);

        int[] every = [.. parts.SelectMany(part => part).Order()];
        bool eachOnce = every.SequenceEqual(Enumerable.Range(0, observations.Count));
        bool ascending = parts.All(part => part.Zip(part.Skip(1)).All(pair => pair.First < pair.Second));
        bool wholeBreakdowns = parts
            .SelectMany((part, p) => part.Select(i => (Key: observations[i].Breakdown.Key, Part: p)))
            .GroupBy(entry => entry.Key)
            .All(group => group.Select(entry => entry.Part).Distinct().Count() == 1);
        bool withinLimit = parts.All(part => part.Length <= limit || part.Select(i => observations[i].Breakdown.Key).Distinct().Count() == 1);
        return eachOnce && ascending && wholeBreakdowns && withinLimit;
    }

    [Property(MaxTest = 60)]
    public bool Compute_ByParts_SameCellsAsTheWhole(NonNegativeInt seed, PositiveInt maximum)
    {
        var random = new Random(seed.Get);
        int areaCount = random.Next(1, 8);
        List<Observation> observations = Table(random, areaCount, random.Next(1, 8));
        Dictionary<AreaCode, Area> areas = Areas(areaCount);
        IndicatorMethod method = new(Indicator, random.Next(2) == 0 ? Measure.Proportion : Measure.CrudeRate, 100);

        IReadOnlyList<IndicatorCell> whole = CellCalculator.Compute(method, areas, observations);
        Dictionary<int, IndicatorCell> bySource = whole.ToDictionary(cell => cell.SourceIndex);
        int count = 0;
        foreach (int[] part in BreakdownParts.Of(observations, 1 + (maximum.Get % 30)))
        {
            foreach (IndicatorCell cell in CellCalculator.Compute(method, areas, part.Select(i => observations[i])))
            {
                // The part's cell points at its position in the part; the whole's at its position in the whole.
                if (!bySource.TryGetValue(part[cell.SourceIndex], out IndicatorCell? expected) || expected != cell with { SourceIndex = part[cell.SourceIndex] })
                {
                    return false;
                }

                count++;
            }
        }

        return count == whole.Count;
    }

    private static Dictionary<AreaCode, Area> Areas(int count)
    {
        List<Area> areas = [new(City, AreaType.City, LocalisedText.Same("Helsinki"), null)];
        for (int i = 1; i <= count; i++)
        {
            areas.Add(new Area(AreaCode.Parse($"0915503{i:D3}"), AreaType.SubDistrict, LocalisedText.Same($"area {i}"), City));
        }

        return areas.ToDictionary(area => area.Code);
    }

    /// <summary>
    /// The city and <paramref name="areas"/> sub-districts, <paramref name="years"/> years from 2018, every breakdown,
    /// small random counts (zeros included) on random denominators, about one cell in ten missing, in random order.
    /// </summary>
    private static List<Observation> Table(Random random, int areas, int years)
    {
        List<Observation> observations = [];
        AreaCode[] codes = [City, .. Enumerable.Range(1, areas).Select(i => AreaCode.Parse($"0915503{i:D3}"))];
        foreach (AreaCode area in codes)
        {
            for (int year = 2018; year < 2018 + years; year++)
            {
                foreach (Breakdown breakdown in Breakdowns)
                {
                    if (random.Next(10) == 0)
                    {
                        continue;
                    }

                    double denominator = random.Next(20, 2_000);
                    observations.Add(new Observation(Indicator, area, Period.OfYear(year), breakdown, random.Next(0, 60), denominator));
                }
            }
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(observations));
        return observations;
    }
}
