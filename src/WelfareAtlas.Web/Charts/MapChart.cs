using System.Text;
using WelfareAtlas.Web.Maps;

namespace WelfareAtlas.Web.Charts;

/// <summary>
/// The indicator page's choropleth as a standalone SVG for download: one path per area of the level, filled by its map
/// class, with the title, the legend (each class's fill and words, and how many areas it has) and the source line, as
/// the other charts have them. The page draws the same classes interactively (<c>wwwroot/js/indicator-map.js</c>).
/// </summary>
/// <remarks>
/// The classes without a comparison are told apart by pattern as well as colour: "not compared" is plain white,
/// "no data" white with diagonal lines, "suppressed" grey with crossed lines. The fills are the page's
/// (<c>indicator-map.js</c>, <c>atlas.css</c>); colour is never the only carrier of meaning, as each area's tooltip,
/// the legend's words and the table beside the page's map say the class in words.
/// </remarks>
internal static class MapChart
{
    private const double Width = 640;
    private const double MapHeight = 560;
    private const double Top = 34;
    private const double LegendRow = 18;
    private const double LegendColumn = 312;

    /// <summary>The element id of the downloaded chart; its patterns' ids start with it.</summary>
    public const string Id = "map-chart";

    /// <summary>The patterns of the classes without a value, by class.</summary>
    private static readonly Dictionary<string, string> Patterns = new(StringComparer.Ordinal)
    {
        // Lines rising to the right on white (a vertical line turned 45° clockwise): no value was delivered.
        ["no-data"] = $"""<pattern id="{Id}-no-data" patternUnits="userSpaceOnUse" width="4.5" height="4.5" patternTransform="rotate(45)"><rect width="4.5" height="4.5" fill="#ffffff"/><path d="M0 0 V4.5" stroke="#595959" stroke-width="1.5"/></pattern>""",
        // Crossed lines on grey: the source hid the value.
        ["suppressed"] = $"""<pattern id="{Id}-suppressed" patternUnits="userSpaceOnUse" width="4.5" height="4.5" patternTransform="rotate(45)"><rect width="4.5" height="4.5" fill="#c8c8c8"/><path d="M0 0 V4.5 M0 0 H4.5" stroke="#1a1a1a" stroke-width="1"/></pattern>""",
    };

    /// <summary>The fill of <paramref name="mapClass"/>: a colour, or a reference to its pattern in the chart's definitions.</summary>
    public static string Fill(string mapClass) => mapClass switch
    {
        "better" or "similar" or "worse" or "higher" or "lower" => SvgChart.Fill(mapClass),
        "q1" => "#08306b",
        "q2" => "#2171b5",
        "q3" => "#6baed6",
        "q4" => "#c6dbef",
        "q5" => "#f7fbff",
        "no-data" or "suppressed" => $"url(#{Id}-{mapClass})",
        _ => "#ffffff",
    };

    /// <summary>The map's SVG markup.</summary>
    /// <param name="shapes">The areas of the level with their shapes, as the page's map layer has them.</param>
    /// <param name="areas">Each area's class by code; an area of <paramref name="shapes"/> without one has no data.</param>
    /// <param name="legend">The classes shown, in order, with the legend's words (the page's legend text).</param>
    /// <param name="title">The map's title, as the page's heading.</param>
    /// <param name="description">What the map shows, for assistive technology.</param>
    /// <param name="source">The source line.</param>
    public static string Render(
        IEnumerable<(Areas.AreaCode Code, string Name, string Geometry)> shapes,
        IReadOnlyDictionary<string, MapAreaClass> areas,
        IReadOnlyList<(string Class, string Label)> legend,
        string title,
        string description,
        string source)
    {
        SvgMap map = SvgMap.Fitted(shapes, Width - 16, MapHeight);
        SvgChart chart = new(Id, "map", Width, Top, title, description);
        StringBuilder defs = new("<defs>");
        foreach (string pattern in Patterns.Values)
        {
            defs.Append(pattern);
        }

        chart.Add(defs.Append("</defs>").ToString());
        double left = 8 + ((Width - 16 - map.Width) / 2);
        chart.Add($"""<g class="map-areas" transform="translate({SvgChart.N(left)},{SvgChart.N(Top)})">""");
        foreach ((string code, string name, string pathData) in map.Paths)
        {
            MapAreaClass? area = areas.GetValueOrDefault(code);
            string mapClass = area?.Class ?? "no-data";
            string tooltip = area is null ? name : $"{area.Name}: {area.Value}" + (area.Value == area.Label ? string.Empty : $"; {area.Label}");
            chart.Add($"""<path class="map-area" data-area="{SvgChart.E(code)}" data-class="{mapClass}" d="{pathData}" fill="{Fill(mapClass)}" stroke="#1a1a1a" stroke-width="0.6" stroke-linejoin="round"><title>{SvgChart.E(tooltip)}</title></path>""");
        }

        chart.Add("</g>");
        double legendTop = Top + map.Height + 14;
        chart.Add("""<g class="chart-legend">""");
        for (int i = 0; i < legend.Count; i++)
        {
            double x = 8 + (i % 2 * LegendColumn);
            double y = legendTop + (i / 2 * LegendRow);
            chart.Add($"""<g class="chart-legend__item" data-class="{legend[i].Class}" transform="translate({SvgChart.N(x)},{SvgChart.N(y)})"><rect width="12" height="12" fill="{Fill(legend[i].Class)}" stroke="#1a1a1a" stroke-width="0.6"/><text x="18" y="10" class="chart-small">{SvgChart.E(legend[i].Label)}</text></g>""");
        }

        chart.Add("</g>");
        chart.Height = legendTop + (Math.Ceiling(legend.Count / 2.0) * LegendRow) + 16;
        return chart.Render(source);
    }
}
