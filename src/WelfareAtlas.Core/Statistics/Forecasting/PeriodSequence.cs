using System.Globalization;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>Consecutive periods of one length: which follow each other, and which come next.</summary>
internal static class PeriodSequence
{
    /// <summary>Whether periods of this length form an evenly spaced series (pooled ranges may overlap, so they do not).</summary>
    public static bool IsRegular(PeriodKind kind) => kind is not PeriodKind.PooledYears;

    /// <summary>A number that grows by one from each period to the next of the same length.</summary>
    public static int Ordinal(Period period) => period.Kind switch
    {
        PeriodKind.Quarter => (period.Year * 4) + period.Part - 1,
        PeriodKind.Month => (period.Year * 12) + period.Part - 1,
        PeriodKind.Week => period.Start.DayNumber / 7,
        _ => period.Year,
    };

    /// <summary>The period <paramref name="steps"/> after <paramref name="period"/>, of the same length.</summary>
    public static Period After(Period period, int steps)
    {
        switch (period.Kind)
        {
            case PeriodKind.Quarter:
                int quarter = Ordinal(period) + steps;
                return Period.OfQuarter(quarter / 4, (quarter % 4) + 1);
            case PeriodKind.Month:
                int month = Ordinal(period) + steps;
                return Period.OfMonth(month / 12, (month % 12) + 1);
            case PeriodKind.Week:
                DateTime monday = period.Start.AddDays(7 * steps).ToDateTime(TimeOnly.MinValue);
                return Period.OfWeek(ISOWeek.GetYear(monday), ISOWeek.GetWeekOfYear(monday));
            case PeriodKind.Year:
                return Period.OfYear(period.Year + steps);
            default:
                throw new ArgumentException($"A pooled period {period} has no successor of the same kind.", nameof(period));
        }
    }

    /// <summary>Periods per season: 12 for months, 4 for quarters; 1 (no season) otherwise.</summary>
    public static int SeasonLength(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 12,
        PeriodKind.Quarter => 4,
        _ => 1,
    };
}
