using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.ProfileCells;

/// <summary>Recent trends.</summary>
internal sealed partial class CellColumns
{
    /// <summary>
    /// The "only n of the five periods" results, one per period kind and n: they are the same for every short series. A
    /// series of quarters, months or weeks is the same part of successive years, so it counts years.
    /// </summary>
    private static readonly TrendResult[][] TooShort = [.. Enum.GetValues<PeriodKind>().Select(kind =>
        Enumerable.Range(0, RecentTrend.PointCount).Select(count => new TrendResult(TrendDirection.CannotBeCalculated, null, null, kind switch
        {
            PeriodKind.Quarter or PeriodKind.Month or PeriodKind.Week =>
                $"only {count} of the {RecentTrend.PointCount} years of the same {kind.ToString().ToLowerInvariant()} a trend needs",
            _ => $"only {count} of the {RecentTrend.PointCount} periods a trend needs",
        })).ToArray())];

    private static readonly TrendResult NoIntervals =
        new(TrendDirection.CannotBeCalculated, null, null, "the values have no confidence intervals to weigh them by");

    /// <summary>
    /// Each cell's recent trend: its series (the cells of its area and breakdown with periods of its length; for a
    /// quarter, month or week, of the same quarter, month or week of each year) are found by one sort of integer keys,
    /// and each window of five is tested with points built once per cell.
    /// </summary>
    /// <remarks>
    /// A monthly series follows the seasons: five consecutive months from August to December would read the winter's
    /// fall in fresh produce bought, or December's rise in sweets, as a trend. The same month of the last five years is
    /// free of that, and its slope is a change a year. The array is rented (<see cref="Scratch"/>): the caller gives it back.
    /// </remarks>
    public TrendResult[] Trends(Measure measure)
    {
        TrendResult[] trends = Scratch.Rent<TrendResult>(Count);
        int[] periodRanks = PeriodRanks();
        double[] ordinals = [.. Periods.Select(period => (double)(period.IsPartOfYear ? period.Year : period.Ordinal))];
        SeriesEntry[] entries = InSeriesOrder(periodRanks);
        ProportionTrendPoint?[] proportions = Scratch.Rent<ProportionTrendPoint?>(Count);
        ValueTrendPoint?[] values = Scratch.Rent<ValueTrendPoint?>(Count);
        TrendResult?[] gaps = Scratch.Rent<TrendResult?>(Count);
        bool[] withoutValue = Scratch.Rent<bool>(Count);
        try
        {
            Trends(measure, trends, ordinals, entries, proportions, values, gaps, withoutValue);
        }
        finally
        {
            Scratch.Return(entries);
            Scratch.Return(proportions);
            Scratch.Return(values);
            Scratch.Return(gaps);
            Scratch.Return(withoutValue);
        }

        return trends;
    }

    private void Trends(
        Measure measure,
        TrendResult[] trends,
        double[] ordinals,
        SeriesEntry[] entries,
        ProportionTrendPoint?[] proportions,
        ValueTrendPoint?[] values,
        TrendResult?[] gaps,
        bool[] withoutValue)
    {
        Func<int, ProportionTrendPoint> proportionPoint = cell =>
            new(ordinals[PeriodIds[cell]], Observations[cell].Numerator!.Value, Observations[cell].Denominator!.Value);
        Func<int, ValueTrendPoint> valuePoint = cell =>
            new(ordinals[PeriodIds[cell]], Results[cell].Value!.Value, Results[cell].Value!.Ci95!.Value);
        ProportionTrendPoint[] proportionWindow = new ProportionTrendPoint[RecentTrend.PointCount];
        ValueTrendPoint[] valueWindow = new ValueTrendPoint[RecentTrend.PointCount];
        List<(string Message, TrendResult Trend)>?[] gapsByPeriod = new List<(string Message, TrendResult Trend)>?[Periods.Length];
        int start = 0;
        while (start < Count)
        {
            int end = start + 1;
            while (end < Count && entries[end].Series == entries[start].Series)
            {
                end++;
            }

            // The latest cell without a value seen so far in this series; a window holding it cannot have a trend.
            int lastGap = -1;
            for (int position = start; position < end; position++)
            {
                int cell = entries[position].Cell;
                if (!Results[cell].IsSuccess)
                {
                    lastGap = position;
                    withoutValue[position] = true;
                }

                int first = Math.Max(start, position - RecentTrend.PointCount + 1);
                int length = position - first + 1;
                if (length < RecentTrend.PointCount)
                {
                    trends[cell] = TooShort[(int)Periods[PeriodIds[cell]].Kind][length];
                    continue;
                }

                if (lastGap >= first)
                {
                    // The earliest cell without a value in the window names the gap.
                    int earliest = first;
                    while (!withoutValue[earliest])
                    {
                        earliest++;
                    }

                    int gapCell = entries[earliest].Cell;
                    trends[cell] = gaps[gapCell] ??= GapOf(PeriodIds[gapCell], Results[gapCell].Error!.Message, gapsByPeriod);
                    continue;
                }

                trends[cell] = measure switch
                {
                    Measure.Proportion => RecentTrend.ForProportionWindow(Window(entries, first, proportionWindow, proportions, proportionPoint)),
                    // The test for rates (RecentTrend.ForRates) on the cells' own rates and 95 % Poisson intervals, which are
                    // computed once per cell here rather than again in each of the five windows a period is part of.
                    Measure.CrudeRate or Measure.Count => RecentTrend.ForValueWindow(Window(entries, first, valueWindow, values, valuePoint), ConfidenceLevel.Percent95),
                    _ when HasCellWithoutInterval(entries, first) => NoIntervals,
                    _ => RecentTrend.ForValueWindow(Window(entries, first, valueWindow, values, valuePoint), ConfidenceLevel.Percent95),
                };
            }

            start = end;
        }
    }

