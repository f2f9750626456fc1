using System.Globalization;
using System.Xml.Linq;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Charts;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Tests.Charts;

/// <summary>
/// The population pyramid is true to area: a band is as tall as the years it spans and its bar as long as the people per
/// year of age in it. With rows of equal height, Paavo's six-year band 7–12 drew a bulge in every area's pyramid.
/// </summary>
public sealed class PyramidChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // The same people per year of age in every band (10 men, 12 women), over Paavo's unequal bands and the open oldest one.
    private static readonly PyramidBand[] Even =
    [
        new("0-2", 30, 36, 0, 2),
        new("3-6", 40, 48, 3, 6),
        new("7-12", 60, 72, 7, 12),
        new("13-15", 30, 36, 13, 15),
        new("16-17", 20, 24, 16, 17),
        new("85-", 20, 24, 85, null),
    ];

    private static readonly double[] EvenYears = [3, 4, 6, 3, 2, 2];

    [Fact]
    public void Render_BandsOfUnequalWidth_WithTheSamePeoplePerYear_HaveBarsOfOneLength_AndHeightsByTheirYears()
    {
        XElement chart = XElement.Parse(PyramidChart.Render(new PyramidView("2025", Even, false), "Testala", Language.English, UiStrings.For(Language.English), "Source: test"));
        List<XElement> men = [.. chart.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "pyramid-bar pyramid-bar--male")];
        List<XElement> women = [.. chart.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "pyramid-bar pyramid-bar--female")];

        Assert.Equal(Even.Select(b => b.Age), men.Select(r => (string)r.Attribute("data-age")!));
        double manWidth = Number(men[0], "width");
        Assert.All(men, bar => Assert.Equal(manWidth, Number(bar, "width"), 1));
        Assert.All(women, bar => Assert.Equal(Number(women[0], "width"), Number(bar, "width"), 1));
        Assert.Equal(manWidth * 1.2, Number(women[0], "width"), 1);

        // Heights by years: 3, 4, 6, 3, 2, and the open band as many as the one below it (2); the youngest lowest.
        double[] heights = [.. men.Select(bar => Number(bar, "height") + 1)];
        double perYear = heights[0] / 3;
        Assert.Equal(EvenYears, heights.Select(h => Math.Round(h / perYear, 6)));
        Assert.True(Number(men[0], "y") > Number(men[1], "y"));
    }

    [Fact]
    public void Years_OfTheOpenOldestBand_AreThoseOfTheBandBelowIt()
    {
        Assert.Equal([3, 4, 6, 3, 2, 2], PyramidChart.Years(Even));
        Assert.Equal([5], PyramidChart.Years([new PyramidBand("0-", 1, 1, 0, null)]));
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
