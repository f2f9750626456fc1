using System.Globalization;
using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Charts;

/// <summary>
/// The spine chart of an area's profile: per indicator, the range of the areas of the same type (grey), their middle
/// half (darker), the benchmark (the centre line) and the area (a marker whose shape and colour give the comparison).
/// </summary>
/// <remarks>
/// As in the public-health profiles the design comes from, each row has its own scale with the benchmark in the
/// middle and the farther end of the range at the edge; a row is mirrored where higher is better, so that worse is
/// always on the left. A row without a range says why in its middle; a row with a range but without the area's value
/// says why beside its name (<see cref="ProfileTexts.StatusShort"/>). An area without a benchmark (the city) is placed
/// among the areas of its type instead (<see cref="HasBenchmark"/>).
/// </remarks>
internal static class SpineChart
{
    /// <summary>The height of a row's bar (the range and the middle half); the marker is centred on it.</summary>
    private const double BarHeight = 14;

    /// <summary>
    /// The layout for a wide screen and print: a row's name beside its bar, 724 units wide.
    /// </summary>
    private static readonly Layout Wide = new("spine-chart", Top: 64, LabelWidth: 300, PlotWidth: 400, ChartWidth: 724, RowHeight: 26, BarTop: 6, LabelBaseline: 17, Room: 46);

    /// <summary>
    /// The layout for a phone: a row's name above its bar across the whole width, 320 units wide, so that the chart fits
    /// a 320 px screen with its text at 10 px and up instead of showing names only until scrolled sideways.
    /// </summary>
    private static readonly Layout Narrow = new("spine-chart-narrow", Top: 40, LabelWidth: 0, PlotWidth: 320, ChartWidth: 320, RowHeight: 40, BarTop: 20, LabelBaseline: 14, Room: 42);

