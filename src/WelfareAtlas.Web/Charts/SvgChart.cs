using System.Globalization;
using System.Net;
using System.Text;
using WelfareAtlas.Localisation;
using WelfareAtlas.Periods;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Charts;

/// <summary>
/// Writes a chart as standalone SVG markup: its title, legend and source line are part of the drawing, so a
/// downloaded SVG or PNG says what it shows and where the numbers come from.
/// </summary>
/// <remarks>
/// Charts are drawn on the server (docs/architecture.md): the same markup serves the page, the printed report and
/// the download; each element carries a <c>&lt;title&gt;</c> (a tooltip and a name for assistive technology), and
/// every chart has a table beside it with the same numbers.
/// </remarks>
internal sealed class SvgChart
{
    private readonly StringBuilder body = new();

    public SvgChart(string id, string kind, double width, double height, string title, string description)
    {
        Id = id;
        Kind = kind;
        Width = width;
        Height = height;
        Title = title;
        Description = description;
    }

    public string Id { get; }

    public string Kind { get; }

    public double Width { get; }

    public double Height { get; set; }

    public string Title { get; }

    public string Description { get; }

    /// <summary>Significance classes: fill colour and the word beside it. Colour is never alone: markers differ in shape, and tables say it in words.</summary>
    public static string Fill(string significance) => significance switch
    {
        "better" => "#0a7a3e",
        "worse" => "#b01038",
        "similar" => "#8a6d00",
        "higher" => "#1f4e99",
        "lower" => "#6fa3dc",
        _ => "#ffffff",
    };

