using System.Buffers;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;

namespace WelfareAtlas.ProfileCells;

/// <summary>
/// Totals a delivery left out, from the parts it gave: a delivery of youth-chat conversations by topic has no row for
/// all topics, and one of sports licences by sex has none for both sexes. Without them an area's profile has no
/// headline number to compare.
/// </summary>
/// <remarks>
/// <para>Only for counts, proportions and crude rates, whose numerators add up. Over the free dimension (topics) the
/// categories split the numerator of one population: the total's numerator is their sum and its denominator the
/// population they share (all parts must give the same denominator). Over sex both numerator and denominator split:
/// the total is the sum of the women's and the men's. Age bands are never added up, as the bands a delivery gives
/// need not cover all ages.</para>
/// <para>A total is made only when every part has a number and the source gave no total of its own; the dimension
/// total is made first, so a delivery by sex and topic gets the sex totals of its topic totals too.</para>
/// <para>How: each observation's area, period and breakdown are numbered once (<see cref="CellNumbers"/>), a cell is one
/// packed integer and a group of parts one more, and the groups are laid out in one array in the order they first
/// appear, each with its parts in their order; totals of one sex and age band share one <see cref="Breakdown"/>. The
/// result is the grouping's in the same order; a total of many parts is summed from its smallest part to its largest,
/// so that it does not depend on the order the parts were read in.</para>
/// </remarks>
public static class BreakdownTotals
{
    /// <summary>The totals missing from <paramref name="observations"/> (all of one indicator), each with the indices of the parts it was summed from.</summary>
    public static IReadOnlyList<(Observation Total, IReadOnlyList<int> Parts)> Derive(Measure measure, IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (measure is not (Measure.Count or Measure.Proportion or Measure.CrudeRate))
        {
            return [];
        }

        int count = observations.Count;
        CellNumbers numbers = new();
        int[] areaIds = new int[count];
        int[] periodIds = new int[count];
        int[] breakdownIds = new int[count];
        HashSet<long> present = new(count);
        for (int i = 0; i < count; i++)
        {
            Observation observation = observations[i];
            areaIds[i] = numbers.AreaId(observation.Area);
            periodIds[i] = numbers.PeriodId(observation.Period);
            breakdownIds[i] = numbers.BreakdownId(observation.Breakdown);
            present.Add(CellNumbers.Pack(areaIds[i], periodIds[i], breakdownIds[i]));
        }

        List<(Observation Total, IReadOnlyList<int> Parts)> derived = [];

        // Over the free dimension: one population, split by category. Grouped by area, period, sex and age band.
        Groups byDimension = Groups.Of(count, i => observations[i].Breakdown.Dimension is not null
            ? CellNumbers.Pack(areaIds[i], periodIds[i], numbers.SexAgeId(breakdownIds[i]))
            : -1);
        List<(int Area, int Period, int SexAge)> dimensionTotals = [];
        for (int group = 0; group < byDimension.Count; group++)
        {
            ReadOnlySpan<int> parts = byDimension.Members(group);
            int first = parts[0];
            int sexAge = numbers.SexAgeId(breakdownIds[first]);
            long target = CellNumbers.Pack(areaIds[first], periodIds[first], numbers.TotalOf(sexAge));
            if (present.Contains(target) || !AllCounted(observations, parts))
            {
                continue;
            }

            double? denominator = observations[first].Denominator;
            bool shared = true;
            foreach (int i in parts)
            {
                shared &= observations[i].Denominator == denominator;
            }

            if (!shared)
            {
                continue;
            }

            double numerator = SumInOrderOfSize(observations, parts);
            Observation part = observations[first];
            Observation total = new(part.Indicator, part.Area, part.Period, numbers.TotalBreakdown(sexAge), numerator, denominator);
            present.Add(target);
            derived.Add((total, parts.ToArray()));
            dimensionTotals.Add((areaIds[first], periodIds[first], sexAge));
        }

        // Over sex: women and men together, numerators and denominators both. The dimension totals just made take part
        // after the delivered observations, at the positions that follow them. Grouped by area, period and age band.
        int firstDerived = count;
        int withTotals = count + dimensionTotals.Count;
        Observation At(int i) => i < firstDerived ? observations[i] : derived[i - firstDerived].Total;
        (int Area, int Period, int Age) SexGroupOf(int i) => i < firstDerived
            ? (areaIds[i], periodIds[i], numbers.AgeId(numbers.SexAgeId(breakdownIds[i])))
            : (dimensionTotals[i - firstDerived].Area, dimensionTotals[i - firstDerived].Period, numbers.AgeId(dimensionTotals[i - firstDerived].SexAge));
        bool InSexGroup(int i) => i < firstDerived
            ? observations[i].Breakdown is { Sex: not Sex.Total, Dimension: null }
            : numbers.SexOf(dimensionTotals[i - firstDerived].SexAge) != Sex.Total;
        Groups bySex = Groups.Of(withTotals, i =>
        {
            if (!InSexGroup(i))
            {
                return -1;
            }

            (int area, int period, int age) = SexGroupOf(i);
            return CellNumbers.Pack(area, period, age);
        });
        for (int group = 0; group < bySex.Count; group++)
        {
            ReadOnlySpan<int> parts = bySex.Members(group);
            if (parts.Length != 2)
            {
                continue;
            }

            Observation part = At(parts[0]);
            (int area, int period, int age) = SexGroupOf(parts[0]);
            int bothSexes = numbers.BothSexesOf(age);
            long target = CellNumbers.Pack(area, period, numbers.TotalOf(bothSexes));
            bool usable = !present.Contains(target);
            foreach (int i in parts)
            {
                Observation observation = At(i);
                usable &= observation.Status == ObservationStatus.Available && observation.Numerator is not null
                    && (measure == Measure.Count || observation.Denominator is not null);
            }

            if (!usable)
            {
                continue;
            }

            double numerator = 0;
            double denominator = 0;
            List<int> delivered = [];
            foreach (int i in parts)
            {
                Observation observation = At(i);
                numerator += observation.Numerator!.Value;
                if (measure != Measure.Count)
                {
                    denominator += observation.Denominator!.Value;
                }

                // A part that is itself derived points at its own parts, so every total names delivered observations.
                if (i < firstDerived)
                {
                    delivered.Add(i);
                }
                else
                {
                    delivered.AddRange(derived[i - firstDerived].Parts);
                }
            }

            Observation total = new(
                part.Indicator,
                part.Area,
                part.Period,
                numbers.TotalBreakdown(bothSexes),
                numerator,
                measure == Measure.Count ? null : denominator);
            present.Add(target);
            derived.Add((total, delivered));
        }

        return derived;
    }

