using WelfareAtlas.Areas;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Disclosure;

/// <summary>
/// <see cref="AdditiveRelations.Build"/> over a <see cref="CountIndex"/>: the same relations, in the same order, the same
/// contradicted ones and the same apportioned cells, found with integer positions instead of dictionaries of
/// <see cref="CellKey"/> and LINQ per cell. <see cref="DisclosureControl"/> uses it on the compute run's path; the
/// equality with <see cref="AdditiveRelations.Build"/> is property-tested (IndexedRelationsTests) and checked on every
/// demo indicator (the bench's <c>disclosure</c> command, docs/PERFORMANCE.md).
/// </summary>
/// <remarks>
/// The order matters: complementary suppression and the audit visit relations in this order, so a different order
/// could hide different cells. Every step below follows the corresponding step of <see cref="AdditiveRelations"/>:
/// area relations for each cell in key order (the hierarchy, then the postal areas), then the breakdown relations of
/// each area and period (sex, age bands, free dimensions), then pooled years; relations with an apportioned cell are
/// dropped and the rest split into holding and contradicted.
/// </remarks>
internal sealed class IndexedRelations
{
    private const double RelativeTolerance = 1e-6;

    private IndexedRelations(List<Relation> holding, List<Relation> contradicted, int[]?[] apportioned, List<int> estimates)
    {
        Holding = holding;
        Contradicted = contradicted;
        Apportioned = apportioned;
        Estimates = estimates;
    }

    /// <summary>The relations that hold (or cannot be checked), as positions with the total first.</summary>
    public List<Relation> Holding { get; }

    /// <summary>The relations the numbers break.</summary>
    public List<Relation> Contradicted { get; }

    /// <summary>For each position, the delivered cells (ascending positions) an apportioned cell depends on; null when the cell is not apportioned.</summary>
    public int[]?[] Apportioned { get; }

    /// <summary>The apportioned cells in the order <see cref="AdditiveRelations.Build"/> lists them (sub-districts, districts, major districts, the city; each in key order).</summary>
    public List<int> Estimates { get; }

    /// <summary>The relations of the count cells of <paramref name="index"/>.</summary>
    public static IndexedRelations Build(CountIndex index, IReadOnlyList<Area> areas, IReadOnlyList<CrosswalkShare> crosswalk)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(crosswalk);
        var candidates = new List<Relation>();
        AddAreaRelations(index, areas, candidates);
        AddBreakdownRelations(index, candidates);
        AddPooledYears(index, candidates);
        (int[]?[] apportioned, List<int> estimates) = Apportion(index, areas, crosswalk, candidates);

        var holding = new List<Relation>();
        var contradicted = new List<Relation>();
        foreach (Relation relation in candidates)
        {
            if (Array.Exists(relation.Cells, cell => apportioned[cell] is not null))
            {
                continue;
            }

            (Holds(relation, index.Values) ? holding : contradicted).Add(relation);
        }

