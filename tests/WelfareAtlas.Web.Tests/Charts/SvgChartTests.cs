using System.Xml.Linq;
using WelfareAtlas.Web.Charts;

namespace WelfareAtlas.Web.Tests.Charts;

/// <summary>The frame every chart is drawn in: its title and source line stay whole however long they are.</summary>
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_ATitleLongerThanTheChartIsWide_WrapsAndMovesTheDrawingDown()
    {
        const string Title = "Väestö iän ja sukupuolen mukaan: Itä-Pakilan ja Länsi-Pakilan pienalueet yhteensä, 31.12.2024";
        SvgChart narrow = new("test-chart", "test", 300, 100, Title, "kuvaus");
        narrow.Add("""<rect class="body" x="0" y="40" width="10" height="10"/>""");
        SvgChart wide = new("test-chart", "test", 1200, 100, Title, "kuvaus");
        wide.Add("""<rect class="body" x="0" y="40" width="10" height="10"/>""");

        XElement wrapped = XElement.Parse(narrow.Render("Lähde: testi"));
        XElement single = XElement.Parse(wide.Render("Lähde: testi"));

        XElement title = wrapped.Elements(Svg + "text").Single(e => (string?)e.Attribute("class") == "chart-title");
        List<XElement> lines = [.. title.Elements(Svg + "tspan")];
        Assert.True(lines.Count >= 3, $"{lines.Count} lines");
        Assert.Equal(Title, title.Value);
        Assert.All(lines, line => Assert.True(line.Value.Length <= (300 - 16) / 9.4, line.Value));
        // The drawing below the title moves down by the extra lines, and the chart grows by as much.
        XElement moved = wrapped.Elements(Svg + "g").Single(g => g.Element(Svg + "rect")?.Attribute("class")?.Value == "body");
        Assert.Equal($"translate(0,{19 * (lines.Count - 1)})", (string?)moved.Attribute("transform"));
        Assert.Equal(100 + 22 + (19 * (lines.Count - 1)), (double)wrapped.Attribute("height")!);

        XElement one = single.Elements(Svg + "text").Single(e => (string?)e.Attribute("class") == "chart-title");
        Assert.Single(one.Elements(Svg + "tspan"));
        Assert.Equal(Title, one.Value);
        Assert.Single(single.Elements(Svg + "rect"), r => (string?)r.Attribute("class") == "body");
        Assert.Equal(122, (double)single.Attribute("height")!);
    }
}
