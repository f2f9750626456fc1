using WelfareAtlas.Areas;

namespace WelfareAtlas.Population;

/// <summary>
/// Estimates population by area × year × sex × age band from Paavo's postal-area counts: splits each band by sex,
/// extends the years Paavo lacks, apportions postal areas to sub-districts through the crosswalk and sums
/// sub-districts up the hierarchy. The method and its caveats are in docs/population.md.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Sex within band: iterative proportional fitting of the seed <see cref="PopulationBands.FemaleShareHelsinki2010"/>
/// to the area's band totals and its female/male totals, then integerised by largest remainder so that both margins
/// hold exactly.</item>
/// <item>Other years: each sex × band cell grows by its own compound annual rate between the first and last Paavo year,
/// clamped to ±<see cref="MaxAnnualChange"/>, backwards from the first and forwards from the last year; rounded.</item>
/// <item>Sub-districts: each cell is shared out by the postal area's overlap shares (renormalised to sum 1, shares
/// under <see cref="MinimumShare"/> dropped as boundary noise) by largest remainder, so a postal area's
/// sub-district parts add up to it exactly.</item>
/// <item>Districts, major districts and the city are sums of their sub-districts (the city equals the sum of the postal areas).</item>
/// </list>
/// </remarks>
public static class PopulationEstimator
{
    /// <summary>The largest yearly growth or decline assumed for a cell outside the Paavo years (3 %).</summary>
    public const double MaxAnnualChange = 0.03;

    /// <summary>Overlap shares below this (0.1 % of a postal area) are boundary noise of the crosswalk and ignored.</summary>
    public const double MinimumShare = 0.001;

    private const int FittingIterations = 100;

    /// <summary>Estimates the table for <paramref name="firstYear"/>–<paramref name="lastYear"/>.</summary>
    /// <param name="paavo">Paavo's postal-area counts, every postal area in every Paavo year.</param>
    /// <param name="areas">The hierarchy (sub-districts, districts, major districts, the city).</param>
    /// <param name="overlaps">Postal area → sub-district shares.</param>
    /// <param name="firstYear">The first year to estimate, e.g. 2015.</param>
    /// <param name="lastYear">The last year, e.g. 2025.</param>
    public static PopulationTable Estimate(IReadOnlyList<PostalPopulation> paavo, IReadOnlyList<Area> areas, IReadOnlyList<AreaOverlap> overlaps, int firstYear, int lastYear)
    {
        PopulationTable table = new();
        Dictionary<AreaCode, SortedDictionary<int, int[]>> byArea = [];
        foreach (PostalPopulation row in paavo)
        {
            if (!byArea.TryGetValue(row.Area, out SortedDictionary<int, int[]>? years))
            {
                years = [];
                byArea[row.Area] = years;
            }

            years[row.Year] = SplitBySex(row);
        }

        Area city = areas.Single(area => area.Type == AreaType.City);
        foreach ((AreaCode postal, SortedDictionary<int, int[]> known) in byArea.OrderBy(pair => pair.Key.Value, StringComparer.Ordinal))
        {
            for (int year = firstYear; year <= lastYear; year++)
            {
                table.Set(postal, year, known.TryGetValue(year, out int[]? cells) ? cells : Extend(known, year));
            }
        }

        Apportion(table, byArea.Keys, areas, overlaps, firstYear, lastYear);
        SumUp(table, areas, AreaType.SubDistrict, AreaType.District, firstYear, lastYear);
        SumUp(table, areas, AreaType.District, AreaType.MajorDistrict, firstYear, lastYear);
        for (int year = firstYear; year <= lastYear; year++)
        {
            int[] total = new int[2 * PopulationBands.Count];
            foreach (AreaCode postal in byArea.Keys)
            {
                Add(total, table.Cells(postal, year));
            }

            table.Set(city.Code, year, total);
        }

        return table;
    }

    /// <summary>Splits Paavo's band totals by sex (women in bands 0–19, then men), both margins exact.</summary>
    public static int[] SplitBySex(PostalPopulation row)
    {
        int bands = PopulationBands.Count;
        double[] female = new double[bands];
        double[] male = new double[bands];
        for (int band = 0; band < bands; band++)
        {
            female[band] = row.BandTotals[band] * PopulationBands.FemaleShareHelsinki2010[band];
            male[band] = row.BandTotals[band] - female[band];
        }

        int bandSum = row.BandTotals.Sum();
        // Paavo's margins agree in every year shipped; if a source's did not, the bands win and the sexes are scaled to them.
        int femaleTarget = row.Females + row.Males == bandSum || row.Females + row.Males == 0
            ? row.Females
            : (int)Math.Round(row.Females * (double)bandSum / (row.Females + row.Males), MidpointRounding.AwayFromZero);
        for (int iteration = 0; iteration < FittingIterations && bandSum > 0; iteration++)
        {
            double femaleSum = female.Sum();
            double maleSum = male.Sum();
            for (int band = 0; band < bands; band++)
            {
                female[band] *= femaleSum > 0 ? femaleTarget / femaleSum : 0;
                male[band] *= maleSum > 0 ? (bandSum - femaleTarget) / maleSum : 0;
                double both = female[band] + male[band];
                if (both > 0)
                {
                    female[band] *= row.BandTotals[band] / both;
                    male[band] = row.BandTotals[band] - female[band];
                }
            }
        }

        int[] females = LargestRemainder(female, femaleTarget, row.BandTotals);
        int[] cells = new int[2 * bands];
        for (int band = 0; band < bands; band++)
        {
            cells[band] = females[band];
            cells[bands + band] = row.BandTotals[band] - females[band];
        }

        return cells;
    }

