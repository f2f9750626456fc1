using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using static WelfareAtlas.Core.Tests.Disclosure.Cells;

namespace WelfareAtlas.Core.Tests.Disclosure;

/// <summary>
/// The compute run's path of disclosure control (<c>DisclosureControl.ProtectIndexed</c>: relations by integer
/// positions) against the reference (<see cref="AdditiveRelations.Build"/> with the overload that takes the relations):
/// the same state and reason for every cell, the same relations in the same order, the same estimates and the same audit,
/// on random tables with postal areas and a crosswalk, sex, age bands and a free dimension, several periods with pooled
/// years, cells the source withheld or never gave, and totals that do not add up.
/// </summary>
public sealed class IndexedProtectionTests
{
    private static readonly string[] Topics = ["a", "b", "c"];

    [Property(MaxTest = 100)]
    public bool ProtectIndexed_RandomTable_SameAsTheReference(NonNegativeInt seed)
    {
        (Indicator indicator, IReadOnlyList<Area> areas, List<Observation> observations, List<CrosswalkShare> shares) = MixedTable(seed.Get);

        ProtectedTable reference = DisclosureControl.Protect(
            indicator, observations, AdditiveRelations.Build(DisclosureControl.Counts(indicator, observations), areas, shares), Audience.Analyst);
        ProtectedTable indexed = DisclosureControl.ProtectIndexed(indicator, observations, areas, shares, Audience.Analyst);

        return Same(reference, indexed);
    }

    [Property(MaxTest = 30)]
    public bool ProtectIndexed_ShuffledInput_SameAsTheReference(NonNegativeInt seed)
    {
        (Indicator indicator, IReadOnlyList<Area> areas, List<Observation> observations, List<CrosswalkShare> shares) = MixedTable(seed.Get);
        new Random(seed.Get + 7).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(observations));

        ProtectedTable reference = DisclosureControl.Protect(
            indicator, observations, AdditiveRelations.Build(DisclosureControl.Counts(indicator, observations), areas, shares), Audience.Public);
        ProtectedTable indexed = DisclosureControl.ProtectIndexed(indicator, observations, areas, shares, Audience.Public);

