using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace WelfareAtlas.Import.Geography;

/// <summary>The surface of an area's shape (a GeoJSON geometry in WGS 84 longitude/latitude) in square metres.</summary>
/// <remarks>
/// The area of each ring on a sphere of the WGS 84 equatorial radius, by the line-integral formula of Chamberlain and
/// Duquette ("Some algorithms for polygons on a sphere", JPL Publication 07-03, 2007; the one OpenLayers'
/// <c>getArea</c> uses): <c>R² / 2 × |Σ (λᵢ₊₁ − λᵢ)(2 + sin φᵢ + sin φᵢ₊₁)|</c>, outer rings less their holes. Against
/// the ellipsoid the sphere is off by well under 1 % at Helsinki's latitude, and the shapes stored for the web are
/// simplified (area changed by under 1 %, docs/data.md): good enough for population densities, not for a cadastre.
/// </remarks>
public static class ShapeAreas
{
    /// <summary>The WGS 84 semi-major axis in metres, the sphere's radius.</summary>
    public const double EarthRadius = 6_378_137;

    private static readonly JsonSerializerOptions GeoJson = CreateOptions();

    /// <summary>
    /// The area of <paramref name="geoJson"/> in square metres: of its polygons for a Polygon or MultiPolygon (of all
    /// members for a GeometryCollection), 0 for points and lines.
    /// </summary>
    /// <exception cref="JsonException">The text is not a GeoJSON geometry.</exception>
    public static double SquareMetres(string geoJson)
    {
        Geometry geometry = JsonSerializer.Deserialize<Geometry>(geoJson, GeoJson)
            ?? throw new JsonException("The shape is JSON null, not a GeoJSON geometry.");
        return SquareMetres(geometry);
    }

    private static double SquareMetres(Geometry geometry)
    {
        if (geometry is Polygon polygon)
        {
            return Math.Max(0, polygon.InteriorRings.Aggregate(RingArea(polygon.ExteriorRing), (area, hole) => area - RingArea(hole)));
        }

        double total = 0;
        if (geometry is GeometryCollection collection)
        {
            foreach (Geometry member in collection.Geometries)
            {
                total += SquareMetres(member);
            }
        }

        return total;
    }

    private static double RingArea(LineString ring)
    {
        Coordinate[] points = ring.Coordinates;
        double sum = 0;
        for (int i = 0; i + 1 < points.Length; i++)
        {
            double phi1 = double.DegreesToRadians(points[i].Y);
            double phi2 = double.DegreesToRadians(points[i + 1].Y);
            sum += double.DegreesToRadians(points[i + 1].X - points[i].X) * (2 + Math.Sin(phi1) + Math.Sin(phi2));
        }

        return Math.Abs(sum * EarthRadius * EarthRadius / 2);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        JsonSerializerOptions options = new();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
