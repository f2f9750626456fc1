using WelfareAtlas.Localisation;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.Charts;

/// <summary>
/// The gap between areas over time (<see cref="GapView"/>): the gap between the highest and the lowest fifth of areas in
/// each period as a line with its 95 % interval as a band, so that whether it narrows shows at a glance; a period
/// without a gap breaks the line. Its table is the page's gap table.
/// </summary>
internal static class GapChart
{
    private const double Left = 64;

    /// <summary>The time axis for a wide screen or a download.</summary>
    private const double WidePlotWidth = 560;

    /// <summary>The time axis for a phone: the chart is 320 units wide.</summary>
    private const double NarrowPlotWidth = 226;
    private const double PlotHeight = 200;
    private const double Top = 44;

    /// <summary>The chart of <paramref name="gap"/>'s series.</summary>
    /// <param name="gap">The gap in each period.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="language">The language of the texts and numbers.</param>
    /// <param name="text">The interface's texts.</param>
    /// <param name="source">The source line.</param>
    /// <param name="narrow">Laid out for a phone (the page shows it up to 600 px): 320 units wide, id <c>gap-chart-narrow</c>.</param>
    public static string Render(GapView gap, string title, Language language, UiStrings text, string source, bool narrow = false)
    {
        ArgumentNullException.ThrowIfNull(gap);
        GapTexts g = GapTexts.For(language);
        double plotWidth = narrow ? NarrowPlotWidth : WidePlotWidth;
        SvgChart chart = new(narrow ? "gap-chart-narrow" : "gap-chart", "gap", Left + plotWidth + 30, Top + PlotHeight + 90, title, g.ChartDescription);
        IReadOnlyList<GapPointView> points = gap.Series;
        List<double> all = [.. points.Where(p => p.Gap is not null).SelectMany(p => p.Gap95 is { } ci ? new[] { p.Gap!.Value, ci.Lower, ci.Upper } : [p.Gap!.Value])];
        AxisScale scale = AxisScale.For(all.Count == 0 ? 0 : Math.Min(0, all.Min()), all.Count == 0 ? 1 : all.Max());
        double X(int i) => Left + (points.Count <= 1 ? plotWidth / 2 : i * plotWidth / (points.Count - 1));
        double Y(double value) => Top + PlotHeight - ((value - scale.Min) / (scale.Max - scale.Min) * PlotHeight);
        foreach (double value in scale.Ticks)
        {
            chart.Add($"""<line class="chart-grid" x1="{SvgChart.N(Left)}" x2="{SvgChart.N(Left + plotWidth)}" y1="{SvgChart.N(Y(value))}" y2="{SvgChart.N(Y(value))}"/>""");
            chart.Text(Left - 6, Y(value) + 4, SvgChart.Format(value, language, scale.Decimals), "chart-small", "end");
        }

        string[] labels = [.. points.Select(point => PeriodLabels.Of(point.Period, language, brief: true))];
        foreach (int i in SvgChart.LabelIndexes([.. points.Select(point => point.Period)], labels, plotWidth))
        {
            chart.Text(SvgChart.Within(X(i), labels[i], chart.Width), Top + PlotHeight + 16, labels[i], "chart-small", "middle");
        }

        // Each run of consecutive periods with a gap is one band and one line: a period without a gap breaks both.
        foreach (List<int> run in Runs(points))
        {
            if (run.All(i => points[i].Gap95 is not null) && run.Count > 1)
            {
                string band = SvgChart.BandPath([.. run.Select(i => (X(i), Y(points[i].Gap95!.Upper), Y(points[i].Gap95!.Lower)))]);
                chart.Add($"""<path class="interval-band" d="{band}" fill="#9fc9eb" fill-opacity="0.6" stroke="none"/>""");
            }

            if (run.Count > 1)
            {
                string line = string.Join(" ", run.Select((i, n) => $"{(n == 0 ? "M" : "L")}{SvgChart.N(X(i))} {SvgChart.N(Y(points[i].Gap!.Value))}"));
                chart.Add($"""<path class="gap-line" d="{line}" fill="none" stroke="#0000bf" stroke-width="2"/>""");
            }
        }

        for (int i = 0; i < points.Count; i++)
        {
            if (points[i].Gap is not { } value)
            {
                continue;
            }

            string tooltip = $"{PeriodLabels.Of(points[i].Period, language)}: {SvgChart.Format(value, language)}"
                + (points[i].Gap95 is { } ci ? $" ({SvgChart.Format(ci.Lower, language)}–{SvgChart.Format(ci.Upper, language)})" : string.Empty);
            chart.Add($"""<circle class="gap-point" data-period="{SvgChart.E(points[i].Period)}" cx="{SvgChart.N(X(i))}" cy="{SvgChart.N(Y(value))}" r="3" fill="#0000bf"><title>{SvgChart.E(tooltip)}</title></circle>""");
        }

        chart.Legend(Top + PlotHeight + 30,
        [
            ("""<rect y="5" width="12" height="3" fill="#0000bf"/>""", g.Gap),
            ("""<rect width="12" height="12" fill="#9fc9eb"/>""", text.Profiles.Interval95),
        ]);
        return chart.Render(source);
    }

    /// <summary>The runs of consecutive points with a gap, by index.</summary>
    private static List<List<int>> Runs(IReadOnlyList<GapPointView> points)
    {
        List<List<int>> runs = [];
        List<int>? current = null;
        for (int i = 0; i < points.Count; i++)
        {
            if (points[i].Gap is null)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                runs.Add(current);
            }

            current.Add(i);
        }

        return runs;
    }
}
