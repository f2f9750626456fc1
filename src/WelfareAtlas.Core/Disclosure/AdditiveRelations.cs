using WelfareAtlas.Areas;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Disclosure;

/// <summary>
/// Finds every additive relation among an indicator's count cells: the area hierarchy (city = Σ major districts,
/// major district = Σ districts, district = Σ sub-districts), the city against its postal areas, both sexes against
/// women + men, all ages against disjoint age bands, a total against the categories of a free dimension, and a pooled
/// range of years against its years; and which cells are apportioned through the crosswalk.
/// </summary>
/// <remarks>
/// Apportioned cells (a sub-district given shares of postal areas, and every district and major district summed from
/// such sub-districts; the city too unless it is exactly the sum of the postal areas) are linear functions of the
/// delivered postal-area cells with fractional weights. They are not relations among counts of people: publishing
/// one reveals nothing new exactly when every cell it depends on is published, which is how
/// <see cref="DisclosureControl"/> treats them; relations that contain one are left out.
///
/// A relation is proposed from the structure alone (which cells exist) and then checked against the numbers: when
/// every cell of it has a number and the sum does not hold to 1e-6 relative, it is reported as contradicted and
/// left out. A relation with a cell that has no number (withheld or missing at the source) cannot be checked and
/// is kept. A hierarchy relation sums the children that have a cell: a register has no row for a sub-district
/// where nobody of the group lives, and such a child counts as zero.
/// </remarks>
public static class AdditiveRelations
{
    private const double RelativeTolerance = 1e-6;

    /// <summary>The relations among <paramref name="counts"/> (numerator by cell; <see langword="null"/> for a cell without a number).</summary>
    /// <param name="counts">The indicator's count cells.</param>
    /// <param name="areas">The areas, with their parents; areas not in <paramref name="counts"/> are ignored.</param>
    /// <param name="crosswalk">The postal area → sub-district shares used to derive sub-district counts; empty when none.</param>
    public static RelationSet Build(
        IReadOnlyDictionary<CellKey, double?> counts,
        IReadOnlyList<Area> areas,
        IReadOnlyList<CrosswalkShare> crosswalk)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(crosswalk);
        var candidates = new List<AdditiveRelation>();

        // Sorted once: every relation is proposed in this order, so the result does not depend on the dictionary's.
        List<CellKey> ordered = [.. counts.Keys.Order(CellKey.Order)];
        AddAreaRelations(counts, ordered, areas, candidates);
        AddBreakdownRelations(ordered, candidates);
        AddPooledYears(counts, ordered, candidates);
        Dictionary<CellKey, IReadOnlyList<CellKey>> apportioned = Apportion(counts, ordered, areas, crosswalk, candidates);

        var holding = new List<AdditiveRelation>();
        var contradicted = new List<AdditiveRelation>();
        foreach (AdditiveRelation relation in candidates.Where(relation => !relation.Cells.Any(apportioned.ContainsKey)))
        {
            (Holds(relation, counts) ? holding : contradicted).Add(relation);
        }

