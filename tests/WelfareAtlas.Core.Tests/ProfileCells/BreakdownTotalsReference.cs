using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Core.Tests.ProfileCells;

/// <summary>
/// <see cref="WelfareAtlas.ProfileCells.BreakdownTotals"/> as it was written first, with LINQ groupings of tuples: the
/// reference its faster version is compared with (<see cref="BreakdownTotalsTests"/>). Not used by the product.
/// </summary>
internal static class BreakdownTotalsReference
{
    /// <summary>The totals missing from <paramref name="observations"/> (all of one indicator), each with the indices of the parts it was summed from.</summary>
    public static IReadOnlyList<(Observation Total, IReadOnlyList<int> Parts)> Derive(Measure measure, IReadOnlyList<Observation> observations)
    {
        if (measure is not (Measure.Count or Measure.Proportion or Measure.CrudeRate))
        {
            return [];
        }

        HashSet<(AreaCode, Period, string)> present = [.. observations.Select(o => (o.Area, o.Period, o.Breakdown.Key))];
        List<(Observation Total, IReadOnlyList<int> Parts)> derived = [];
        List<Observation> all = [.. observations];

        // Over the free dimension: one population, split by category.
        foreach (IGrouping<(AreaCode Area, Period Period, Sex Sex, AgeBand Age), int> group in Enumerable.Range(0, observations.Count)
            .Where(i => observations[i].Breakdown.Dimension is not null)
            .GroupBy(i => (observations[i].Area, observations[i].Period, observations[i].Breakdown.Sex, observations[i].Breakdown.Age)))
        {
            Breakdown breakdown = new(group.Key.Sex, group.Key.Age);
            List<int> parts = [.. group];
            if (present.Contains((group.Key.Area, group.Key.Period, breakdown.Key)) || parts.Any(i => observations[i].Status != ObservationStatus.Available || observations[i].Numerator is null))
            {
                continue;
            }

            double? denominator = observations[parts[0]].Denominator;
            if (parts.Any(i => observations[i].Denominator != denominator))
            {
                continue;
            }

            Observation total = new(observations[parts[0]].Indicator, group.Key.Area, group.Key.Period, breakdown, parts.Select(i => observations[i].Numerator!.Value).Order().Sum(), denominator);
            present.Add((group.Key.Area, group.Key.Period, breakdown.Key));
            derived.Add((total, parts));
            all.Add(total);
        }

        // Over sex: women and men together, numerators and denominators both.
        int firstDerived = observations.Count;
        foreach (IGrouping<(AreaCode Area, Period Period, AgeBand Age), int> group in Enumerable.Range(0, all.Count)
            .Where(i => all[i].Breakdown.Sex != Sex.Total && all[i].Breakdown.Dimension is null)
            .GroupBy(i => (all[i].Area, all[i].Period, all[i].Breakdown.Age)))
        {
            Breakdown breakdown = new(Sex.Total, group.Key.Age);
            List<int> parts = [.. group];
            if (present.Contains((group.Key.Area, group.Key.Period, breakdown.Key))
                || parts.Count != 2
                || parts.Any(i => all[i].Status != ObservationStatus.Available || all[i].Numerator is null)
                || (measure != Measure.Count && parts.Any(i => all[i].Denominator is null)))
            {
                continue;
            }

            Observation total = new(
                all[parts[0]].Indicator,
                group.Key.Area,
                group.Key.Period,
                breakdown,
                parts.Sum(i => all[i].Numerator!.Value),
                measure == Measure.Count ? null : parts.Sum(i => all[i].Denominator!.Value));
            present.Add((group.Key.Area, group.Key.Period, breakdown.Key));

            // A part that is itself derived points at its own parts, so every total names delivered observations.
            derived.Add((total, [.. parts.SelectMany(i => i < firstDerived ? [i] : derived[i - firstDerived].Parts)]));
        }

        return derived;
    }
}
