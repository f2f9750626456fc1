using System.Globalization;
using System.Text.Json;
using WelfareAtlas.Areas;
using WelfareAtlas.Import.Geography;

namespace WelfareAtlas.Import.Tests.Geography;

public sealed class ShapeAreasTests
{
    [Fact]
    public void SquareMetres_SquareOfAHundredthOfADegreeAt60North_IsItsSphericalArea()
    {
        const string Square = """{"type":"Polygon","coordinates":[[[25.0,60.0],[25.01,60.0],[25.01,60.01],[25.0,60.01],[25.0,60.0]]]}""";

        // The exact area on the sphere: R² × Δλ × (sin φ₂ − sin φ₁).
        double expected = ShapeAreas.EarthRadius * ShapeAreas.EarthRadius * double.DegreesToRadians(0.01)
            * (Math.Sin(double.DegreesToRadians(60.01)) - Math.Sin(double.DegreesToRadians(60.0)));
        Assert.Equal(expected, ShapeAreas.SquareMetres(Square), expected * 1e-9);
        Assert.InRange(expected, 619_000, 620_000);
    }

    [Fact]
    public void SquareMetres_HoleAndSecondPolygon_HoleSubtractedPolygonsAdded()
    {
        const string Square = "[[25.0,60.0],[25.01,60.0],[25.01,60.01],[25.0,60.01],[25.0,60.0]]";
        const string Hole = "[[25.002,60.002],[25.004,60.002],[25.004,60.004],[25.002,60.004],[25.002,60.002]]";
        double square = ShapeAreas.SquareMetres($$"""{"type":"Polygon","coordinates":[{{Square}}]}""");
        double hole = ShapeAreas.SquareMetres($$"""{"type":"Polygon","coordinates":[{{Hole}}]}""");

        Assert.Equal(square - hole, ShapeAreas.SquareMetres($$"""{"type":"Polygon","coordinates":[{{Square}},{{Hole}}]}"""), 1e-6);
        Assert.Equal(square + hole, ShapeAreas.SquareMetres($$"""{"type":"MultiPolygon","coordinates":[[{{Square}}],[{{Hole}}]]}"""), 1e-6);
        Assert.Equal(0.0, ShapeAreas.SquareMetres("""{"type":"Point","coordinates":[25.0,60.0]}"""));
    }

    [Fact]
    public void SquareMetres_NotGeoJson_Throws() =>
        Assert.ThrowsAny<JsonException>(() => ShapeAreas.SquareMetres("null"));

    [Theory]
    // The crosswalk's own overlap areas (summed over each postal area's sub-districts, data/helsinki/crosswalks),
    // from the survey-grade polygons: the simplified shapes agree within 1 %.
    [InlineData("00100", 3106158)]
    [InlineData("00730", 3465107)]
    public void SquareMetres_HelsinkiPostalAreas_AgreeWithTheCrosswalksOverlapAreas(string postalCode, double overlapSquareMetres)
    {
        GeographyDataset helsinki = HelsinkiGeography.Load();

        double area = ShapeAreas.SquareMetres(helsinki.Shapes[AreaCode.Parse(postalCode)]);

        Assert.True(Math.Abs(area - overlapSquareMetres) < overlapSquareMetres * 0.01, area.ToString(CultureInfo.InvariantCulture));
    }
}
