using System.Globalization;
using System.Text;
using System.Text.Json;

namespace WelfareAtlas.Web.Maps;

/// <summary>Draws a GeoJSON polygon as an SVG path, so an area's page shows its shape without scripts.</summary>
/// <remarks>
/// Longitude is scaled by the cosine of the shape's mid-latitude (a local equirectangular projection), which
/// keeps a city-sized shape in proportion; latitude grows upwards, so y is negated.
/// </remarks>
/// <param name="ViewBox">The SVG <c>viewBox</c> fitting the shape with a small margin.</param>
/// <param name="PathData">The SVG path <c>d</c> attribute: one closed subpath per ring.</param>
internal sealed record SvgShape(string ViewBox, string PathData)
{
    /// <summary>The shape of a GeoJSON <c>Polygon</c> or <c>MultiPolygon</c>; <see langword="null"/> for anything else.</summary>
    public static SvgShape? FromGeoJson(string geometry)
    {
        using JsonDocument document = JsonDocument.Parse(geometry);
        JsonElement root = document.RootElement;
        List<List<(double Lon, double Lat)>> rings = [];
        switch (root.GetProperty("type").GetString())
        {
            case "Polygon":
                AddPolygon(root.GetProperty("coordinates"), rings);
                break;
            case "MultiPolygon":
                foreach (JsonElement polygon in root.GetProperty("coordinates").EnumerateArray())
                {
                    AddPolygon(polygon, rings);
                }

                break;
            default:
                return null;
        }

        if (rings.Count == 0)
        {
            return null;
        }

        IEnumerable<(double Lon, double Lat)> points = rings.SelectMany(ring => ring);
        double minLat = points.Min(p => p.Lat);
        double maxLat = points.Max(p => p.Lat);
        double scale = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        double minX = points.Min(p => p.Lon) * scale;
        double maxX = points.Max(p => p.Lon) * scale;
        double margin = Math.Max(maxX - minX, maxLat - minLat) * 0.03;

        StringBuilder path = new();
        foreach (List<(double Lon, double Lat)> ring in rings)
        {
            for (int i = 0; i < ring.Count; i++)
            {
                path.Append(i == 0 ? 'M' : 'L');
                path.Append(Format(ring[i].Lon * scale - minX + margin)).Append(' ').Append(Format(maxLat - ring[i].Lat + margin));
            }

            path.Append('Z');
        }

        string viewBox = string.Join(' ', Format(0), Format(0), Format(maxX - minX + 2 * margin), Format(maxLat - minLat + 2 * margin));
        return new SvgShape(viewBox, path.ToString());
    }

    private static void AddPolygon(JsonElement polygon, List<List<(double Lon, double Lat)>> rings)
    {
        foreach (JsonElement ring in polygon.EnumerateArray())
        {
            rings.Add([.. ring.EnumerateArray().Select(point => (point[0].GetDouble(), point[1].GetDouble()))]);
        }
    }

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