        return new RelationSet(holding, contradicted, apportioned);
    }

    /// <summary>The apportioned cells with the delivered cells each depends on, from the sub-districts up.</summary>
    private static Dictionary<CellKey, IReadOnlyList<CellKey>> Apportion(
        IReadOnlyDictionary<CellKey, double?> counts,
        List<CellKey> ordered,
        IReadOnlyList<Area> areas,
        IReadOnlyList<CrosswalkShare> crosswalk,
        List<AdditiveRelation> candidates)
    {
        var apportioned = new Dictionary<CellKey, IReadOnlyList<CellKey>>();
        if (crosswalk.Count == 0)
        {
            return apportioned;
        }

        ILookup<(AreaCode SubDistrict, Period Period), AreaCode> sources = crosswalk
            .Where(share => share.Weight > 0)
            .ToLookup(share => (share.SubDistrict, share.Period), share => share.PostalArea);
        var types = areas.ToDictionary(area => area.Code, area => area.Type);
        ILookup<AreaCode, AreaCode> children = areas
            .Where(area => area.Parent is not null && area.Type != AreaType.PostalArea)
            .ToLookup(area => area.Parent!.Value, area => area.Code);
        var cityIsPostalSum = candidates
            .Where(relation => relation.Kind == RelationKind.PostalAreas && Holds(relation, counts))
            .Select(relation => relation.Total)
            .ToHashSet();
        foreach (AreaType level in (AreaType[])[AreaType.SubDistrict, AreaType.District, AreaType.MajorDistrict, AreaType.City])
        {
            foreach (CellKey cell in ordered.Where(key => types.GetValueOrDefault(key.Area, AreaType.PostalArea) == level))
            {
                IEnumerable<CellKey> dependsOn = level == AreaType.SubDistrict
                    ? sources[(cell.Area, cell.Period)].Select(postal => cell with { Area = postal }).Where(counts.ContainsKey)
                    : children[cell.Area]
                        .Select(child => cell with { Area = child })
                        .Where(apportioned.ContainsKey)
                        .SelectMany(child => apportioned[child]);
                var list = dependsOn.Distinct().Order(CellKey.Order).ToList();
                if (list.Count > 0 && !(level == AreaType.City && cityIsPostalSum.Contains(cell)))
                {
                    apportioned[cell] = list;
                }
            }
        }

        return apportioned;
    }

    private static bool Holds(AdditiveRelation relation, IReadOnlyDictionary<CellKey, double?> counts)
    {
        if (counts[relation.Total] is not { } total)
        {
            return true;
        }

        double sum = 0;
        double magnitude = Math.Abs(total);
        foreach (RelationTerm part in relation.Parts)
        {
            if (counts[part.Cell] is not { } value)
            {
                return true;
            }

            sum += part.Weight * value;
            magnitude += Math.Abs(part.Weight * value);
        }

        return Math.Abs(total - sum) <= RelativeTolerance * Math.Max(1, magnitude);
    }

    private static void AddAreaRelations(
        IReadOnlyDictionary<CellKey, double?> counts,
        List<CellKey> ordered,
        IReadOnlyList<Area> areas,
        List<AdditiveRelation> relations)
    {
        ILookup<AreaCode, AreaCode> children = areas
            .Where(area => area.Parent is not null && area.Type != AreaType.PostalArea)
            .OrderBy(area => area.Code.Value, StringComparer.Ordinal)
            .ToLookup(area => area.Parent!.Value, area => area.Code);
        ILookup<AreaCode, AreaCode> postalAreas = areas
            .Where(area => area.Parent is not null && area.Type == AreaType.PostalArea)
            .OrderBy(area => area.Code.Value, StringComparer.Ordinal)
            .ToLookup(area => area.Parent!.Value, area => area.Code);
        foreach (CellKey total in ordered)
        {
            AddSum(total, children[total.Area], RelationKind.AreaHierarchy, counts, relations);
            AddSum(total, postalAreas[total.Area], RelationKind.PostalAreas, counts, relations);
        }
    }

    private static void AddSum(
        CellKey total,
        IEnumerable<AreaCode> partAreas,
        RelationKind kind,
        IReadOnlyDictionary<CellKey, double?> counts,
        List<AdditiveRelation> relations)
    {
        var parts = partAreas
            .Select(area => total with { Area = area })
            .Where(counts.ContainsKey)
            .Select(cell => new RelationTerm(cell, 1))
            .ToList();
        if (parts.Count > 0)
        {
            relations.Add(new AdditiveRelation(total, parts, kind));
        }
    }

    private static void AddBreakdownRelations(List<CellKey> ordered, List<AdditiveRelation> relations)
    {
        foreach (IGrouping<(AreaCode Area, Period Period), CellKey> group in ordered.GroupBy(key => (key.Area, key.Period)))
        {
            var present = group.ToList();
            var byBreakdown = present.ToDictionary(key => key.Breakdown);
            foreach (CellKey total in present)
            {
                Breakdown b = total.Breakdown;
                if (b.Sex == Sex.Total
                    && byBreakdown.TryGetValue(b with { Sex = Sex.Female }, out CellKey female)
                    && byBreakdown.TryGetValue(b with { Sex = Sex.Male }, out CellKey male))
                {
                    relations.Add(new AdditiveRelation(total, [new RelationTerm(female, 1), new RelationTerm(male, 1)], RelationKind.Sex));
                }

                if (b.Age.IsAll)
                {
                    var bands = present
                        .Where(key => !key.Breakdown.Age.IsAll && SameButAge(key.Breakdown, b))
                        .OrderBy(key => key.Breakdown.Age.From)
                        .ToList();
                    if (bands.Count >= 2 && Disjoint(bands.Select(key => key.Breakdown.Age).ToList()))
                    {
                        relations.Add(new AdditiveRelation(total, [.. bands.Select(key => new RelationTerm(key, 1))], RelationKind.AgeBands));
                    }
                }

                if (b.Dimension is null)
                {
                    foreach (IGrouping<string, CellKey> dimension in present
                        .Where(key => key.Breakdown.Dimension is not null
                            && key.Breakdown.Sex == b.Sex && key.Breakdown.Age == b.Age)
                        .GroupBy(key => key.Breakdown.Dimension!, StringComparer.Ordinal))
                    {
                        var categories = dimension.ToList();
                        if (categories.Count >= 2)
                        {
                            relations.Add(new AdditiveRelation(total, [.. categories.Select(key => new RelationTerm(key, 1))], RelationKind.Dimension));
                        }
                    }
                }
            }
        }
    }

    /// <summary>Whether the two breakdowns differ at most in their age band.</summary>
    internal static bool SameButAge(Breakdown left, Breakdown right) =>
        left.Sex == right.Sex
        && string.Equals(left.Dimension, right.Dimension, StringComparison.Ordinal)
        && string.Equals(left.Category, right.Category, StringComparison.Ordinal);

    /// <summary>Whether the age bands, in order, are bounded and do not overlap: parts that can sum to their total.</summary>
    internal static bool Disjoint(List<AgeBand> ordered)
    {
        for (int i = 0; i < ordered.Count - 1; i++)
        {
            if (ordered[i].To is not { } to || to >= ordered[i + 1].From)
            {
                return false;
            }
        }

        return true;
    }

    private static void AddPooledYears(IReadOnlyDictionary<CellKey, double?> counts, List<CellKey> ordered, List<AdditiveRelation> relations)
    {
        foreach (CellKey total in ordered.Where(key => key.Period.Kind == PeriodKind.PooledYears))
        {
            var years = Enumerable.Range(total.Period.Year, total.Period.EndYear - total.Period.Year + 1)
                .Select(year => total with { Period = Period.OfYear(year) })
                .ToList();
            if (years.All(counts.ContainsKey))
            {
                relations.Add(new AdditiveRelation(total, [.. years.Select(key => new RelationTerm(key, 1))], RelationKind.PooledYears));
            }
        }
    }
}
