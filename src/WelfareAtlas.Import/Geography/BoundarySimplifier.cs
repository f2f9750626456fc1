using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;

namespace WelfareAtlas.Import.Geography;

/// <summary>Makes survey-grade boundaries light enough for a web map while keeping their shape.</summary>
/// <remarks>
/// Douglas–Peucker with topology preservation (no self-intersections, no lost rings) at
/// <see cref="ToleranceDegrees"/>, then coordinates rounded to <see cref="DecimalPlaces"/> decimals.
/// Each polygon is simplified on its own, so neighbours may part or overlap by up to the tolerance
/// (about 6 m north–south, 3 m east–west at Helsinki's latitude): far below a pixel of a city-wide map.
/// </remarks>
internal static class BoundarySimplifier
{
    /// <summary>Simplification tolerance in degrees: 0.00005° is 5.6 m of latitude.</summary>
    public const double ToleranceDegrees = 0.00005;

    /// <summary>Decimal places kept: five decimals of a degree are about 1 m.</summary>
    public const int DecimalPlaces = 5;

    private static readonly PrecisionModel Precision = new(Math.Pow(10, DecimalPlaces));

    /// <summary>The simplified geometry; never empty for a non-empty input.</summary>
    public static Geometry Simplify(Geometry geometry)
    {
        Geometry simplified = TopologyPreservingSimplifier.Simplify(geometry, ToleranceDegrees);
        Geometry reduced = GeometryPrecisionReducer.Reduce(simplified, Precision);
        return reduced.IsEmpty ? geometry : reduced;
    }
}