        return new IndexedRelations(holding, contradicted, apportioned, estimates);
    }

    /// <summary>The relations as <see cref="AdditiveRelation"/> records (every weight 1: the indexed relations are plain sums).</summary>
    public static List<AdditiveRelation> ToRecords(CountIndex index, List<Relation> relations)
    {
        var records = new List<AdditiveRelation>(relations.Count);
        foreach (Relation relation in relations)
        {
            var parts = new RelationTerm[relation.Cells.Length - 1];
            for (int p = 0; p < parts.Length; p++)
            {
                parts[p] = new RelationTerm(index.Keys[relation.Cells[p + 1]], 1);
            }

            records.Add(new AdditiveRelation(index.Keys[relation.Cells[0]], parts, relation.Kind));
        }

        return records;
    }

    private static (int[]?[] Apportioned, List<int> Estimates) Apportion(
        CountIndex index,
        IReadOnlyList<Area> areas,
        IReadOnlyList<CrosswalkShare> crosswalk,
        List<Relation> candidates)
    {
        var apportioned = new int[]?[index.Count];
        var estimates = new List<int>();
        if (crosswalk.Count == 0)
        {
            return (apportioned, estimates);
        }

        // As AdditiveRelations: the postal areas behind each sub-district and period, the areas' types (a duplicate
        // area code throws there too), and the children of each area.
        var sources = new Dictionary<(int SubDistrict, int Period), List<int>>();
        foreach (CrosswalkShare share in crosswalk)
        {
            if (share.Weight > 0
                && index.AreaRanks.TryGetValue(share.SubDistrict, out int subDistrict)
                && index.PeriodRanks.TryGetValue(share.Period, out int period)
                && index.AreaRanks.TryGetValue(share.PostalArea, out int postal))
            {
                if (!sources.TryGetValue((subDistrict, period), out List<int>? list))
                {
                    sources[(subDistrict, period)] = list = [];
                }

                list.Add(postal);
            }
        }

        Dictionary<AreaCode, AreaType> types = areas.ToDictionary(area => area.Code, area => area.Type);
        var typeOf = new AreaType[index.AreaRanks.Count];
        foreach ((AreaCode code, int rank) in index.AreaRanks)
        {
            typeOf[rank] = types.GetValueOrDefault(code, AreaType.PostalArea);
        }

        List<int>[] children = ChildrenByRank(index, areas, postal: false, ordinal: false);
        bool[] cityIsPostalSum = new bool[index.Count];
        foreach (Relation relation in candidates)
        {
            if (relation.Kind == RelationKind.PostalAreas && Holds(relation, index.Values))
            {
                cityIsPostalSum[relation.Cells[0]] = true;
            }
        }

        var dependsOn = new List<int>();
        foreach (AreaType level in (AreaType[])[AreaType.SubDistrict, AreaType.District, AreaType.MajorDistrict, AreaType.City])
        {
            for (int cell = 0; cell < index.Count; cell++)
            {
                int area = index.AreaOf[cell];
                if (typeOf[area] != level)
                {
                    continue;
                }

                int period = index.PeriodOf[cell];
                int breakdown = index.BreakdownOf[cell];
                dependsOn.Clear();
                if (level == AreaType.SubDistrict)
                {
                    if (sources.TryGetValue((area, period), out List<int>? postalAreas))
                    {
                        foreach (int postal in postalAreas)
                        {
                            int source = index.Find(postal, period, breakdown);
                            if (source >= 0)
                            {
                                dependsOn.Add(source);
                            }
                        }
                    }
                }
                else
                {
                    foreach (int child in children[area])
                    {
                        int childCell = index.Find(child, period, breakdown);
                        if (childCell >= 0 && apportioned[childCell] is { } childSources)
                        {
                            dependsOn.AddRange(childSources);
                        }
                    }
                }

                // Distinct and in key order: positions are in key order.
                dependsOn.Sort();
                int distinct = 0;
                for (int k = 0; k < dependsOn.Count; k++)
                {
                    if (k == 0 || dependsOn[k] != dependsOn[k - 1])
                    {
                        dependsOn[distinct++] = dependsOn[k];
                    }
                }

                if (distinct > 0 && !(level == AreaType.City && cityIsPostalSum[cell]))
                {
                    apportioned[cell] = [.. dependsOn.GetRange(0, distinct)];
                    estimates.Add(cell);
                }
            }
        }

        return (apportioned, estimates);
    }

    private static bool Holds(Relation relation, double?[] values)
    {
        if (values[relation.Cells[0]] is not { } total)
        {
            return true;
        }

        double sum = 0;
        double magnitude = Math.Abs(total);
        for (int p = 1; p < relation.Cells.Length; p++)
        {
            if (values[relation.Cells[p]] is not { } value)
            {
                return true;
            }

            // Weight 1, as AdditiveRelations computes part.Weight × value.
            sum += 1.0 * value;
            magnitude += Math.Abs(1.0 * value);
        }

        return Math.Abs(total - sum) <= RelativeTolerance * Math.Max(1, magnitude);
    }

    /// <summary>
    /// For each area rank, the ranks of its children of one kind (postal areas or not), in the order of
    /// <paramref name="areas"/> or, with <paramref name="ordinal"/>, by code; children without cells are left out
    /// (they name no cell), duplicates kept (as the lookups of AdditiveRelations keep them).
    /// </summary>
    private static List<int>[] ChildrenByRank(CountIndex index, IReadOnlyList<Area> areas, bool postal, bool ordinal)
    {
        var children = new List<int>[index.AreaRanks.Count];
        for (int i = 0; i < children.Length; i++)
        {
            children[i] = [];
        }

        IEnumerable<Area> chosen = areas.Where(area => area.Parent is not null && (area.Type == AreaType.PostalArea) == postal);
        if (ordinal)
        {
            chosen = chosen.OrderBy(area => area.Code.Value, StringComparer.Ordinal);
        }

        foreach (Area area in chosen)
        {
            if (index.AreaRanks.TryGetValue(area.Parent!.Value, out int parent) && index.AreaRanks.TryGetValue(area.Code, out int child))
            {
                children[parent].Add(child);
            }
        }

        return children;
    }

    private static void AddAreaRelations(CountIndex index, IReadOnlyList<Area> areas, List<Relation> relations)
    {
        List<int>[] children = ChildrenByRank(index, areas, postal: false, ordinal: true);
        List<int>[] postalAreas = ChildrenByRank(index, areas, postal: true, ordinal: true);
        var parts = new List<int>();
        for (int total = 0; total < index.Count; total++)
        {
            AddSum(index, total, children[index.AreaOf[total]], RelationKind.AreaHierarchy, parts, relations);
            AddSum(index, total, postalAreas[index.AreaOf[total]], RelationKind.PostalAreas, parts, relations);
        }
    }

    private static void AddSum(CountIndex index, int total, List<int> partAreas, RelationKind kind, List<int> parts, List<Relation> relations)
    {
        if (partAreas.Count == 0)
        {
            return;
        }

        parts.Clear();
        parts.Add(total);
        foreach (int area in partAreas)
        {
            int cell = index.Find(area, index.PeriodOf[total], index.BreakdownOf[total]);
            if (cell >= 0)
            {
                parts.Add(cell);
            }
        }

        if (parts.Count > 1)
        {
            relations.Add(new Relation([.. parts], kind));
        }
    }

    private static void AddBreakdownRelations(CountIndex index, List<Relation> relations)
    {
        Breakdown[] breakdowns = index.Breakdowns;
        int count = breakdowns.Length;

        // What each breakdown relates to, among the breakdowns that have cells: its women and men, its age bands
        // (by their start, then in key order, as the stable sort of AdditiveRelations leaves them), and the
        // categories of free dimensions with its sex and age (in key order).
        int[] female = new int[count];
        int[] male = new int[count];
        var bands = new int[count][];
        var categories = new int[count][];
        for (int b = 0; b < count; b++)
        {
            Breakdown breakdown = breakdowns[b];
            female[b] = breakdown.Sex == Sex.Total ? index.BreakdownRanks.GetValueOrDefault(breakdown with { Sex = Sex.Female }, -1) : -1;
            male[b] = breakdown.Sex == Sex.Total ? index.BreakdownRanks.GetValueOrDefault(breakdown with { Sex = Sex.Male }, -1) : -1;
            bands[b] = breakdown.Age.IsAll
                ? [.. Enumerable.Range(0, count)
                    .Where(c => !breakdowns[c].Age.IsAll && AdditiveRelations.SameButAge(breakdowns[c], breakdown))
                    .OrderBy(c => breakdowns[c].Age.From)]
                : [];
            categories[b] = breakdown.Dimension is null
                ? [.. Enumerable.Range(0, count).Where(c => breakdowns[c].Dimension is not null && breakdowns[c].Sex == breakdown.Sex && breakdowns[c].Age == breakdown.Age)]
                : [];
        }

        var present = new List<int>();
        var groups = new List<(string Dimension, List<int> Cells)>();
        var ages = new List<AgeBand>();
        int start = 0;
        while (start < index.Count)
        {
            // The cells of one area and period are consecutive, in breakdown order.
            int area = index.AreaOf[start];
            int period = index.PeriodOf[start];
            int end = start;
            while (end < index.Count && index.AreaOf[end] == area && index.PeriodOf[end] == period)
            {
                end++;
            }

            for (int total = start; total < end; total++)
            {
                int b = index.BreakdownOf[total];
                if (female[b] >= 0 && male[b] >= 0)
                {
                    int women = index.Find(area, period, female[b]);
                    int men = index.Find(area, period, male[b]);
                    if (women >= 0 && men >= 0)
                    {
                        relations.Add(new Relation([total, women, men], RelationKind.Sex));
                    }
                }

                if (bands[b].Length >= 2)
                {
                    present.Clear();
                    ages.Clear();
                    present.Add(total);
                    foreach (int band in bands[b])
                    {
                        int cell = index.Find(area, period, band);
                        if (cell >= 0)
                        {
                            present.Add(cell);
                            ages.Add(breakdowns[band].Age);
                        }
                    }

                    if (present.Count >= 3 && AdditiveRelations.Disjoint(ages))
                    {
                        relations.Add(new Relation([.. present], RelationKind.AgeBands));
                    }
                }

                if (categories[b].Length >= 2)
                {
                    groups.Clear();
                    foreach (int category in categories[b])
                    {
                        int cell = index.Find(area, period, category);
                        if (cell < 0)
                        {
                            continue;
                        }

                        string dimension = breakdowns[category].Dimension!;
                        int group = groups.FindIndex(g => string.Equals(g.Dimension, dimension, StringComparison.Ordinal));
                        if (group < 0)
                        {
                            groups.Add((dimension, [total]));
                            group = groups.Count - 1;
                        }

                        groups[group].Cells.Add(cell);
                    }

                    foreach ((string _, List<int> cells) in groups)
                    {
                        if (cells.Count >= 3)
                        {
                            relations.Add(new Relation([.. cells], RelationKind.Dimension));
                        }
                    }
                }
            }

            start = end;
        }
    }

    private static void AddPooledYears(CountIndex index, List<Relation> relations)
    {
        var parts = new List<int>();
        for (int total = 0; total < index.Count; total++)
        {
            Period period = index.Keys[total].Period;
            if (period.Kind != PeriodKind.PooledYears)
            {
                continue;
            }

            parts.Clear();
            parts.Add(total);
            for (int year = period.Year; year <= period.EndYear; year++)
            {
                int cell = index.Find(index.AreaOf[total], index.PeriodRanks.GetValueOrDefault(Period.OfYear(year), -1), index.BreakdownOf[total]);
                if (cell < 0)
                {
                    break;
                }

                parts.Add(cell);
            }

            if (parts.Count == period.EndYear - period.Year + 2)
            {
                relations.Add(new Relation([.. parts], RelationKind.PooledYears));
            }
        }
    }

    /// <summary>One relation: the total's position, then the parts' positions (every weight 1).</summary>
    internal readonly record struct Relation(int[] Cells, RelationKind Kind);
}
