using WelfareAtlas.Areas;

namespace WelfareAtlas.Import.Crosswalks;

/// <summary>Postal area → sub-district weights for apportioning counts, per year, by target-density weighting.</summary>
/// <remarks>
/// <para>
/// Target-density weighting (Schroeder 2007, "Target-density weighting interpolation and uncertainty evaluation for
/// temporal analysis of census data", Geographical Analysis 39(3), 311–335): areal interpolation with the target zones'
/// population density as ancillary data. The residents of the piece of postal area <c>p</c> inside sub-district
/// <c>s</c> are estimated as <c>area(p ∩ s) × density(s)</c>, with <c>density(s) = population(s) / area(s)</c>, and
/// the weight of the piece is its estimate over the sum of the estimates of all pieces of <c>p</c>: a postal area's
/// weights sum to 1, so its counts are conserved (shares are normalised because two postal polygons reach outside the
/// district layer). A postal area over a park sub-district and a dense one gives the dense one the larger weight, where
/// area shares would split it by surface. The postal area's own population cancels out of the normalisation and is
/// not needed.
/// </para>
/// <para>
/// <c>area(p ∩ s)</c> is the overlap's share of <c>p</c> times the size of <c>p</c>; <c>area(s)</c> is the part of
/// <c>s</c> that postal areas cover (the sum of its pieces), so the estimates of a sub-district's pieces add up to its
/// population, and sea inside a sub-district's polygon but outside every postal area does not thin it. A zone of several
/// sub-districts (<see cref="PopulationZone"/>) has one density, over the area its members' pieces cover. Each year of
/// the weights takes each zone's population of the nearest year that has one (the earlier on a tie).
/// </para>
/// <para>
/// Fall-back: the density of a sub-district is unknown when no population source has it, when its count is negative
/// or not finite, or when a postal area reaching into it has no size. A piece whose density is unknown gets its area
/// weight (its share over the sum of <c>p</c>'s shares), basis <see cref="OverlapBasis.Area"/>, and the pieces of known
/// density share the rest of <c>p</c> by their estimates, basis <see cref="OverlapBasis.Population"/>: that is the
/// weighting above with the unknown pieces at the mean density of the known ones. Where no piece of <c>p</c> has a
/// known density, or the known ones hold no residents (the estimates sum to 0 while <c>p</c> delivers counts), every
/// piece gets its area weight. A piece of known density 0 gets weight 0: its sub-district still waits for <c>p</c>
/// and is derived (with 0), so its parents can be summed.
/// </para>
/// </remarks>
public static class PostalCrosswalk
{
    /// <summary>The weights of every postal area in each of <paramref name="years"/>, in the order of the years, postal areas and overlaps.</summary>
    /// <param name="overlaps">Area shares of postal areas in sub-districts; only those of basis area and share above 0 are used.</param>
    /// <param name="postalAreaSizes">The size of each postal area (any unit, the same for all: square metres from its shape).</param>
    /// <param name="populations">Sources of sub-district population in order of preference: a sub-district takes its density from the first source with a zone that covers it and has a usable count.</param>
    /// <param name="years">The years to weigh for (the batch's years).</param>
    public static IReadOnlyList<CrosswalkWeight> Build(
        IReadOnlyList<AreaOverlap> overlaps,
        IReadOnlyDictionary<AreaCode, double> postalAreaSizes,
        IReadOnlyList<IReadOnlyList<PopulationZone>> populations,
        IEnumerable<int> years)
    {
        List<IGrouping<AreaCode, AreaOverlap>> postalAreas =
            [.. overlaps.Where(o => o.Basis == OverlapBasis.Area && o.Share > 0).GroupBy(o => o.From).OrderBy(g => g.Key.Value, StringComparer.Ordinal)];
        Dictionary<AreaCode, double?> covered = CoveredAreas(postalAreas, postalAreaSizes);
        Dictionary<AreaCode, DensityZone> zones = Zones(covered, populations);
        List<CrosswalkWeight> weights = [];
        foreach (int year in years.Distinct().Order())
        {
            foreach (IGrouping<AreaCode, AreaOverlap> postal in postalAreas)
            {
                AddWeights(weights, year, postal, zones);
            }
        }

        return weights;
    }

