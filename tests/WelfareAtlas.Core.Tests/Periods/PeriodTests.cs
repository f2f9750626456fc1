using WelfareAtlas.Periods;

namespace WelfareAtlas.Core.Tests.Periods;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2024", "2024", PeriodKind.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024Q3", "2024Q3", PeriodKind.Quarter, "2024-07-01", "2024-09-30")]
    [InlineData("2024M07", "2024M07", PeriodKind.Month, "2024-07-01", "2024-07-31")]
    [InlineData("2024-07", "2024M07", PeriodKind.Month, "2024-07-01", "2024-07-31")] // ISO year-month reads as a month
    [InlineData("2024M02", "2024M02", PeriodKind.Month, "2024-02-01", "2024-02-29")] // a leap year
    [InlineData("2024W01", "2024W01", PeriodKind.Week, "2024-01-01", "2024-01-07")]
    [InlineData("2021-2023", "2021-2023", PeriodKind.PooledYears, "2021-01-01", "2023-12-31")]
    [InlineData("2021–2023", "2021-2023", PeriodKind.PooledYears, "2021-01-01", "2023-12-31")] // en dash, as Finnish sources write it
    public void TryParse_EveryForm_GivesCanonicalTextAndDates(string text, string canonical, PeriodKind kind, string start, string end)
    {
        Assert.True(Period.TryParse(text, out Period period, out string? error), error);
        Assert.Equal(canonical, period.ToString());
        Assert.Equal(kind, period.Kind);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("24", "none of")]
    [InlineData("2024Q5", "none of")]
    [InlineData("2024M13", "none of")]
    [InlineData("2023W53", "none of")] // 2023 has 52 ISO weeks
    [InlineData("2023-2021", "not after")]
    [InlineData("1850", "none of")]
    public void TryParse_Invalid_SaysWhy(string text, string reason)
    {
        Assert.False(Period.TryParse(text, out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_OrdersByStartThenLongerFirst()
    {
        string[] shuffled = ["2024M02", "2024Q1", "2023", "2024", "2021-2023", "2024M01"];
        Period[] sorted = [.. shuffled.Select(Period.Parse).Order()];
        Assert.Equal(["2021-2023", "2023", "2024", "2024Q1", "2024M01", "2024M02"], sorted.Select(p => p.ToString()));
    }

    [Fact]
    public void CompareTo_AgreesWithStartThenEndForEveryPairOfTheSameKind()
    {
        // Every period of 2019-2021 of each kind, and pooled ranges sharing first years: the shortcut within a kind
        // (year, then part or the longer range first) must order them as their dates do.
        List<Period> periods = [];
        for (int year = 2019; year <= 2021; year++)
        {
            periods.Add(Period.OfYear(year));
            periods.AddRange(Enumerable.Range(1, 4).Select(q => Period.OfQuarter(year, q)));
            periods.AddRange(Enumerable.Range(1, 12).Select(m => Period.OfMonth(year, m)));
            periods.AddRange(Enumerable.Range(1, System.Globalization.ISOWeek.GetWeeksInYear(year)).Select(w => Period.OfWeek(year, w)));
            periods.AddRange(Enumerable.Range(year + 1, 3).Select(last => Period.OfPooledYears(year, last)));
        }

        foreach (Period left in periods)
        {
            foreach (Period right in periods.Where(p => p.Kind == left.Kind))
            {
                int byDates = left.Start != right.Start ? left.Start.CompareTo(right.Start) : right.End.CompareTo(left.End);
                Assert.True(Math.Sign(byDates) == Math.Sign(left.CompareTo(right)), $"{left} against {right}");
            }
        }
    }
}