    private static int[] Extend(SortedDictionary<int, int[]> known, int year)
    {
        int first = known.Keys.First();
        int last = known.Keys.Last();
        int[] from = year < first ? known[first] : known[last];
        int[] result = new int[from.Length];
        for (int cell = 0; cell < from.Length; cell++)
        {
            double start = known[first][cell];
            double end = known[last][cell];
            double growth = start > 0 && end > 0 && last > first ? Math.Pow(end / start, 1.0 / (last - first)) : 1;
            growth = Math.Clamp(growth, 1 - MaxAnnualChange, 1 + MaxAnnualChange);
            int distance = year < first ? year - first : year - last;
            result[cell] = (int)Math.Round(from[cell] * Math.Pow(growth, distance), MidpointRounding.AwayFromZero);
        }

        return result;
    }

    private static void Apportion(PopulationTable table, IEnumerable<AreaCode> postalAreas, IReadOnlyList<Area> areas, IReadOnlyList<AreaOverlap> overlaps, int firstYear, int lastYear)
    {
        List<AreaCode> subDistricts = [.. areas.Where(area => area.Type == AreaType.SubDistrict).Select(area => area.Code)];
        Dictionary<AreaCode, int> index = subDistricts.Select((code, i) => (code, i)).ToDictionary(pair => pair.code, pair => pair.i);
        for (int year = firstYear; year <= lastYear; year++)
        {
            int[][] sums = [.. subDistricts.Select(_ => new int[2 * PopulationBands.Count])];
            foreach (AreaCode postal in postalAreas)
            {
                List<AreaOverlap> parts = [.. overlaps
                    .Where(overlap => overlap.From == postal && overlap.Share >= MinimumShare && index.ContainsKey(overlap.To))
                    .OrderByDescending(overlap => overlap.Share)
                    .ThenBy(overlap => overlap.To.Value, StringComparer.Ordinal)];
                if (parts.Count == 0)
                {
                    continue;
                }

                double shareSum = parts.Sum(part => part.Share);
                double[] shares = [.. parts.Select(part => part.Share / shareSum)];
                IReadOnlyList<int> cells = table.Cells(postal, year);
                for (int cell = 0; cell < cells.Count; cell++)
                {
                    int[] split = Split(cells[cell], shares);
                    for (int part = 0; part < parts.Count; part++)
                    {
                        sums[index[parts[part].To]][cell] += split[part];
                    }
                }
            }

            for (int i = 0; i < subDistricts.Count; i++)
            {
                table.Set(subDistricts[i], year, sums[i]);
            }
        }
    }

    private static void SumUp(PopulationTable table, IReadOnlyList<Area> areas, AreaType childType, AreaType parentType, int firstYear, int lastYear)
    {
        foreach (Area parent in areas.Where(area => area.Type == parentType))
        {
            List<Area> children = [.. areas.Where(area => area.Type == childType && area.Parent == parent.Code)];
            for (int year = firstYear; year <= lastYear; year++)
            {
                int[] total = new int[2 * PopulationBands.Count];
                foreach (Area child in children)
                {
                    if (table.Contains(child.Code, year))
                    {
                        Add(total, table.Cells(child.Code, year));
                    }
                }

                table.Set(parent.Code, year, total);
            }
        }
    }

    private static void Add(int[] total, IReadOnlyList<int> cells)
    {
        for (int i = 0; i < total.Length; i++)
        {
            total[i] += cells[i];
        }
    }

    /// <summary>Shares <paramref name="count"/> out by <paramref name="shares"/> (summing 1) in whole numbers that add up to it.</summary>
    internal static int[] Split(int count, IReadOnlyList<double> shares)
    {
        double[] exact = [.. shares.Select(share => share * count)];
        int[] whole = [.. exact.Select(value => (int)Math.Floor(value))];
        int left = count - whole.Sum();
        foreach (int i in Enumerable.Range(0, shares.Count).OrderByDescending(i => exact[i] - whole[i]).ThenBy(i => i).Take(left))
        {
            whole[i]++;
        }

        return whole;
    }

    /// <summary>Rounds <paramref name="values"/> to whole numbers summing to <paramref name="target"/>, none above its cap.</summary>
    private static int[] LargestRemainder(double[] values, int target, IReadOnlyList<int> caps)
    {
        int[] whole = [.. values.Select((value, i) => Math.Min((int)Math.Floor(value + 1e-9), caps[i]))];
        int left = target - whole.Sum();
        foreach (int i in Enumerable.Range(0, values.Length)
            .Where(i => whole[i] < caps[i])
            .OrderByDescending(i => values[i] - whole[i])
            .ThenBy(i => i))
        {
            if (left <= 0)
            {
                break;
            }

            whole[i]++;
            left--;
        }

        return whole;
    }
}
