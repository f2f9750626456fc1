using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using WelfareAtlas.Areas;

namespace WelfareAtlas.Web.Maps;

/// <summary>
/// Several areas drawn in one SVG with one projection, each shape with its name as title: the city report's cover map,
/// and the shapes of the indicator page's map download (<see cref="Charts.MapChart"/>).
/// </summary>
/// <remarks>
/// The projection is <see cref="SvgShape"/>'s: longitude scaled by the cosine of the mid-latitude of all the
/// shapes together, latitude upwards, so neighbouring shapes meet where they meet on the ground.
/// </remarks>
/// <param name="ViewBox">The SVG <c>viewBox</c>.</param>
/// <param name="Paths">One path per area: its code, name and path data.</param>
internal sealed record SvgMap(string ViewBox, IReadOnlyList<(string Code, string Name, string PathData)> Paths)
{
    /// <summary>The width of the <see cref="ViewBox"/>: degrees of latitude from <see cref="From"/>, pixels from <see cref="Fitted"/>.</summary>
    public double Width { get; init; } = 1;

    /// <summary>The height of the <see cref="ViewBox"/>, in the units of <see cref="Width"/>.</summary>
    public double Height { get; init; } = 1;

    /// <summary>The map of <paramref name="areas"/> (code, name, GeoJSON <c>Polygon</c> or <c>MultiPolygon</c>); areas without a shape are left out.</summary>
    public static SvgMap From(IEnumerable<(AreaCode Code, string Name, string Geometry)> areas) => Project(areas, null);

    /// <summary>
    /// The map of <paramref name="areas"/> in pixels, as large as fits in <paramref name="width"/> × <paramref name="height"/>
    /// with its proportions kept, so that strokes and patterns drawn on it can be given in pixels.
    /// </summary>
    public static SvgMap Fitted(IEnumerable<(AreaCode Code, string Name, string Geometry)> areas, double width, double height) =>
        Project(areas, (width, height));

    private static SvgMap Project(IEnumerable<(AreaCode Code, string Name, string Geometry)> areas, (double Width, double Height)? box)
    {
        List<(string Code, string Name, List<List<(double Lon, double Lat)>> Rings)> shapes = [];
        foreach ((AreaCode code, string name, string geometry) in areas)
        {
            using JsonDocument document = JsonDocument.Parse(geometry);
            JsonElement root = document.RootElement;
            List<List<(double, double)>> rings = [];
            IEnumerable<JsonElement> polygons = root.GetProperty("type").GetString() switch
            {
                "Polygon" => [root.GetProperty("coordinates")],
                "MultiPolygon" => root.GetProperty("coordinates").EnumerateArray(),
                _ => [],
            };
            foreach (JsonElement polygon in polygons)
            {
                foreach (JsonElement ring in polygon.EnumerateArray())
                {
                    rings.Add([.. ring.EnumerateArray().Select(point => (point[0].GetDouble(), point[1].GetDouble()))]);
                }
            }

            if (rings.Count > 0)
            {
                shapes.Add((code.Value, name, rings));
            }
        }

        if (shapes.Count == 0)
        {
            return new SvgMap("0 0 1 1", []);
        }

        List<(double Lon, double Lat)> all = [.. shapes.SelectMany(s => s.Rings).SelectMany(r => r)];
        double minLat = all.Min(p => p.Lat);
        double maxLat = all.Max(p => p.Lat);
        double scale = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        double minX = all.Min(p => p.Lon) * scale;
        double maxX = all.Max(p => p.Lon) * scale;
        double margin = Math.Max(maxX - minX, maxLat - minLat) * 0.02;
        double extentWidth = maxX - minX + (2 * margin);
        double extentHeight = maxLat - minLat + (2 * margin);
        double zoom = box is { } fit ? Math.Min(fit.Width / extentWidth, fit.Height / extentHeight) : 1;
        string Format(double value) => value.ToString(box is null ? "0.######" : "0.##", CultureInfo.InvariantCulture);
        List<(string, string, string)> paths = [];
        foreach ((string code, string name, List<List<(double Lon, double Lat)>> rings) in shapes)
        {
            StringBuilder path = new();
            foreach (List<(double Lon, double Lat)> ring in rings)
            {
                for (int i = 0; i < ring.Count; i++)
                {
                    path.Append(i == 0 ? 'M' : 'L')
                        .Append(Format(((ring[i].Lon * scale) - minX + margin) * zoom)).Append(' ')
                        .Append(Format((maxLat - ring[i].Lat + margin) * zoom));
                }

                path.Append('Z');
            }

            paths.Add((code, name, path.ToString()));
        }

        string viewBox = string.Join(' ', "0", "0", Format(extentWidth * zoom), Format(extentHeight * zoom));
        return new SvgMap(viewBox, paths) { Width = extentWidth * zoom, Height = extentHeight * zoom };
    }

    /// <summary>The SVG markup, titled <paramref name="title"/>; the shape of <paramref name="highlight"/> (if any) is filled darker.</summary>
    public string Render(string title, string? highlight = null)
    {
        StringBuilder svg = new();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" class="report-map" viewBox="{ViewBox}" role="img" aria-label="{WebUtility.HtmlEncode(title)}" preserveAspectRatio="xMidYMid meet">""");
        foreach ((string code, string name, string pathData) in Paths)
        {
            string fill = code == highlight ? "#0000bf" : "#9fc9eb";
            svg.Append(CultureInfo.InvariantCulture, $"""<path d="{pathData}" fill="{fill}" stroke="#ffffff" stroke-width="0.0004" data-area="{code}"><title>{WebUtility.HtmlEncode(name)}</title></path>""");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
