using System.Globalization;
using System.Text;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Forecasts;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.Charts;

/// <summary>
/// The trend chart: an area's values over time with the 95 % interval as a band, and the city's values as a dashed
/// line; with a forecast, the fan after the last value: the 95 % and 80 % prediction intervals as two orange bands and
/// the point forecast as a dotted line, set off by a vertical line labelled as the forecast.
/// </summary>
internal static class TrendChart
{
    private const double Left = 64;

    /// <summary>The time axis for a wide screen, a report or a download.</summary>
    private const double WidePlotWidth = 560;

    /// <summary>The time axis for a phone: the chart is 320 units wide, to fit a 320 px screen with its latest values in view.</summary>
    private const double NarrowPlotWidth = 226;
    private const double PlotHeight = 220;
    private const double Top = 44;

    /// <summary>The chart of <paramref name="series"/>, with <paramref name="forecast"/>'s fan after it where given.</summary>
    /// <param name="series">The area's series and the city's.</param>
    /// <param name="indicatorName">The title's name of the indicator.</param>
    /// <param name="language">The language of the texts and numbers.</param>
    /// <param name="text">The interface's texts.</param>
    /// <param name="source">The source line.</param>
    /// <param name="forecast">The forecast to draw after the last value, if any.</param>
    /// <param name="chartId">The chart's element id; the narrow chart's is this with <c>-narrow</c> after it.</param>
    /// <param name="decimals">The decimals of a value in the tooltips.</param>
    /// <param name="narrow">Laid out for a phone (the pages show it up to 600 px): 320 units wide.</param>
    public static string Render(SeriesView series, string indicatorName, Language language, UiStrings text, string source, ForecastView? forecast = null, string chartId = "trend-chart", int decimals = 1, bool narrow = false)
    {
        ProfileTexts t = text.Profiles;
        double plotWidth = narrow ? NarrowPlotWidth : WidePlotWidth;
        SvgChart chart = new(
            narrow ? chartId + "-narrow" : chartId,
            "trend",
            Left + plotWidth + 30,
            Top + PlotHeight + 90,
            // Without a city line (the city's own series) the title names the area alone: "Helsinki and Helsinki" says nothing.
            series.City.Count > 0
                ? string.Format(CultureInfo.InvariantCulture, t.TrendChartTitle, indicatorName, series.Area.Names.In(language))
                : $"{indicatorName}: {series.Area.Names.In(language)}",
            series.City.Count > 0 ? t.TrendChartDescription : t.TrendChartDescriptionWithoutCity);
        List<string> periods = [.. series.Points.Select(p => p.Period).Union(series.City.Select(p => p.Period)).Distinct()];
        periods.Sort(StringComparer.Ordinal);
        List<ForecastStepView> steps = [.. forecast?.Steps ?? []];
        periods.AddRange(steps.Select(s => s.Period).Where(p => !periods.Contains(p, StringComparer.Ordinal)));
        Dictionary<string, int> position = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        List<double> all = [.. series.Points.Concat(series.City).Where(p => p.Value is not null).SelectMany(p => p.Ci95 is { } ci ? new[] { p.Value!.Value, ci.Lower, ci.Upper } : [p.Value!.Value])];
        all.AddRange(steps.SelectMany(s => new[] { s.Lower95, s.Upper95 }));
        AxisScale scale = AxisScale.For(all.Count == 0 ? 0 : Math.Min(0, all.Min()), all.Count == 0 ? 1 : all.Max());
        double min = scale.Min;
        double max = scale.Max;
        double X(string period) => Left + (periods.Count <= 1 ? plotWidth / 2 : position[period] * plotWidth / (periods.Count - 1));
        double Y(double value) => Top + PlotHeight - ((value - min) / (max - min) * PlotHeight);
        foreach (double value in scale.Ticks)
        {
            chart.Add($"""<line class="chart-grid" x1="{SvgChart.N(Left)}" x2="{SvgChart.N(Left + plotWidth)}" y1="{SvgChart.N(Y(value))}" y2="{SvgChart.N(Y(value))}"/>""");
            chart.Text(Left - 6, Y(value) + 4, SvgChart.Format(value, language, scale.Decimals), "chart-small", "end");
        }

        string[] labels = [.. periods.Select(period => PeriodLabels.Of(period, language, brief: true))];
        foreach (int i in SvgChart.LabelIndexes(periods, labels, plotWidth))
        {
            chart.Text(SvgChart.Within(X(periods[i]), labels[i], chart.Width), Top + PlotHeight + 16, labels[i], "chart-small", "middle");
        }

        List<SeriesPoint> banded = [.. series.Points.Where(p => p.Ci95 is not null && p.Value is not null)];
        if (banded.Count > 1)
        {
            string band = SvgChart.BandPath([.. banded.Select(point => (X(point.Period), Y(point.Ci95!.Upper), Y(point.Ci95!.Lower)))]);
            chart.Add($"""<path class="interval-band" d="{band}" fill="#9fc9eb" fill-opacity="0.6" stroke="none"/>""");
        }

        SeriesPoint? last = forecast is null ? null : series.Points.LastOrDefault(p => p.Period == forecast.LastPeriod && p.Value is not null);
        if (steps.Count > 0)
        {
            DrawFan(chart, steps, last, X, Y, language, SituationTexts.For(language), decimals);
        }

        chart.Add(Line(series.City, X, Y, "city-line", "stroke-dasharray=\"6 3\" stroke=\"#1a1a1a\""));
        chart.Add(Line(series.Points, X, Y, "area-line", "stroke=\"#0000bf\""));
        foreach (SeriesPoint point in series.Points.Where(p => p.Value is not null))
        {
            string tooltip = $"{PeriodLabels.Of(point.Period, language)}: {SvgChart.Format(point.Value!.Value, language, decimals)}"
                + (point.Ci95 is { } ci ? $" ({SvgChart.Format(ci.Lower, language, decimals)}–{SvgChart.Format(ci.Upper, language, decimals)})" : string.Empty);
            chart.Add($"""<circle class="trend-point" cx="{SvgChart.N(X(point.Period))}" cy="{SvgChart.N(Y(point.Value.Value))}" r="3" fill="#0000bf"><title>{SvgChart.E(tooltip)}</title></circle>""");
        }

        List<(string, string)> legend =
        [
            ("""<rect y="5" width="12" height="3" fill="#0000bf"/>""", series.Area.Names.In(language)),
            ("""<rect width="12" height="12" fill="#9fc9eb"/>""", t.Interval95),
        ];
        if (series.City.Count > 0)
        {
            legend.Add(("""<rect y="5" width="5" height="2" fill="#1a1a1a"/><rect x="7" y="5" width="5" height="2" fill="#1a1a1a"/>""", t.CityLine));
        }

        if (steps.Count > 0)
        {
            SituationTexts f = SituationTexts.For(language);
            legend.Add(("""<rect y="5" width="3" height="3" fill="#b35900"/><rect x="5" y="5" width="3" height="3" fill="#b35900"/><rect x="10" y="5" width="2" height="3" fill="#b35900"/>""", f.ForecastLegend));
            legend.Add(("""<rect width="12" height="12" fill="#ffc061"/>""", f.Band80));
            legend.Add(("""<rect width="12" height="12" fill="#ffe6bf"/>""", f.Band95));
        }

        chart.Legend(Top + PlotHeight + 30, legend);
        chart.Height = Math.Max(chart.Height, chart.LegendLastRow + 36);
        return chart.Render(source);
    }