    /// <summary>
    /// The sum of the parts' numerators added up from the smallest to the largest: the same parts give the same sum bit
    /// for bit in whatever order they were read. Summed in the order read, the topic totals of an apportioned delivery
    /// (fractions of a count) differed in the last digits between two stores built from the same files, as DuckDB gives
    /// the derived rows in no fixed order.
    /// </summary>
    private static double SumInOrderOfSize(IReadOnlyList<Observation> observations, ReadOnlySpan<int> parts)
    {
        const int OnStack = 256;
        double[]? rented = parts.Length > OnStack ? ArrayPool<double>.Shared.Rent(parts.Length) : null;
        Span<double> terms = rented is null ? stackalloc double[OnStack] : rented;
        terms = terms[..parts.Length];
        for (int k = 0; k < parts.Length; k++)
        {
            terms[k] = observations[parts[k]].Numerator!.Value;
        }

        terms.Sort();
        double sum = 0;
        foreach (double term in terms)
        {
            sum += term;
        }

        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        return sum;
    }

    private static bool AllCounted(IReadOnlyList<Observation> observations, ReadOnlySpan<int> parts)
    {
        foreach (int i in parts)
        {
            if (observations[i].Status != ObservationStatus.Available || observations[i].Numerator is null)
            {
                return false;
            }
        }

        return true;
    }
}