        return Same(reference, indexed);
    }

    [Property(MaxTest = 30)]
    public bool ProtectIndexed_RandomHierarchy_SameAsTheReference(NonNegativeInt seed)
    {
        // The tables of DisclosurePropertyTests: deeper hierarchies with sex and age bands, no postal areas.
        RandomTable random = RandomTable.Create(seed.Get);

        ProtectedTable reference = DisclosureControl.Protect(
            random.Indicator, random.Observations, AdditiveRelations.Build(DisclosureControl.Counts(random.Indicator, random.Observations), random.Areas, []), Audience.Analyst);
        ProtectedTable indexed = DisclosureControl.ProtectIndexed(random.Indicator, random.Observations, random.Areas, [], Audience.Analyst);

        return Same(reference, indexed);
    }

    [Fact]
    public void ProtectIndexed_RepeatedCell_ThrowsAsTheReference()
    {
        Observation[] observations = [Count("091", 3), Count("091", 4)];

        ArgumentException reference = Assert.Throws<ArgumentException>(() => DisclosureControl.Counts(Register, observations));
        ArgumentException indexed = Assert.Throws<ArgumentException>(() => DisclosureControl.Protect(Register, observations, OneDistrict(1), [], Audience.Public));

        Assert.Equal(reference.Message, indexed.Message);
    }

    [Fact]
    public void ProtectIndexed_SparseKeys_SameAsTheReference()
    {
        // Each sub-district in its own year, and the district in every fifth of them: 100 areas × 100 years is far more
        // than the index spends a cell on a grid, so it finds cells by key; small counts hide cells and the district's
        // relations (where its year has a sub-district) join them.
        List<Observation> observations = [.. Enumerable.Range(1, 100).Select(i => Count(SubDistrict(i), i % 7, period: Period.OfYear(1900 + i)))];
        observations.AddRange(Enumerable.Range(1, 20).Select(i => Count("0911010000", 11 + i, period: Period.OfYear(1900 + (5 * i)))));
        IReadOnlyList<Area> areas = OneDistrict(100);

        ProtectedTable reference = DisclosureControl.Protect(
            Register, observations, AdditiveRelations.Build(DisclosureControl.Counts(Register, observations), areas, []), Audience.Analyst);
        ProtectedTable indexed = DisclosureControl.ProtectIndexed(Register, observations, areas, [], Audience.Analyst);

        Assert.Contains(indexed.Cells, cell => cell.State == CellState.PrimarySuppressed);
        Assert.True(Same(reference, indexed));
    }

    [Fact]
    public void Protect_NothingHiddenRepeatedCell_ThrowsAsTheReference()
    {
        // Counts the rule leaves alone take the path without relations, whose check of repeats is a bit per key.
        Observation[] observations = [Count("091", 300), Count(SubDistrict(1), 50), Count(SubDistrict(2), 60), Count(SubDistrict(1), 70), Count("091", 400)];

        ArgumentException reference = Assert.Throws<ArgumentException>(() => DisclosureControl.Counts(Register, observations));
        ArgumentException nothingHidden = Assert.Throws<ArgumentException>(() => DisclosureControl.Protect(Register, observations, OneDistrict(2), [], Audience.Public));

        Assert.Contains($"{SubDistrict(1)}/2024/total", nothingHidden.Message, StringComparison.Ordinal);
        Assert.Equal(reference.Message, nothingHidden.Message);
    }

    [Fact]
    public void Protect_NothingHiddenSparseKeysRepeatedCell_ThrowsAsTheReference()
    {
        // 100 areas each in its own year: a grid of 100 × 100 keys for 100 cells is more than the check spends a cell, so
        // it takes a set of the keys; the first repeat in input order is named (the 57th cell's, before the 12th's).
        List<Observation> observations = [.. Enumerable.Range(1, 100).Select(i => Count(SubDistrict(i), 50, period: Period.OfYear(1900 + i)))];
        observations.Add(observations[56]);
        observations.Add(observations[11]);

        ArgumentException reference = Assert.Throws<ArgumentException>(() => DisclosureControl.Counts(Register, observations));
        ArgumentException nothingHidden = Assert.Throws<ArgumentException>(() => DisclosureControl.Protect(Register, observations, OneDistrict(100), [], Audience.Public));

        Assert.Contains($"{SubDistrict(57)}/1957/total", nothingHidden.Message, StringComparison.Ordinal);
        Assert.Equal(reference.Message, nothingHidden.Message);
    }

    [Fact]
    public void Protect_NothingHiddenDistinctCells_Passes()
    {
        // The same keys in both orders of area and year, none repeated: the grid must tell (a, y) from (y, a).
        Observation[] observations = [Count(SubDistrict(1), 50, period: Period.OfYear(2002)), Count(SubDistrict(2), 60, period: Period.OfYear(2001)),
            Count(SubDistrict(1), 70, period: Period.OfYear(2001)), Count(SubDistrict(2), 80, period: Period.OfYear(2002))];

        ProtectedTable table = DisclosureControl.Protect(Register, observations, OneDistrict(2), [], Audience.Analyst);

        Assert.All(table.Cells, cell => Assert.Equal(CellState.Published, cell.State));
    }

    private static bool Same(ProtectedTable reference, ProtectedTable indexed)
    {
        Assert.Equal(reference.Cells, indexed.Cells);
        Assert.Equal(reference.Relations.Select(r => r.ToString()), indexed.Relations.Select(r => r.ToString()));
        Assert.Equal(reference.Contradicted.Select(r => r.ToString()), indexed.Contradicted.Select(r => r.ToString()));
        Assert.Equal(reference.Estimates, indexed.Estimates);
        Assert.Equal(reference.Audit.Ranges, indexed.Audit.Ranges);
        Assert.Equal(reference.Audit.Failures, indexed.Audit.Failures);
        Assert.Equal(reference.Audit.Inconsistent, indexed.Audit.Inconsistent);
        Assert.Equal((reference.Audit.Components, reference.Audit.LargestComponent), (indexed.Audit.Components, indexed.Audit.LargestComponent));
        return true;
    }

    /// <summary>
    /// A city with postal areas, apportioned to sub-districts through random shares (or, half the time, sub-districts
    /// delivered directly with their sums up the hierarchy), 1–3 of two years, a month and the pooled years; breakdowns
    /// by sex, age bands and a topic with their totals; small counts common; a few cells left out, withheld or missing,
    /// and now and then a total that is not the sum of its parts.
    /// </summary>
    private static (Indicator Indicator, IReadOnlyList<Area> Areas, List<Observation> Observations, List<CrosswalkShare> Shares) MixedTable(int seed)
    {
        var random = new Random(seed);
        DisclosureRule rule = random.Next(3) switch
        {
            0 => DisclosureRule.PersonRegister,
            1 => DisclosureRule.Sensitive,
            _ => new DisclosureRule(random.Next(2, 8), 0, random.Next(2) == 0) { UnreliableBelowDenominator = 30 },
        };
        Indicator indicator = Register with { Disclosure = rule };

        var areas = new List<Area> { Area("091", AreaType.City, null) };
        var subDistricts = new List<string>();
        for (int major = 1, majors = random.Next(1, 3); major <= majors; major++)
        {
            string majorCode = $"091{major}000000";
            areas.Add(Area(majorCode, AreaType.MajorDistrict, "091"));
            for (int district = 1, districts = random.Next(1, 3); district <= districts; district++)
            {
                string districtCode = $"091{major}{major}{district:D2}000";
                areas.Add(Area(districtCode, AreaType.District, majorCode));
                for (int sub = 1, subs = random.Next(1, 3); sub <= subs; sub++)
                {
                    string subCode = $"091{major}{major}{district:D2}{sub:D3}";
                    areas.Add(Area(subCode, AreaType.SubDistrict, districtCode));
                    subDistricts.Add(subCode);
                }
            }
        }

        bool postal = random.Next(2) == 0;
        var postalAreas = new List<string>();
        if (postal)
        {
            for (int p = 0, count = random.Next(1, 6); p < count; p++)
            {
                string code = (100 + (10 * p)).ToString("D5", CultureInfo.InvariantCulture);
                areas.Add(Area(code, AreaType.PostalArea, "091"));
                postalAreas.Add(code);
            }
        }

        // Areas in a random order: the relations must not depend on it.
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(areas));

        Period[] allPeriods = [Period.OfYear(2022), Period.OfYear(2023), Period.OfMonth(2023, 1)];
        List<Period> periods = [.. allPeriods.Where(_ => random.Next(3) > 0)];
        if (periods.Count == 0)
        {
            periods.Add(Period.OfYear(2023));
        }

        bool bySex = random.Next(2) == 0;
        bool byAge = random.Next(3) == 0;
        bool byTopic = !byAge && random.Next(2) == 0;
        List<Breakdown> leaves = [.. (bySex ? [Sex.Female, Sex.Male] : new[] { Sex.Total })
            .SelectMany(sex => byAge ? [new Breakdown(sex, new AgeBand(0, 17)), new Breakdown(sex, new AgeBand(18, null))] : new[] { new Breakdown(sex, AgeBand.All) })
            .SelectMany(b => byTopic ? Topics.Select(c => b with { Dimension = "topic", Category = c }) : new[] { b })];

        var counts = new Dictionary<(string Area, Period Period, Breakdown Breakdown), double>();
        var shares = new List<CrosswalkShare>();
        string[] deliveredLeaves = postal ? [.. postalAreas] : [.. subDistricts];
        foreach (Period period in periods)
        {
            foreach (string leaf in deliveredLeaves)
            {
                foreach (Breakdown breakdown in leaves)
                {
                    counts[(leaf, period, breakdown)] = random.Next(10) < 5 ? random.Next(0, 5) : random.Next(5, 40);
                }

                AddTotals(counts, leaf, period, leaves);
            }

            if (postal)
            {
                // Each postal area split over one to three sub-districts; the city is the sum of the postal areas.
                foreach (string code in postalAreas)
                {
                    string[] targets = [.. subDistricts.OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(3, subDistricts.Count) + 1))];
                    double[] weights = [.. targets.Select(_ => 1.0 + random.Next(4))];
                    double sum = weights.Sum();
                    for (int t = 0; t < targets.Length; t++)
                    {
                        shares.Add(new CrosswalkShare(period, AreaCode.Parse(code), AreaCode.Parse(targets[t]), weights[t] / sum));
                    }
                }

                foreach (Breakdown breakdown in counts.Keys.Where(k => k.Period == period && k.Area == postalAreas[0]).Select(k => k.Breakdown).ToList())
                {
                    counts[("091", period, breakdown)] = postalAreas.Sum(code => counts[(code, period, breakdown)]);
                    foreach (string sub in subDistricts)
                    {
                        counts[(sub, period, breakdown)] = shares.Where(s => s.Period == period && s.SubDistrict.Value == sub)
                            .Sum(s => s.Weight * counts[(s.PostalArea.Value, period, breakdown)]);
                    }
                }
            }

            foreach (AreaType level in (AreaType[])[AreaType.District, AreaType.MajorDistrict, AreaType.City])
            {
                if (postal && level == AreaType.City)
                {
                    continue;
                }

                foreach (Area parent in areas.Where(area => area.Type == level))
                {
                    string[] children = [.. areas.Where(area => area.Parent == parent.Code && area.Type != AreaType.PostalArea).Select(area => area.Code.Value)];
                    foreach (Breakdown breakdown in counts.Keys.Where(k => k.Period == period && k.Area == children[0]).Select(k => k.Breakdown).ToList())
                    {
                        counts[(parent.Code.Value, period, breakdown)] = children.Sum(child => counts.GetValueOrDefault((child, period, breakdown)));
                    }
                }
            }
        }

        if (periods.Contains(Period.OfYear(2022)) && periods.Contains(Period.OfYear(2023)) && random.Next(2) == 0)
        {
            Period pooled = Period.OfPooledYears(2022, 2023);
            foreach (var key in counts.Keys.Where(k => k.Period == Period.OfYear(2023)).ToList())
            {
                counts[(key.Area, pooled, key.Breakdown)] = counts[key] + counts.GetValueOrDefault((key.Area, Period.OfYear(2022), key.Breakdown));
            }
        }

        var observations = new List<Observation>();
        foreach (((string area, Period period, Breakdown breakdown), double numerator) in counts.OrderBy(pair => pair.Key.Area, StringComparer.Ordinal))
        {
            int roll = random.Next(100);
            if (roll < 3)
            {
                continue; // not delivered at all
            }

            Observation observation = Count(area, numerator, 1000, breakdown, period) with { Indicator = indicator.Id };
            observations.Add(roll switch
            {
                < 5 => observation with { Numerator = null, Denominator = null, Status = ObservationStatus.SuppressedBySource },
                < 6 => observation with { Numerator = null, Denominator = null, Status = ObservationStatus.Missing },
                < 8 => observation with { Numerator = numerator + 1 }, // a total that no longer adds up
                _ => observation,
            });
        }

        return (indicator, areas, observations, shares);
    }

    private static void AddTotals(Dictionary<(string Area, Period Period, Breakdown Breakdown), double> counts, string area, Period period, List<Breakdown> leaves)
    {
        // Every coarser breakdown (a part set to its total) as the sum of the leaves under it.
        var totals = new Dictionary<Breakdown, double>();
        foreach (Breakdown leaf in leaves)
        {
            double value = counts[(area, period, leaf)];
            foreach (Breakdown coarser in Coarser(leaf).Distinct())
            {
                totals[coarser] = totals.GetValueOrDefault(coarser) + value;
            }
        }

        foreach ((Breakdown breakdown, double value) in totals)
        {
            counts[(area, period, breakdown)] = value;
        }
    }

    private static IEnumerable<Breakdown> Coarser(Breakdown leaf)
    {
        foreach (bool sex in new[] { false, true })
        {
            foreach (bool age in new[] { false, true })
            {
                foreach (bool topic in new[] { false, true })
                {
                    Breakdown coarser = leaf with
                    {
                        Sex = sex ? Sex.Total : leaf.Sex,
                        Age = age ? AgeBand.All : leaf.Age,
                        Dimension = topic ? null : leaf.Dimension,
                        Category = topic ? null : leaf.Category,
                    };
                    if (coarser != leaf)
                    {
                        yield return coarser;
                    }
                }
            }
        }
    }
}
