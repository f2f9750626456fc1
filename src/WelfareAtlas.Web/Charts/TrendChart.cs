using System.Globalization;
using System.Text;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.Charts;

/// <summary>The trend chart: an area's values over time with the 95 % interval as a band, and the city's values as a dashed line.</summary>
internal static class TrendChart
{
    private const double Left = 64;
    private const double PlotWidth = 560;
    private const double PlotHeight = 220;
    private const double Top = 44;

    public static string Render(SeriesView series, string indicatorName, Language language, UiStrings text, string source)
    {
        ProfileTexts t = text.Profiles;
        SvgChart chart = new(
            "trend-chart",
            "trend",
            Left + PlotWidth + 30,
            Top + PlotHeight + 90,
            string.Format(CultureInfo.InvariantCulture, t.TrendChartTitle, indicatorName, series.Area.Names.In(language)),
            t.TrendChartDescription);
        List<string> periods = [.. series.Points.Select(p => p.Period).Union(series.City.Select(p => p.Period)).Distinct()];
        periods.Sort(StringComparer.Ordinal);
        Dictionary<string, int> position = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        List<double> all = [.. series.Points.Concat(series.City).Where(p => p.Value is not null).SelectMany(p => p.Ci95 is { } ci ? new[] { p.Value!.Value, ci.Lower, ci.Upper } : [p.Value!.Value])];
        double min = all.Count == 0 ? 0 : Math.Min(0, all.Min());
        double max = all.Count == 0 ? 1 : all.Max() * 1.05;
        max = max > min ? max : min + 1;
        double X(string period) => Left + (periods.Count <= 1 ? PlotWidth / 2 : position[period] * PlotWidth / (periods.Count - 1));
        double Y(double value) => Top + PlotHeight - ((value - min) / (max - min) * PlotHeight);
        for (int tick = 0; tick <= 4; tick++)
        {
            double value = min + ((max - min) * tick / 4);
            chart.Add($"""<line class="chart-grid" x1="{SvgChart.N(Left)}" x2="{SvgChart.N(Left + PlotWidth)}" y1="{SvgChart.N(Y(value))}" y2="{SvgChart.N(Y(value))}"/>""");
            chart.Text(Left - 6, Y(value) + 4, SvgChart.Format(value, language), "chart-small", "end");
        }

        int step = Math.Max(1, periods.Count / 8);
        for (int i = 0; i < periods.Count; i += step)
        {
            chart.Text(X(periods[i]), Top + PlotHeight + 16, periods[i], "chart-small", "middle");
        }

        List<SeriesPoint> banded = [.. series.Points.Where(p => p.Ci95 is not null && p.Value is not null)];
        if (banded.Count > 1)
        {
            StringBuilder band = new();
            band.Append(CultureInfo.InvariantCulture, $"M{SvgChart.N(X(banded[0].Period))} {SvgChart.N(Y(banded[0].Ci95!.Upper))}");
            foreach (SeriesPoint point in banded.Skip(1))
            {
                band.Append(CultureInfo.InvariantCulture, $" L{SvgChart.N(X(point.Period))} {SvgChart.N(Y(point.Ci95!.Upper))}");
            }

            foreach (SeriesPoint point in Enumerable.Reverse(banded))
            {
                band.Append(CultureInfo.InvariantCulture, $" L{SvgChart.N(X(point.Period))} {SvgChart.N(Y(point.Ci95!.Lower))}");
            }

            chart.Add($"""<path class="interval-band" d="{band} Z" fill="#9fc9eb" fill-opacity="0.6" stroke="none"/>""");
        }

        chart.Add(Line(series.City, X, Y, "city-line", "stroke-dasharray=\"6 3\" stroke=\"#1a1a1a\""));
        chart.Add(Line(series.Points, X, Y, "area-line", "stroke=\"#0000bf\""));
        foreach (SeriesPoint point in series.Points.Where(p => p.Value is not null))
        {
            string tooltip = $"{point.Period}: {SvgChart.Format(point.Value!.Value, language)}"
                + (point.Ci95 is { } ci ? $" ({SvgChart.Format(ci.Lower, language)}–{SvgChart.Format(ci.Upper, language)})" : string.Empty);
            chart.Add($"""<circle class="trend-point" cx="{SvgChart.N(X(point.Period))}" cy="{SvgChart.N(Y(point.Value.Value))}" r="3" fill="#0000bf"><title>{SvgChart.E(tooltip)}</title></circle>""");
        }

        chart.Legend(Top + PlotHeight + 30,
        [
            ("""<rect y="5" width="12" height="3" fill="#0000bf"/>""", series.Area.Names.In(language)),
            ("""<rect width="12" height="12" fill="#9fc9eb"/>""", t.Interval95),
            ("""<rect y="5" width="5" height="2" fill="#1a1a1a"/><rect x="7" y="5" width="5" height="2" fill="#1a1a1a"/>""", t.CityLine),
        ]);
        return chart.Render(source);
    }

    private static string Line(IReadOnlyList<SeriesPoint> points, Func<string, double> x, Func<double, double> y, string cssClass, string style)
    {
        List<SeriesPoint> valued = [.. points.Where(p => p.Value is not null)];
        if (valued.Count < 2)
        {
            return string.Empty;
        }

        string d = string.Join(" ", valued.Select((p, i) => $"{(i == 0 ? "M" : "L")}{SvgChart.N(x(p.Period))} {SvgChart.N(y(p.Value!.Value))}"));
        return $"""<path class="{cssClass}" d="{d}" fill="none" stroke-width="2" {style}/>""";
    }
}