    /// <summary>A number for an SVG attribute: invariant, at most two decimals.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Text escaped for SVG.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// The outline of an interval band in chart coordinates: along the upper limits from the first point to the last,
    /// back along the lower limits, closed; at least two points.
    /// </summary>
    public static string BandPath(IReadOnlyList<(double X, double Upper, double Lower)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        StringBuilder band = new();
        for (int i = 0; i < points.Count; i++)
        {
            band.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "M" : " L")}{N(points[i].X)} {N(points[i].Upper)}");
        }

        for (int i = points.Count - 1; i >= 0; i--)
        {
            band.Append(CultureInfo.InvariantCulture, $" L{N(points[i].X)} {N(points[i].Lower)}");
        }

        return band.Append(" Z").ToString();
    }

    /// <summary>
    /// Every how many'th of <paramref name="labels"/>, spaced evenly over <paramref name="width"/> pixels, an axis can
    /// label without two labels overlapping: a <c>chart-small</c> character is about 6.6 pixels wide (11 px DejaVu Sans),
    /// and labels keep 10 pixels apart. Quarters ("1. nelj. 2024") need fewer labels than years.
    /// </summary>
    public static int LabelStep(IReadOnlyList<string> labels, double width)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count <= 1)
        {
            return 1;
        }

        double widest = (labels.Max(label => label.Length) * SmallCharacterWidth) + 10;
        double spacing = width / (labels.Count - 1);
        return Math.Max(1, (int)Math.Ceiling(widest / spacing));
    }

    /// <summary>
    /// Which of <paramref name="periods"/> (canonical texts, in order) get an axis label: every <see cref="LabelStep"/>th,
    /// but for months and quarters a step of the calendar (1, 2, 3, 4, 6 or 12 months, or whole years) at the periods it
    /// falls on, so that the axis reads January, July, January… rather than January, September, May…, and a season
    /// can be seen.
    /// </summary>
    public static IEnumerable<int> LabelIndexes(IReadOnlyList<string> periods, IReadOnlyList<string> labels, double width)
    {
        ArgumentNullException.ThrowIfNull(periods);
        int step = LabelStep(labels, width);
        Period[] parsed = [.. periods.Select(text => Period.TryParse(text, out Period period, out _) ? period : default)];
        PeriodKind kind = parsed.Length > 0 ? parsed[0].Kind : PeriodKind.Year;
        if (parsed.Length == 0 || kind is not (PeriodKind.Month or PeriodKind.Quarter) || parsed.Any(p => p.Kind != kind || p.Year == 0))
        {
            for (int i = 0; i < periods.Count; i += step)
            {
                yield return i;
            }

            yield break;
        }

        int perYear = kind == PeriodKind.Month ? 12 : 4;
        int[] calendar = perYear == 12 ? [1, 2, 3, 4, 6, 12, 24, 36, 60, 120] : [1, 2, 4, 8, 12, 20, 40];
        int calendarStep = calendar.FirstOrDefault(candidate => candidate >= step, calendar[^1]);
        for (int i = 0; i < parsed.Length; i++)
        {
            Period period = parsed[i];
            bool aligned = calendarStep <= perYear
                ? (period.Part - 1) % calendarStep == 0
                : period.Part == 1 && period.Year % (calendarStep / perYear) == 0;
            if (aligned)
            {
                yield return i;
            }
        }
    }

    /// <summary>
    /// Where to centre an axis label near <paramref name="x"/> so that it stays inside a chart <paramref name="width"/>
    /// wide: the last label of a narrow chart's time axis ("1. nelj. 2025") could run past its right edge.
    /// </summary>
    public static double Within(double x, string label, double width)
    {
        ArgumentNullException.ThrowIfNull(label);
        double half = label.Length * SmallCharacterWidth / 2;
        return Math.Max(4 + half, Math.Min(x, width - 4 - half));
    }

    /// <summary>A value for a reader of <paramref name="language"/>: decimal comma in Finnish and Swedish.</summary>
    public static string Format(double value, Language language, int decimals = 1) =>
        value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), ProfileSummaryWriter.Culture(language));

    public SvgChart Add(string markup)
    {
        body.Append(markup).Append('\n');
        return this;
    }

    public SvgChart Text(double x, double y, string text, string cssClass, string anchor = "start", string? extra = null) =>
        Add($"""<text x="{N(x)}" y="{N(y)}" class="{cssClass}" text-anchor="{anchor}"{(extra is null ? string.Empty : " " + extra)}>{E(text)}</text>""");

    /// <summary>
    /// The legend: one swatch and label per entry, in rows from <paramref name="y"/>; an entry that would reach past the
    /// chart's right edge starts the next row (<see cref="LegendLastRow"/>).
    /// </summary>
    public SvgChart Legend(double y, IEnumerable<(string Swatch, string Label)> entries)
    {
        double x = 8;
        Add($"""<g class="chart-legend">""");
        foreach ((string swatch, string label) in entries)
        {
            double width = 16 + (label.Length * SmallCharacterWidth);
            if (x > 8 && x + width > Width - 8)
            {
                x = 8;
                y += 18;
            }

            Add($"""<g class="chart-legend__item" transform="translate({N(x)},{N(y)})">{swatch}<text x="16" y="10" class="chart-small">{E(label)}</text></g>""");
            x += width + 12;
        }

        Add("</g>");
        LegendLastRow = y;
        return this;
    }

    /// <summary>The top of the legend's last row (<see cref="Legend"/>), for the drawing's height below it.</summary>
    public double LegendLastRow { get; private set; }

    /// <summary>
    /// The markup, with the title on top and <paramref name="source"/> at the bottom, whole: wrapped at spaces into as
    /// many lines as the chart's width needs (each line but the last ends in its space, so the text reads back whole).
    /// </summary>
    public string Render(string source)
    {
        IReadOnlyList<string> sourceLines = Wrap(source, (int)((Width - 16) / SourceCharacterWidth));
        IReadOnlyList<string> titleLines = Wrap(Title, (int)((Width - 16) / TitleCharacterWidth));
        double titleExtra = TitleLineHeight * (titleLines.Count - 1);
        double height = Height + titleExtra + 22 + (SourceLineHeight * (sourceLines.Count - 1));
        StringBuilder svg = new();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" id="{Id}" class="chart chart--{Kind}" data-chart="{Kind}" viewBox="0 0 {N(Width)} {N(height)}" width="{N(Width)}" height="{N(height)}" role="img" aria-labelledby="{Id}-title {Id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{Id}-title">{E(Title)}</title><desc id="{Id}-desc">{E(Description)}</desc>""");
        svg.Append("""<style>.chart-title{font-size:15px;font-weight:700;fill:#1a1a1a}.chart-label{font-size:12px;fill:#1a1a1a}.chart-small{font-size:11px;fill:#333}.chart-source{font-size:10px;fill:#555}.chart-axis{stroke:#666;stroke-width:1}.chart-grid{stroke:#ddd;stroke-width:1}</style>""");
        svg.Append("""<rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/>""");
        // A title longer than the chart is wide wraps, and the drawing moves down by its extra lines: one line, cut at
        // the edge, lost the end of a long area's name (the pyramid's) in the page and in the downloads.
        svg.Append("""<text x="8" y="20" class="chart-title">""");
        for (int i = 0; i < titleLines.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<tspan x="8" dy="{(i == 0 ? "0" : N(TitleLineHeight))}">{E(titleLines[i])}</tspan>""");
        }

        svg.Append("</text>");
        if (titleExtra > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<g transform="translate(0,{N(titleExtra)})">""").Append(body).Append("</g>");
        }
        else
        {
            svg.Append(body);
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<text x="8" y="{N(height - 8 - (SourceLineHeight * (sourceLines.Count - 1)))}" class="chart-source">""");
        for (int i = 0; i < sourceLines.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<tspan x="8" dy="{(i == 0 ? "0" : N(SourceLineHeight))}">{E(sourceLines[i])}</tspan>""");
        }

        svg.Append("</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The mean advance of a character of the 11 px <c>chart-small</c> text (DejaVu Sans), rounded up so that texts placed by it fit.</summary>
    internal const double SmallCharacterWidth = 6.6;

    /// <summary>The title's spacing, for its 15 px bold font.</summary>
    private const double TitleLineHeight = 19;

    /// <summary>The mean advance of a character of the 15 px bold title, generously rounded up so lines fit.</summary>
    private const double TitleCharacterWidth = 9.4;

    /// <summary>The source line's spacing, for its 10 px font.</summary>
    private const double SourceLineHeight = 13;

    /// <summary>The mean advance of a character of the 10 px sans-serif source line, generously rounded up so lines fit.</summary>
    private const double SourceCharacterWidth = 5.6;

    /// <summary><paramref name="text"/> in lines of at most <paramref name="width"/> characters, broken after spaces; a longer word stays whole.</summary>
    internal static IReadOnlyList<string> Wrap(string text, int width)
    {
        List<string> lines = [];
        StringBuilder line = new();
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(word).Append(' ');
        }

        lines.Add(line.ToString().TrimEnd(' '));
        return lines;
    }

    /// <summary>A legend swatch: a marker of <paramref name="significance"/>'s shape and colour.</summary>
    public static string Swatch(string significance) => Marker(significance, 6, 6, 5, null);

    /// <summary>A marker whose shape as well as colour says the significance: circle better, diamond worse, square similar, triangles higher/lower, hollow circle not compared.</summary>
    public static string Marker(string significance, double x, double y, double r, string? title, string cssClass = "chart-marker")
    {
        string tooltip = title is null ? string.Empty : $"<title>{E(title)}</title>";
        return Shape(significance, x, y, r, $"""class="{cssClass}" data-significance="{significance}" fill="{Fill(significance)}" stroke="#1a1a1a" stroke-width="1" """, tooltip);
    }

    /// <summary>
    /// The marker's shape alone, as a small inline SVG for a table cell or a legend in HTML: drawn in the text's colour
    /// (<c>currentColor</c>) so it keeps the contrast of the text on any cell colour and in forced-colours mode; not
    /// compared is the hollow circle. Hidden from screen readers: the word beside it says the same.
    /// </summary>
    public static string Symbol(string significance)
    {
        string paint = significance is "better" or "similar" or "worse" or "higher" or "lower"
            ? """fill="currentColor" """
            : """fill="none" stroke="currentColor" stroke-width="1.5" """;
        string shape = Shape(significance, 6, 6, significance == "not-compared" ? 4.25 : 5, paint, string.Empty);
        return $"""<svg class="significance-symbol" data-symbol="{significance}" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">{shape}</svg>""";
    }

    /// <summary>The shape of <paramref name="significance"/> centred on (x, y) with radius r, with the given attributes and content.</summary>
    private static string Shape(string significance, double x, double y, double r, string attributes, string content) => significance switch
    {
        "worse" => $"""<path {attributes}d="M{N(x)} {N(y - r - 1)} L{N(x + r + 1)} {N(y)} L{N(x)} {N(y + r + 1)} L{N(x - r - 1)} {N(y)} Z">{content}</path>""",
        "similar" => $"""<rect {attributes}x="{N(x - r)}" y="{N(y - r)}" width="{N(2 * r)}" height="{N(2 * r)}">{content}</rect>""",
        "higher" => $"""<path {attributes}d="M{N(x)} {N(y - r - 1)} L{N(x + r + 1)} {N(y + r)} L{N(x - r - 1)} {N(y + r)} Z">{content}</path>""",
        "lower" => $"""<path {attributes}d="M{N(x)} {N(y + r + 1)} L{N(x + r + 1)} {N(y - r)} L{N(x - r - 1)} {N(y - r)} Z">{content}</path>""",
        _ => $"""<circle {attributes}cx="{N(x)}" cy="{N(y)}" r="{N(r)}">{content}</circle>""",
    };
}
