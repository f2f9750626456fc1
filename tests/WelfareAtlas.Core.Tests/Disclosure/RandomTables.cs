using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using static WelfareAtlas.Core.Tests.Disclosure.Cells;

namespace WelfareAtlas.Core.Tests.Disclosure;

/// <summary>
/// Random tables for the properties: a city → major districts → districts → sub-districts hierarchy of random shape,
/// optionally broken down by sex and by two age bands, with small counts common; every total is the sum of its parts.
/// </summary>
internal sealed record RandomTable(DisclosureRule Rule, IReadOnlyList<Area> Areas, IReadOnlyList<Observation> Observations)
{
    public Indicator Indicator => Register with { Disclosure = Rule };

    public static RandomTable Create(int seed)
    {
        var random = new Random(seed);
        DisclosureRule rule = random.Next(3) switch
        {
            0 => DisclosureRule.PersonRegister,
            1 => DisclosureRule.Sensitive,
            _ => new DisclosureRule(random.Next(2, 8), 0, random.Next(2) == 0) { UnreliableBelowDenominator = 30 },
        };

        var areas = new List<Area> { Area("091", AreaType.City, null) };
        var leaves = new List<string>();
        for (int major = 1, majors = random.Next(1, 4); major <= majors; major++)
        {
            string majorCode = $"091{major}000000";
            areas.Add(Area(majorCode, AreaType.MajorDistrict, "091"));
            for (int district = 1, districts = random.Next(1, 4); district <= districts; district++)
            {
                string districtCode = $"091{major}{major}{district:D2}000";
                areas.Add(Area(districtCode, AreaType.District, majorCode));
                for (int sub = 1, subs = random.Next(1, 6); sub <= subs; sub++)
                {
                    string subCode = $"091{major}{major}{district:D2}{sub:D3}";
                    areas.Add(Area(subCode, AreaType.SubDistrict, districtCode));
                    leaves.Add(subCode);
                }
            }
        }

        bool bySex = random.Next(2) == 0;
        bool byAge = random.Next(2) == 0;
        List<Breakdown> leafBreakdowns = [.. (bySex ? [Sex.Female, Sex.Male] : new[] { Sex.Total })
            .SelectMany(sex => byAge
                ? [new Breakdown(sex, new AgeBand(0, 17)), new Breakdown(sex, new AgeBand(18, null))]
                : new[] { new Breakdown(sex, AgeBand.All) })];

        var counts = new Dictionary<(string Area, Breakdown Breakdown), double>();
        foreach (string leaf in leaves)
        {
            foreach (Breakdown breakdown in leafBreakdowns)
            {
                counts[(leaf, breakdown)] = random.Next(10) < 4 ? random.Next(0, 5) : random.Next(5, 60);
            }
        }

        // Totals over breakdowns within each leaf, then up the hierarchy for every breakdown.
        foreach (string leaf in leaves)
        {
            AddBreakdownTotals(counts, leaf, bySex, byAge);
        }

        foreach (AreaType level in (AreaType[])[AreaType.District, AreaType.MajorDistrict, AreaType.City])
        {
            foreach (Area parent in areas.Where(area => area.Type == level))
            {
                string[] children = [.. areas.Where(area => area.Parent == parent.Code).Select(area => area.Code.Value)];
                foreach (Breakdown breakdown in counts.Keys.Where(key => key.Area == children[0]).Select(key => key.Breakdown).ToList())
                {
                    counts[(parent.Code.Value, breakdown)] = children.Sum(child => counts[(child, breakdown)]);
                }
            }
        }

        Observation[] observations = [.. counts
            .OrderBy(pair => pair.Key.Area, StringComparer.Ordinal).ThenBy(pair => pair.Key.Breakdown.Key, StringComparer.Ordinal)
            .Select(pair => Count(pair.Key.Area, pair.Value, 1000, pair.Key.Breakdown) with { Indicator = Register.Id })];
        return new RandomTable(rule, areas, observations);
    }

    private static void AddBreakdownTotals(Dictionary<(string Area, Breakdown Breakdown), double> counts, string area, bool bySex, bool byAge)
    {
        AgeBand[] ages = byAge ? [new AgeBand(0, 17), new AgeBand(18, null)] : [AgeBand.All];
        if (bySex)
        {
            foreach (AgeBand age in ages)
            {
                counts[(area, new Breakdown(Sex.Total, age))] = counts[(area, new Breakdown(Sex.Female, age))] + counts[(area, new Breakdown(Sex.Male, age))];
            }
        }

        if (byAge)
        {
            foreach (Sex sex in bySex ? [Sex.Total, Sex.Female, Sex.Male] : new[] { Sex.Total })
            {
                counts[(area, new Breakdown(sex, AgeBand.All))] = ages.Sum(age => counts[(area, new Breakdown(sex, age))]);
            }
        }
    }
}
