using WelfareAtlas.Areas;

namespace WelfareAtlas.Import.Crosswalks;

/// <summary>Postal area → sub-district weights for apportioning counts, per year.</summary>
/// <remarks>
/// <para>
/// The population living in the piece of postal area <c>p</c> inside sub-district <c>s</c> is estimated as
/// <c>population(p) × areaShare(p, s)</c>, and the weight of <c>s</c> is that estimate over the sum of the estimates
/// of all pieces of <c>p</c>, so that each postal area's weights sum to 1 and its counts are conserved. With one
/// population figure per postal area this equals the normalised area share: the method assumes people are spread
/// evenly within a postal area, an approximation (a postal area with a park in one sub-district and flats in the
/// other is split wrongly). Shares are normalised because two postal polygons reach outside the district layer.
/// </para>
/// <para>
/// The basis is <see cref="OverlapBasis.Population"/> where Paavo gives the postal area's population that year and
/// <see cref="OverlapBasis.Area"/> where it does not (suppressed or missing); it is recorded on the derived rows.
/// </para>
/// </remarks>
public static class PostalCrosswalk
{
    /// <summary>The weights for every year of <paramref name="population"/>.</summary>
    /// <param name="overlaps">Area shares of postal areas in sub-districts (basis area).</param>
    /// <param name="population">Population by (postal code, year).</param>
    public static IReadOnlyList<CrosswalkWeight> Build(IReadOnlyList<AreaOverlap> overlaps, IReadOnlyDictionary<(string PostalCode, int Year), double> population)
    {
        List<CrosswalkWeight> weights = [];
        int[] years = [.. population.Keys.Select(k => k.Year).Distinct().Order()];
        foreach (IGrouping<AreaCode, AreaOverlap> postal in overlaps.Where(o => o.Basis == OverlapBasis.Area && o.Share > 0).GroupBy(o => o.From))
        {
            double total = postal.Sum(o => o.Share);
            foreach (int year in years)
            {
                bool known = population.TryGetValue((postal.Key.Value, year), out double inhabitants) && inhabitants > 0;
                double estimatedTotal = known ? inhabitants * total : total;
                foreach (AreaOverlap piece in postal)
                {
                    double estimate = known ? inhabitants * piece.Share : piece.Share;
                    weights.Add(new CrosswalkWeight(year, postal.Key, piece.To, estimate / estimatedTotal, known ? OverlapBasis.Population : OverlapBasis.Area));
                }
            }
        }

        return weights;
    }
}
