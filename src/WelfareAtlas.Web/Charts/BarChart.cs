using System.Globalization;
using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Charts;

/// <summary>
/// The compare-areas chart: one bar per area with a value, sorted from the highest, each with its 95 % interval as
/// a whisker and coloured by its comparison with the city, whose value is the dashed line. Areas without a value
/// are listed at the end with the reason, so every area of the type is accounted for.
/// </summary>
internal static class BarChart
{
    private const double RowHeight = 16;
    private const double Top = 40;

    private static readonly string[] LegendOrder = ["better", "similar", "worse", "higher", "lower"];

    /// <summary>The chart of <paramref name="data"/>, titled with <paramref name="indicatorName"/> (the indicator's name with its group, as the page names it).</summary>
    /// <param name="data">The areas' cells.</param>
    /// <param name="indicatorName">The title's name of the indicator.</param>
    /// <param name="language">The language of the texts and numbers.</param>
    /// <param name="text">The interface's texts.</param>
    /// <param name="source">The source line.</param>
    /// <param name="decimals">The decimals of a value in the tooltips, as the page's tables show it (<see cref="Pages.AtlasPageModel.DecimalsOf"/>).</param>
    public static string Render(IndicatorDataView data, string indicatorName, Language language, UiStrings text, string source, int decimals) =>
        Render(data, indicatorName, language, text, source, decimals, new Layout("bar-chart", LabelWidth: 190, PlotWidth: 460, RightMargin: 70, LabelCharacters: 28, Ticks: 5, ShortStatus: false));

    /// <summary>
    /// The same chart for a phone (the page shows it up to 600 px): 320 units wide, the names cut to 15 characters (the
    /// whole name is the tooltip, and the table below has it), so that the bars, whiskers and the city's line are on
    /// the screen rather than to the right of it; an area without a value says why in a word.
    /// </summary>
    /// <inheritdoc cref="Render(IndicatorDataView, string, Language, UiStrings, string, int)"/>
    public static string RenderNarrow(IndicatorDataView data, string indicatorName, Language language, UiStrings text, string source, int decimals) =>
        Render(data, indicatorName, language, text, source, decimals, new Layout("bar-chart-narrow", LabelWidth: 112, PlotWidth: 186, RightMargin: 22, LabelCharacters: 15, Ticks: 3, ShortStatus: true));

