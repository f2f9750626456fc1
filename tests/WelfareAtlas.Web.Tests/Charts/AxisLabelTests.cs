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
}