    /// <summary>
    /// The chart's title, which the page's heading repeats: the area among the others of its type with its benchmark,
    /// or, for an area without one (the city), only among the others; "Helsinki compared with Helsinki" said nothing.
    /// </summary>
    public static string Title(AreaProfileView view, Language language, ProfileTexts texts, string typeName)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(texts);
        return HasBenchmark(view)
            ? string.Format(CultureInfo.InvariantCulture, texts.SpineTitle, view.Area.Names.In(language), view.BenchmarkArea!.Names.In(language), typeName)
            : string.Format(CultureInfo.InvariantCulture, texts.SpineTitleWithoutBenchmark, view.Area.Names.In(language), typeName);
    }

    /// <summary>
    /// Whether the area has a benchmark other than itself. The city has none: its rows are drawn against the median of
    /// the areas of its type (the other municipalities, where a national source has them) without a comparison, and a
    /// row of the city alone says so instead of a bar.
    /// </summary>
    public static bool HasBenchmark(AreaProfileView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.BenchmarkArea is { } benchmark && benchmark.Code != view.Area.Code;
    }

    /// <summary>The chart's caption: how to read it, with or without a benchmark (<see cref="HasBenchmark"/>).</summary>
    public static string Description(AreaProfileView view, ProfileTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return HasBenchmark(view) ? texts.SpineDescription : texts.SpineDescriptionWithoutBenchmark;
    }

    /// <summary>The chart for a wide screen, a report or a download: a row's name beside its bar.</summary>
    public static string Render(AreaProfileView view, Language language, UiStrings text, string source) =>
        Render(view, language, text, source, Wide);

    /// <summary>The same chart for a phone (the page shows it up to 600 px): a row's name above its bar, 320 units wide.</summary>
    public static string RenderNarrow(AreaProfileView view, Language language, UiStrings text, string source) =>
        Render(view, language, text, source, Narrow);

    private static string Render(AreaProfileView view, Language language, UiStrings text, string source, Layout layout)
    {
        ProfileTexts t = text.Profiles;
        double rowHeight = layout.RowHeight;
        List<ProfileCellView> rows = [.. view.Cells];
        string benchmarkName = view.BenchmarkArea?.Names.In(language) ?? view.Area.Names.In(language);
        string typeName = AreaTypes.TryParse(view.Area.Type, out AreaType type) && text.TypePlural.TryGetValue(type, out string? plural) ? plural.ToLower(ProfileSummaryWriter.Culture(language)) : view.Area.Type;
        SvgChart chart = new(
            layout.Id,
            "spine",
            layout.ChartWidth,
            layout.Top + (rows.Count * rowHeight) + 60,
            Title(view, language, t, typeName),
            Description(view, t));
        bool compared = HasBenchmark(view);
        double centre = layout.LabelWidth + (layout.PlotWidth / 2);
        for (int i = 0; i < rows.Count; i++)
        {
            ProfileCellView row = rows[i];
            double y = layout.Top + (i * rowHeight);
            double barTop = y + layout.BarTop;
            double mid = barTop + (BarHeight / 2);
            // The row's indicator with its breakdown where it shows one (an age band), as the table beside it names it.
            string name = BreakdownLabels.Named(row.Name.In(language), row.Breakdown, language);
            // A row with peers but no value of the area's own (suppressed, too few) says why beside its name, where no
            // range is drawn: silent, it looked like a row whose marker had not loaded.
            // Without a benchmark (the city) a row is centred on the median of the areas of its type, drawn as a short line
            // of its own, and the marker is hollow: the city is placed among them, not compared with them.
            double? centreValue = compared ? row.Comparison.BenchmarkValue : row.Peers is { Count: > 1 } among ? among.Median : null;
            string? missing = row.Value is null && row.Measure != "count" && row.Peers is not null && centreValue is not null
                ? t.StatusShort.GetValueOrDefault(ShownStatus.Of(row.Status, row.Disclosure), row.Status)
                : null;
            int room = missing is null ? layout.Room : Math.Max(12, layout.Room - 2 - missing.Length);
            string label = Shorten(row.Name.In(language), row.Breakdown, name, room, language);
            chart.Add($"""<g class="spine-row" data-indicator="{row.Indicator}" data-significance="{row.Comparison.At95}">""");
            if (i % 2 == 0)
            {
                chart.Add($"""<rect x="0" y="{SvgChart.N(y)}" width="{SvgChart.N(chart.Width)}" height="{SvgChart.N(rowHeight)}" fill="#f4f4f4"/>""");
            }

            bool drawn = row.Measure != "count" && row.Peers is not null && centreValue is not null;

            // The benchmark's line, a row at a time over the row's shading and bars, under the marker: across the whole row
            // beside the names, so that the rows make one line down the chart; where the name is above the bar, only
            // across a bar that is drawn.
            (double lineTop, double lineBottom) = layout.Stacked ? (barTop - 3, barTop + BarHeight + 3) : (y, y + rowHeight);
            string? benchmarkLine = compared && (!layout.Stacked || drawn)
                ? $"""<line class="chart-benchmark" x1="{SvgChart.N(centre)}" x2="{SvgChart.N(centre)}" y1="{SvgChart.N(lineTop)}" y2="{SvgChart.N(lineBottom)}" stroke="#1a1a1a" stroke-width="2"/>"""
                : null;

            // A shortened label keeps the whole name as its tooltip.
            chart.Add($"""<text x="8" y="{SvgChart.N(y + layout.LabelBaseline)}" class="chart-label" text-anchor="start"{(row.Synthetic ? " font-style=\"italic\"" : string.Empty)}>{SvgChart.E(label)}{(label == name ? string.Empty : $"<title>{SvgChart.E(name)}</title>")}</text>""");
            // A count is not compared (a part of the city always has fewer people than the city), and a row's scale centred
            // on the city's count would squeeze every area against its edge: the row says "not compared", as the table does.
            if (drawn && row.Peers is { } peers && centreValue is { } benchmark)
            {
                double half = Math.Max(Math.Abs(peers.Min - benchmark), Math.Abs(peers.Max - benchmark));
                half = half > 0 ? half : 1;
                double orientation = row.Polarity == "lower-is-better" ? -1 : 1;
                double X(double value) => centre + (orientation * (value - benchmark) / half * (layout.PlotWidth / 2 - 8));
                (double a, double b) = (X(peers.Min), X(peers.Max));
                (double q1, double q3) = (X(peers.Q1), X(peers.Q3));
                chart.Add($"""<rect class="spine-range" x="{SvgChart.N(Math.Min(a, b))}" y="{SvgChart.N(barTop)}" width="{SvgChart.N(Math.Abs(b - a))}" height="{SvgChart.N(BarHeight)}" fill="#c8c8c8"><title>{SvgChart.E($"{t.SpineRange}: {SvgChart.Format(peers.Min, language)}–{SvgChart.Format(peers.Max, language)}")}</title></rect>""");
                chart.Add($"""<rect class="spine-middle" x="{SvgChart.N(Math.Min(q1, q3))}" y="{SvgChart.N(barTop)}" width="{SvgChart.N(Math.Abs(q3 - q1))}" height="{SvgChart.N(BarHeight)}" fill="#8c8c8c"><title>{SvgChart.E($"{t.SpineMiddleHalf}: {SvgChart.Format(peers.Q1, language)}–{SvgChart.Format(peers.Q3, language)}")}</title></rect>""");
                if (!compared)
                {
                    chart.Add($"""<line class="spine-median" x1="{SvgChart.N(centre)}" x2="{SvgChart.N(centre)}" y1="{SvgChart.N(barTop - 3)}" y2="{SvgChart.N(barTop + BarHeight + 3)}" stroke="#1a1a1a" stroke-width="2"><title>{SvgChart.E($"{t.SpineMedian}: {SvgChart.Format(benchmark, language)}")}</title></line>""");
                }

                if (benchmarkLine is not null)
                {
                    chart.Add(benchmarkLine);
                }

                if (row.Value is { } value)
                {
                    string tooltip = compared
                        ? $"{name}: {SvgChart.Format(value, language)} ({t.Significance[row.Comparison.At95]}; {t.BenchmarkValue} {SvgChart.Format(benchmark, language)})"
                        : $"{name}: {SvgChart.Format(value, language)} ({t.SpineMedian} {SvgChart.Format(benchmark, language)})";
                    chart.Add(SvgChart.Marker(compared ? row.Comparison.At95 : "not-compared", X(value), mid, 6, tooltip, "chart-marker spine-marker"));
                }
                else
                {
                    // Beside the name: at the end of the name's own line where the name is above the bar.
                    (double missingX, double missingY) = layout.Stacked ? (layout.ChartWidth - 8, y + layout.LabelBaseline) : (layout.LabelWidth - 8, mid + 4);
                    chart.Text(missingX, missingY, missing!, "chart-small spine-missing", "end", "font-style=\"italic\"");
                }
            }
            else
            {
                string reason = row.Value is null ? t.Status.GetValueOrDefault(ShownStatus.Of(row.Status, row.Disclosure), row.Status)
                    : !compared && row.Measure != "count" ? t.SpineOnlyArea
                    : t.Significance["not-compared"];
                if (benchmarkLine is not null)
                {
                    chart.Add(benchmarkLine);
                }

                chart.Text(layout.Stacked ? 8 : centre + 12, mid + 4, reason, "chart-small");
            }

            chart.Add("</g>");
        }

        double legendY = layout.Top + (rows.Count * rowHeight) + 10;
        List<(string Swatch, string Label)> legend = compared
            ?
            [
                ("""<rect width="12" height="12" fill="#c8c8c8"/>""", t.SpineRange),
                ("""<rect width="12" height="12" fill="#8c8c8c"/>""", t.SpineMiddleHalf),
                ("""<rect x="5" width="2" height="12" fill="#1a1a1a"/>""", string.Format(CultureInfo.InvariantCulture, t.BenchmarkLegend, benchmarkName)),
                (SvgChart.Swatch("better"), t.Significance["better"]),
                (SvgChart.Swatch("similar"), t.Significance["similar"]),
                (SvgChart.Swatch("worse"), t.Significance["worse"]),
                (SvgChart.Swatch("higher"), t.Significance["higher"]),
                (SvgChart.Swatch("lower"), t.Significance["lower"]),
            ]
            :
            [
                ("""<rect width="12" height="12" fill="#c8c8c8"/>""", t.SpineRange),
                ("""<rect width="12" height="12" fill="#8c8c8c"/>""", t.SpineMiddleHalf),
                ("""<rect x="5" width="2" height="12" fill="#1a1a1a"/>""", t.SpineMedian),
                (SvgChart.Swatch("not-compared"), view.Area.Names.In(language)),
            ];
        // The names of synthetic demo indicators are in italics, as in the table: the legend says what that means.
        if (rows.Any(row => row.Synthetic))
        {
            legend.Add(("""<text x="0" y="10" class="chart-small" font-style="italic">Aa</text>""", t.Synthetic));
        }

        chart.Legend(legendY, legend);
        chart.Height = chart.LegendLastRow + 26;
        return chart.Render(source);
    }

    /// <summary>
    /// The row's label within <paramref name="room"/> characters: the whole <paramref name="named"/> when it fits, else
    /// the indicator's name cut with an ellipsis before its breakdown, which is kept whole (two rows of one indicator
    /// differ only in it).
    /// </summary>
    private static string Shorten(string indicator, string breakdown, string named, int room, Language language)
    {
        if (named.Length <= room)
        {
            return named;
        }

        if (breakdown == Breakdown.Total.Key)
        {
            return named[..(room - 1)] + "…";
        }

        string group = " (" + BreakdownLabels.Of(breakdown, language) + ")";
        int keep = Math.Max(8, room - group.Length - 1);
        return (indicator.Length > keep ? indicator[..keep].TrimEnd() + "…" : indicator) + group;
    }

    /// <summary>Where a row's parts go.</summary>
    /// <param name="Id">The chart's element id; the page holds both layouts, so they differ.</param>
    /// <param name="Top">The first row's top, below the title.</param>
    /// <param name="LabelWidth">The names' column beside the bars, where the bars' scale begins; 0 where a name is above its bar.</param>
    /// <param name="PlotWidth">The bars' scale, the benchmark in its middle.</param>
    /// <param name="ChartWidth">The whole drawing's width.</param>
    /// <param name="RowHeight">A row, its name and bar.</param>
    /// <param name="BarTop">The bar's top, from the row's top.</param>
    /// <param name="LabelBaseline">The name's baseline, from the row's top.</param>
    /// <param name="Room">How many characters of a name fit.</param>
    private sealed record Layout(string Id, double Top, double LabelWidth, double PlotWidth, double ChartWidth, double RowHeight, double BarTop, double LabelBaseline, int Room)
    {
        /// <summary>Whether a row's name is above its bar rather than beside it.</summary>
        public bool Stacked => LabelWidth == 0;
    }
}
