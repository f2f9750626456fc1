using System.Xml.Linq;
using WelfareAtlas.Areas;
using WelfareAtlas.Web.Charts;
using WelfareAtlas.Web.Maps;

namespace WelfareAtlas.Web.Tests.Charts;

public sealed class MapChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Fill_NoDataSuppressedAndNotCompared_AreThreeDifferentFills_TheTwoWithoutAValueHatched()
    {
        string[] fills = [MapChart.Fill("no-data"), MapChart.Fill("suppressed"), MapChart.Fill("not-compared")];

        Assert.Equal(3, fills.Distinct().Count());
        Assert.Equal("url(#map-chart-no-data)", fills[0]);
        Assert.Equal("url(#map-chart-suppressed)", fills[1]);
        Assert.Equal("#ffffff", fills[2]);
    }

    [Fact]
    public void Render_DrawsAPathPerShapeInItsClass_AreasWithoutAClassAsNoData_AndDefinesThePatterns()
    {
        (AreaCode, string, string)[] shapes =
        [
            (AreaCode.Parse("00100"), "Keskusta", Square(24.90, 60.15)),
            (AreaCode.Parse("00120"), "Punavuori", Square(24.91, 60.15)),
            (AreaCode.Parse("00130"), "Kaartinkaupunki", Square(24.92, 60.15)),
        ];
        Dictionary<string, MapAreaClass> areas = new()
        {
            ["00100"] = new MapAreaClass("suppressed", "Suppressed", "Keskusta", "Suppressed"),
            ["00120"] = new MapAreaClass("not-compared", "Not compared", "Punavuori", "4.2"),
        };

        XElement root = XDocument.Parse(MapChart.Render(shapes, areas, [("not-compared", "Not compared (1)"), ("suppressed", "Suppressed (1)")], "Title", "Description", "Source: test.")).Root!;

        XElement[] paths = [.. root.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "map-area")];
        Assert.Equal(["00100:suppressed", "00120:not-compared", "00130:no-data"], paths.Select(p => $"{p.Attribute("data-area")!.Value}:{p.Attribute("data-class")!.Value}"));
        Assert.Equal(["url(#map-chart-suppressed)", "#ffffff", "url(#map-chart-no-data)"], paths.Select(p => p.Attribute("fill")!.Value));
        Assert.Equal(["Keskusta: Suppressed", "Punavuori: 4.2; Not compared", "Kaartinkaupunki"], paths.Select(p => p.Element(Svg + "title")!.Value));
        Assert.Equal(["map-chart-no-data", "map-chart-suppressed"], root.Descendants(Svg + "pattern").Select(p => p.Attribute("id")!.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["Not compared (1)", "Suppressed (1)"], root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "chart-legend__item").Select(g => g.Element(Svg + "text")!.Value));
        Assert.Equal("Source: test.", root.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "chart-source").Value);
    }

    private static string Square(double lon, double lat) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{{\"type\":\"Polygon\",\"coordinates\":[[[{lon},{lat}],[{lon + 0.01},{lat}],[{lon + 0.01},{lat + 0.005}],[{lon},{lat + 0.005}],[{lon},{lat}]]]}}");
}