    private static void AddWeights(List<CrosswalkWeight> weights, int year, IGrouping<AreaCode, AreaOverlap> postal, Dictionary<AreaCode, DensityZone> zones)
    {
        List<AreaOverlap> pieces = [.. postal];
        double?[] estimates = [.. pieces.Select(piece => zones.TryGetValue(piece.To, out DensityZone? zone) ? piece.Share * zone.Density(year) : (double?)null)];
        double shares = 0;
        double knownShares = 0;
        double residents = 0;
        for (int i = 0; i < pieces.Count; i++)
        {
            shares += pieces[i].Share;
            if (estimates[i] is { } estimate)
            {
                knownShares += pieces[i].Share;
                residents += estimate;
            }
        }

        // The known pieces' estimates cannot place the postal area's counts: area shares for all.
        bool byPopulation = residents > 0 && double.IsFinite(residents);
        for (int i = 0; i < pieces.Count; i++)
        {
            (double weight, OverlapBasis basis) = byPopulation && estimates[i] is { } estimate
                ? (knownShares / shares * (estimate / residents), OverlapBasis.Population)
                : (pieces[i].Share / shares, OverlapBasis.Area);
            weights.Add(new CrosswalkWeight(year, postal.Key, pieces[i].To, weight, basis));
        }
    }

    /// <summary>The area of each sub-district that postal areas cover, in the unit of the sizes; <see langword="null"/> where a postal area reaching it has no size.</summary>
    private static Dictionary<AreaCode, double?> CoveredAreas(List<IGrouping<AreaCode, AreaOverlap>> postalAreas, IReadOnlyDictionary<AreaCode, double> sizes)
    {
        Dictionary<AreaCode, double?> covered = [];
        foreach (IGrouping<AreaCode, AreaOverlap> postal in postalAreas)
        {
            double? size = sizes.TryGetValue(postal.Key, out double known) && known > 0 && double.IsFinite(known) ? known : null;
            foreach (AreaOverlap piece in postal)
            {
                covered[piece.To] = covered.TryGetValue(piece.To, out double? sum) ? sum + piece.Share * size : piece.Share * size;
            }
        }

        return covered;
    }

    /// <summary>The density zone of each sub-district the postal areas reach, from the first source that covers it.</summary>
    private static Dictionary<AreaCode, DensityZone> Zones(Dictionary<AreaCode, double?> covered, IReadOnlyList<IReadOnlyList<PopulationZone>> populations)
    {
        Dictionary<AreaCode, DensityZone> zones = [];
        foreach (IReadOnlyList<PopulationZone> source in populations)
        {
            foreach (PopulationZone zone in source)
            {
                // The area the zone's members cover; unknown if any member's is.
                double? area = 0;
                foreach (AreaCode member in zone.SubDistricts.Distinct())
                {
                    area += covered.TryGetValue(member, out double? part) ? part : 0;
                }

                PopulationZone usable = zone with
                {
                    Population = zone.Population.Where(p => p.Value >= 0 && double.IsFinite(p.Value)).ToDictionary(),
                };
                if (area is not > 0 || usable.Population.Count == 0)
                {
                    continue;
                }

                DensityZone density = new(usable, area.Value);
                foreach (AreaCode member in zone.SubDistricts)
                {
                    if (covered.ContainsKey(member))
                    {
                        zones.TryAdd(member, density);
                    }
                }
            }
        }

        return zones;
    }

    /// <summary>A zone with the area its sub-districts' pieces cover.</summary>
    private sealed record DensityZone(PopulationZone Zone, double Area)
    {
        /// <summary>Residents per unit of area in the year nearest to <paramref name="year"/>.</summary>
        public double Density(int year) => Zone.Nearest(year)!.Value / Area;
    }
}
