using WelfareAtlas.Areas;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Observations;

/// <summary>
/// Numbers for the areas, periods and breakdowns of an indicator's observations, in the order they are first met, equal
/// exactly when the values are: disclosure control's count index and the compute run's breakdown totals key cells by them.
/// </summary>
/// <remarks>
/// Observations from the store share their area texts and breakdown objects and come in runs of the same ones, so the
/// last area and breakdown are checked by reference before the dictionaries, which hash strings.
/// </remarks>
internal sealed class KeyNumbers
{
    private string? lastArea;
    private int lastAreaNumber;
    private Breakdown? lastBreakdown;
    private int lastBreakdownNumber;

    /// <summary>The number of every area met.</summary>
    public Dictionary<AreaCode, int> Areas { get; } = [];

    /// <summary>The number of every period met.</summary>
    public Dictionary<Period, int> Periods { get; } = [];

    /// <summary>The number of every breakdown met.</summary>
    public Dictionary<Breakdown, int> Breakdowns { get; } = [];

    /// <summary>The number of <paramref name="area"/>, a new one if it was not met before.</summary>
    public int AreaOf(AreaCode area)
    {
        if (!ReferenceEquals(area.Value, lastArea))
        {
            if (!Areas.TryGetValue(area, out lastAreaNumber))
            {
                Areas[area] = lastAreaNumber = Areas.Count;
            }

            lastArea = area.Value;
        }

        return lastAreaNumber;
    }

    /// <summary>The number of <paramref name="period"/>, a new one if it was not met before.</summary>
    public int PeriodOf(Period period)
    {
        if (!Periods.TryGetValue(period, out int number))
        {
            Periods[period] = number = Periods.Count;
        }

        return number;
    }

    /// <summary>The number of <paramref name="breakdown"/>, a new one if no equal breakdown was met before.</summary>
    public int BreakdownOf(Breakdown breakdown)
    {
        if (!ReferenceEquals(breakdown, lastBreakdown))
        {
            if (!Breakdowns.TryGetValue(breakdown, out lastBreakdownNumber))
            {
                Breakdowns[breakdown] = lastBreakdownNumber = Breakdowns.Count;
            }

            lastBreakdown = breakdown;
        }

        return lastBreakdownNumber;
    }
}
