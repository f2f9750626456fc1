using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Population;

/// <summary>
/// Population counts by area, year, sex and age band (<see cref="PopulationBands"/>): the denominators of the
/// product's rates. Every stored cell is a whole number; totals are sums of cells, so they always add up.
/// </summary>
public sealed class PopulationTable
{
    /// <summary>The indicator the counts belong to.</summary>
    public static IndicatorId IndicatorId { get; } = IndicatorId.Parse("population");

    private readonly Dictionary<(AreaCode Area, int Year), int[]> cells = [];

    /// <summary>The areas and years present, in the order they were added.</summary>
    public IEnumerable<(AreaCode Area, int Year)> Keys => cells.Keys;

    /// <summary>Sets the 40 cells of one area and year: women in bands 0–19, then men in bands 0–19.</summary>
    public void Set(AreaCode area, int year, int[] femalesThenMales)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(femalesThenMales.Length, 2 * PopulationBands.Count);
        cells[(area, year)] = femalesThenMales;
    }

    /// <summary>Whether the table has <paramref name="area"/> in <paramref name="year"/>.</summary>
    public bool Contains(AreaCode area, int year) => cells.ContainsKey((area, year));

    /// <summary>The 40 cells of one area and year (women then men, by band); throws <see cref="KeyNotFoundException"/> when absent.</summary>
    public IReadOnlyList<int> Cells(AreaCode area, int year) => cells[(area, year)];

    /// <summary>Residents of <paramref name="sex"/> (<see cref="Sex.Total"/> for both) in bands <paramref name="firstBand"/>–<paramref name="lastBand"/> (indexes, inclusive).</summary>
    public int Count(AreaCode area, int year, Sex sex, int firstBand = 0, int lastBand = PopulationBands.Count - 1)
    {
        int[] row = cells[(area, year)];
        int total = 0;
        for (int band = firstBand; band <= lastBand; band++)
        {
            if (sex != Sex.Male)
            {
                total += row[band];
            }

            if (sex != Sex.Female)
            {
                total += row[PopulationBands.Count + band];
            }
        }

        return total;
    }

    /// <summary>Residents of <paramref name="sex"/> aged <paramref name="fromAge"/> up to the end of the band holding <paramref name="toAge"/>.</summary>
    public int CountAges(AreaCode area, int year, Sex sex, int fromAge, int toAge) =>
        Count(area, year, sex, PopulationBands.IndexOf(fromAge), PopulationBands.IndexOf(toAge));

    /// <summary>
    /// The table as <c>population</c> observations: for every area and year the total, each sex, each band, and
    /// each sex × band cell (63 observations), counts in <see cref="Observation.Numerator"/>.
    /// </summary>
    public IEnumerable<Observation> ToObservations()
    {
        foreach (((AreaCode area, int year), int[] row) in cells)
        {
            Period period = Period.OfYear(year);
            yield return Create(area, period, Breakdown.Total, Count(area, year, Sex.Total));
            yield return Create(area, period, new Breakdown(Sex.Female, AgeBand.All), Count(area, year, Sex.Female));
            yield return Create(area, period, new Breakdown(Sex.Male, AgeBand.All), Count(area, year, Sex.Male));
            for (int band = 0; band < PopulationBands.Count; band++)
            {
                yield return Create(area, period, new Breakdown(Sex.Total, PopulationBands.All[band]), row[band] + row[PopulationBands.Count + band]);
            }

            for (int band = 0; band < PopulationBands.Count; band++)
            {
                yield return Create(area, period, new Breakdown(Sex.Female, PopulationBands.All[band]), row[band]);
                yield return Create(area, period, new Breakdown(Sex.Male, PopulationBands.All[band]), row[PopulationBands.Count + band]);
            }
        }
    }

    private static Observation Create(AreaCode area, Period period, Breakdown breakdown, int count) =>
        new(IndicatorId, area, period, breakdown, count, null);
}
