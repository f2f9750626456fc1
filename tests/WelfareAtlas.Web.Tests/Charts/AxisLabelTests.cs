using WelfareAtlas.Web.Charts;

namespace WelfareAtlas.Web.Tests.Charts;

/// <summary>A time axis labels only as many periods as fit: 28 quarters' "1. nelj. 2019" overlapped at every third.</summary>
public sealed class AxisLabelTests
{
    [Theory]
    [InlineData("1. nelj. {0}", 28, 560)]
    [InlineData("{0}", 11, 560)]
    [InlineData("heinä {0}", 60, 560)]
    [InlineData("{0}", 1, 560)]
    public void LabelStep_LeavesRoomForEachLabel(string format, int count, double width)
    {
        string[] labels = [.. Enumerable.Range(0, count).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, 2000 + i))];

        int step = SvgChart.LabelStep(labels, width);

        double spacing = count <= 1 ? width : width / (count - 1);
        Assert.True(step * spacing >= (labels.Max(l => l.Length) * 6.6) + 10, $"every {step}th label, {step * spacing} px apart");
        // And no sparser than needed: one step less would overlap (or every label fits).
        Assert.True(step == 1 || (step - 1) * spacing < (labels.Max(l => l.Length) * 6.6) + 10);
    }

    [Theory]
    [InlineData("M", 60, 560)] // five years of months
    [InlineData("M", 24, 560)]
    [InlineData("M", 12, 560)]
    [InlineData("Q", 28, 560)] // seven years of quarters
    [InlineData("Q", 8, 560)]
    public void LabelIndexes_OfMonthsAndQuarters_FallOnTheCalendar_EvenlyAndWithRoom(string kind, int count, double width)
    {
        int perYear = kind == "M" ? 12 : 4;
        string[] periods = [.. Enumerable.Range(0, count).Select(i => kind == "M"
            ? $"{2021 + (i / 12)}M{(i % 12) + 1:D2}"
            : $"{2019 + (i / 4)}Q{(i % 4) + 1}")];
        string[] labels = [.. periods.Select(p => WelfareAtlas.Web.Localisation.PeriodLabels.Of(p, WelfareAtlas.Localisation.Language.Finnish, brief: true))];

        int[] shown = [.. SvgChart.LabelIndexes(periods, labels, width)];

        Assert.True(shown.Length >= 2, $"{shown.Length} labels");
        int step = shown[1] - shown[0];
        Assert.All(shown.Zip(shown.Skip(1)), pair => Assert.Equal(step, pair.Second - pair.First));
        Assert.True(step >= SvgChart.LabelStep(labels, width), $"every {step}th, closer than the labels' room");
        // On the calendar: a step dividing the year starts each year at its first month or quarter; a longer one is whole years.
        Assert.True(step < perYear ? perYear % step == 0 : step % perYear == 0, $"a step of {step}");
        Assert.All(shown, i => Assert.Equal(0, (i % perYear) % Math.Min(step, perYear)));
        Assert.True(shown[0] < step, "the first label is at the first period of the step");
    }
    [Fact]
    public void LabelIndexes_OfYears_AreEveryLabelStepth()
    {
        string[] years = [.. Enumerable.Range(1990, 36).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        int step = SvgChart.LabelStep(years, 560);
        Assert.Equal(Enumerable.Range(0, 36).Where(i => i % step == 0), SvgChart.LabelIndexes(years, years, 560));
    }
}