    /// <summary>
    /// The cells ordered by series (area, breakdown, period length, part of the year), then by period: by one integer key each, sorted as
    /// numbers, when area, breakdown, length and period rank fit in one (always, for real indicators); else by comparing
    /// the entries. The keys are distinct, so both give the one order.
    /// </summary>
    /// <remarks>The array is rented (<see cref="Scratch"/>), its first <see cref="Count"/> entries the cells.</remarks>
    private SeriesEntry[] InSeriesOrder(int[] periodRanks)
    {
        SeriesEntry[] entries = Scratch.Rent<SeriesEntry>(Count);
        int breakdowns = 0;
        for (int cell = 0; cell < Count; cell++)
        {
            breakdowns = Math.Max(breakdowns, BreakdownIds[cell] + 1);
        }

        const int Kinds = 8;
        double span = (double)Areas.Count * breakdowns * Kinds * Seasons * Math.Max(1, Periods.Length);
        if (span >= long.MaxValue / 2)
        {
            for (int cell = 0; cell < Count; cell++)
            {
                entries[cell] = new SeriesEntry(SeriesOf(cell), periodRanks[PeriodIds[cell]], cell);
            }

            Array.Sort(entries, 0, Count);
            return entries;
        }

        long[] keys = Scratch.Rent<long>(Count);
        int[] cells = Scratch.Rent<int>(Count);
        long periods = Math.Max(1, Periods.Length);
        for (int cell = 0; cell < Count; cell++)
        {
            int period = PeriodIds[cell];
            keys[cell] = (((((((long)AreaIds[cell] * breakdowns) + BreakdownIds[cell]) * Kinds) + (long)Periods[period].Kind) * Seasons) + SeasonOf(Periods[period])) * periods + periodRanks[period];
            cells[cell] = cell;
        }

        Array.Sort(keys, cells, 0, Count);
        for (int position = 0; position < Count; position++)
        {
            int cell = cells[position];
            entries[position] = new SeriesEntry(SeriesOf(cell), periodRanks[PeriodIds[cell]], cell);
        }

        Scratch.Return(keys);
        Scratch.Return(cells);
        return entries;
    }

    /// <summary>How many parts of a year a series can be of: none (0) and weeks 1–53.</summary>
    private const int Seasons = 54;

    private long SeriesOf(int cell)
    {
        Period period = Periods[PeriodIds[cell]];
        return ((long)AreaIds[cell] << 30) | ((long)BreakdownIds[cell] << 9) | ((long)SeasonOf(period) << 3) | (long)period.Kind;
    }

    /// <summary>The quarter, month or week a series of parts of years is of; 0 for years and pooled ranges.</summary>
    private static int SeasonOf(Period period) => period.IsPartOfYear ? period.Part : 0;

    /// <summary>The five points of the window starting at <paramref name="first"/>, each built on first use and kept for the next windows.</summary>
    private static T[] Window<T>(SeriesEntry[] entries, int first, T[] window, T?[] points, Func<int, T> build)
        where T : class
    {
        for (int i = 0; i < window.Length; i++)
        {
            int cell = entries[first + i].Cell;
            window[i] = points[cell] ??= build(cell);
        }

        return window;
    }

    private bool HasCellWithoutInterval(SeriesEntry[] entries, int first)
    {
        for (int i = first; i < first + RecentTrend.PointCount; i++)
        {
            if (Results[entries[i].Cell].Value!.Ci95 is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The trend of a window with a cell without value, named by the earliest such cell. Every window whose earliest gap
    /// is the same cell gets the same result (kept by cell), and so does every gap of the same period and reason
    /// (<paramref name="byPeriod"/>: the public's withheld cells, the source's missing ones): the text is made once, and
    /// the result is immutable.
    /// </summary>
    private TrendResult GapOf(int period, string message, List<(string Message, TrendResult Trend)>?[] byPeriod)
    {
        // A few reasons a period: kept in a short list.
        List<(string Message, TrendResult Trend)> made = byPeriod[period] ??= [];
        foreach ((string reason, TrendResult trend) in made)
        {
            if (string.Equals(reason, message, StringComparison.Ordinal))
            {
                return trend;
            }
        }

        TrendResult gap = new(TrendDirection.CannotBeCalculated, null, null, $"no value for {Periods[period]}: {message}");
        if (made.Count < 8)
        {
            made.Add((message, gap));
        }

        return gap;
    }

    /// <summary>Each period's place when the periods are sorted (<see cref="Period.CompareTo"/>).</summary>
    private int[] PeriodRanks()
    {
        int[] order = [.. Enumerable.Range(0, Periods.Length)];
        Array.Sort(order, (a, b) => Periods[a].CompareTo(Periods[b]));
        int[] ranks = new int[Periods.Length];
        for (int rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }

    /// <summary>A cell in its series (area, breakdown, period length and part of the year packed), ordered by series, then by period.</summary>
    private readonly record struct SeriesEntry(long Series, int PeriodRank, int Cell) : IComparable<SeriesEntry>
    {
        public int CompareTo(SeriesEntry other)
        {
            int bySeries = Series.CompareTo(other.Series);
            return bySeries != 0 ? bySeries : PeriodRank.CompareTo(other.PeriodRank);
        }
    }
}