    private static string Render(IndicatorDataView data, string indicatorName, Language language, UiStrings text, string source, int decimals, Layout layout)
    {
        double labelWidth = layout.LabelWidth;
        double plotWidth = layout.PlotWidth;
        ProfileTexts t = text.Profiles;
        List<AreaCellView> withValue = [.. data.Cells.Where(c => c.Value is not null).OrderByDescending(c => c.Value)];
        List<AreaCellView> without = [.. data.Cells.Where(c => c.Value is null)];
        string typeName = AreaTypes.TryParse(data.AreaType, out AreaType type) ? text.TypePlural[type].ToLower(Profiles.ProfileSummaryWriter.Culture(language)) : data.AreaType;
        int rows = withValue.Count + without.Count;
        SvgChart chart = new(
            layout.Id,
            "bar",
            labelWidth + plotWidth + layout.RightMargin,
            Top + (rows * RowHeight) + 60,
            string.Format(CultureInfo.InvariantCulture, t.BarTitle, indicatorName, typeName, PeriodLabels.Of(data.Period, language)),
            t.BarDescription);
        double highest = withValue.Select(c => Math.Max(c.Value!.Value, c.Ci95?.Upper ?? c.Value.Value)).DefaultIfEmpty(1).Max();
        AxisScale scale = AxisScale.For(0, Math.Max(highest, data.City?.Value ?? 0) is > 0 and var top ? top : 1, layout.Ticks);
        double max = scale.Max;
        double X(double value) => labelWidth + (Math.Max(0, value) / max * plotWidth);

        // An area's name beside its row, cut to the layout's room with the whole name as its tooltip.
        string Name(string name, double y)
        {
            string label = name.Length > layout.LabelCharacters ? name[..(layout.LabelCharacters - 1)] + "…" : name;
            return $"""<text x="{SvgChart.N(labelWidth - 6)}" y="{SvgChart.N(y + 12)}" class="chart-small" text-anchor="end">{SvgChart.E(label)}{(label == name ? string.Empty : $"<title>{SvgChart.E(name)}</title>")}</text>""";
        }
        double bottom = Top + (rows * RowHeight);
        chart.Add($"""<line class="chart-axis" x1="{SvgChart.N(labelWidth)}" x2="{SvgChart.N(labelWidth)}" y1="{SvgChart.N(Top - 4)}" y2="{SvgChart.N(bottom)}"/>""");
        foreach (double value in scale.Ticks)
        {
            chart.Add($"""<line class="chart-grid" x1="{SvgChart.N(X(value))}" x2="{SvgChart.N(X(value))}" y1="{SvgChart.N(Top - 4)}" y2="{SvgChart.N(bottom)}"/>""");
            chart.Text(X(value), bottom + 14, SvgChart.Format(value, language, scale.Decimals), "chart-small", "middle");
        }

        for (int i = 0; i < withValue.Count; i++)
        {
            AreaCellView cell = withValue[i];
            double y = Top + (i * RowHeight);
            string name = cell.Area.Names.In(language);
            string tooltip = $"{name}: {SvgChart.Format(cell.Value!.Value, language, decimals)}"
                + (cell.Ci95 is { } ci ? $" ({SvgChart.Format(ci.Lower, language, decimals)}–{SvgChart.Format(ci.Upper, language, decimals)})" : string.Empty)
                + $"; {t.Significance[cell.VersusCity.At95]}";
            chart.Add($"""<g class="bar-row" data-area="{cell.Area.Code}">""");
            chart.Add(Name(name, y));
            chart.Add($"""<rect class="bar" data-significance="{cell.VersusCity.At95}" x="{SvgChart.N(labelWidth)}" y="{SvgChart.N(y + 3)}" width="{SvgChart.N(X(cell.Value.Value) - labelWidth)}" height="{SvgChart.N(RowHeight - 6)}" fill="{SvgChart.Fill(cell.VersusCity.At95)}" stroke="#1a1a1a" stroke-width="0.5"><title>{SvgChart.E(tooltip)}</title></rect>""");
            if (cell.Ci95 is { } interval)
            {
                double mid = y + (RowHeight / 2);
                chart.Add($"""<path class="whisker" d="M{SvgChart.N(X(interval.Lower))} {SvgChart.N(mid)} H{SvgChart.N(X(interval.Upper))} M{SvgChart.N(X(interval.Lower))} {SvgChart.N(mid - 4)} V{SvgChart.N(mid + 4)} M{SvgChart.N(X(interval.Upper))} {SvgChart.N(mid - 4)} V{SvgChart.N(mid + 4)}" stroke="#1a1a1a" stroke-width="1.2" fill="none"/>""");
            }

            chart.Add("</g>");
        }

        for (int i = 0; i < without.Count; i++)
        {
            AreaCellView cell = without[i];
            double y = Top + ((withValue.Count + i) * RowHeight);
            chart.Add($"""<g class="bar-row bar-row--no-value" data-area="{cell.Area.Code}" data-status="{cell.Status}">""");
            string name = cell.Area.Names.In(language);
            chart.Add(Name(name, y));
            chart.Text(labelWidth + 6, y + 12, (layout.ShortStatus ? t.StatusShort : t.Status).GetValueOrDefault(ShownStatus.Of(cell.Status, cell.Disclosure), cell.Status), "chart-small", extra: "font-style=\"italic\"");
            chart.Add("</g>");
        }

        if (data.City?.Value is { } city)
        {
            chart.Add($"""<line class="benchmark-line" x1="{SvgChart.N(X(city))}" x2="{SvgChart.N(X(city))}" y1="{SvgChart.N(Top - 8)}" y2="{SvgChart.N(bottom)}" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="6 3"><title>{SvgChart.E($"{t.CityLine}: {SvgChart.Format(city, language, decimals)}")}</title></line>""");
        }

        double legendY = bottom + 26;
        chart.Legend(legendY,
        [
            ("""<rect y="5" width="12" height="2" fill="#1a1a1a"/>""", t.Interval95),
            ("""<rect x="5" width="2" height="12" fill="#1a1a1a"/>""", t.CityLine),
            .. LegendOrder
                .Where(s => withValue.Any(c => c.VersusCity.At95 == s))
                .Select(s => ($"""<rect width="12" height="12" fill="{SvgChart.Fill(s)}" stroke="#1a1a1a" stroke-width="0.5"/>""", t.Significance[s])),
        ]);
        chart.Height = chart.LegendLastRow + 40;
        return chart.Render(source);
    }

    /// <summary>The chart's proportions.</summary>
    /// <param name="Id">The chart's element id; the page holds both layouts, so they differ.</param>
    /// <param name="LabelWidth">The areas' names, right-aligned beside their bars.</param>
    /// <param name="PlotWidth">The bars' scale from 0.</param>
    /// <param name="RightMargin">Room right of the scale for the last tick's label and a whisker past it.</param>
    /// <param name="LabelCharacters">How many characters of a name fit; a longer name is cut, with the whole as its tooltip.</param>
    /// <param name="Ticks">About how many ticks the axis has.</param>
    /// <param name="ShortStatus">Whether an area without a value says why in a word ("Suppressed") rather than a sentence.</param>
    private sealed record Layout(string Id, double LabelWidth, double PlotWidth, double RightMargin, int LabelCharacters, int Ticks, bool ShortStatus);
}