    /// <summary>The fan: both bands start at the last observed value (no uncertainty there) and widen step by step.</summary>
    private static void DrawFan(SvgChart chart, List<ForecastStepView> steps, SeriesPoint? last, Func<string, double> x, Func<double, double> y, Language language, SituationTexts f, int decimals)
    {
        double startX = last is null ? x(steps[0].Period) : x(last.Period);
        double startY = last is null ? y(steps[0].Value) : y(last.Value!.Value);
        string Band(Func<ForecastStepView, double> upper, Func<ForecastStepView, double> lower)
        {
            StringBuilder d = new();
            d.Append(CultureInfo.InvariantCulture, $"M{SvgChart.N(startX)} {SvgChart.N(startY)}");
            foreach (ForecastStepView step in steps)
            {
                d.Append(CultureInfo.InvariantCulture, $" L{SvgChart.N(x(step.Period))} {SvgChart.N(y(upper(step)))}");
            }

            foreach (ForecastStepView step in Enumerable.Reverse(steps))
            {
                d.Append(CultureInfo.InvariantCulture, $" L{SvgChart.N(x(step.Period))} {SvgChart.N(y(lower(step)))}");
            }

            return d.Append(" Z").ToString();
        }

        chart.Add($"""<line class="forecast-divider" x1="{SvgChart.N(startX)}" x2="{SvgChart.N(startX)}" y1="{SvgChart.N(Top)}" y2="{SvgChart.N(Top + PlotHeight)}" stroke="#b35900" stroke-dasharray="2 3"/>""");
        // Left of the line where the fan starts too near the right edge for the word (a narrow chart).
        bool room = startX + 4 + (f.ForecastLegend.Length * SvgChart.SmallCharacterWidth) <= chart.Width - 4;
        chart.Text(room ? startX + 4 : startX - 4, Top + 12, f.ForecastLegend, "chart-small", room ? "start" : "end");
        chart.Add($"""<path class="forecast-band-95" d="{Band(s => s.Upper95, s => s.Lower95)}" fill="#ffe6bf" stroke="none"><title>{SvgChart.E(f.Band95)}</title></path>""");
        chart.Add($"""<path class="forecast-band-80" d="{Band(s => s.Upper80, s => s.Lower80)}" fill="#ffc061" stroke="none"><title>{SvgChart.E(f.Band80)}</title></path>""");
        string line = string.Join(" ", steps.Select(s => $"L{SvgChart.N(x(s.Period))} {SvgChart.N(y(s.Value))}"));
        chart.Add($"""<path class="forecast-line" d="M{SvgChart.N(startX)} {SvgChart.N(startY)} {line}" fill="none" stroke="#b35900" stroke-width="2" stroke-dasharray="3 3"/>""");
        foreach (ForecastStepView step in steps)
        {
            string tooltip = $"{f.ForecastLegend} {PeriodLabels.Of(step.Period, language)}: {SvgChart.Format(step.Value, language, decimals)} (80 %: {SvgChart.Format(step.Lower80, language, decimals)}–{SvgChart.Format(step.Upper80, language, decimals)}; 95 %: {SvgChart.Format(step.Lower95, language, decimals)}–{SvgChart.Format(step.Upper95, language, decimals)})";
            chart.Add($"""<rect class="forecast-point" x="{SvgChart.N(x(step.Period) - 3)}" y="{SvgChart.N(y(step.Value) - 3)}" width="6" height="6" fill="#b35900"><title>{SvgChart.E(tooltip)}</title></rect>""");
        }
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
