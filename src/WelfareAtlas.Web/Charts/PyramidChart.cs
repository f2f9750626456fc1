using System.Globalization;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Charts;

/// <summary>The population pyramid: men to the left, women to the right, the youngest band at the bottom.</summary>
internal static class PyramidChart
{
    private const double HalfWidth = 220;
    private const double LabelWidth = 56;
    private const double RowHeight = 14;
    private const double Top = 44;

    public static string Render(PyramidView pyramid, string areaName, Language language, UiStrings text, string source)
    {
        ProfileTexts t = text.Profiles;
        int rows = pyramid.Bands.Count;
        double width = (2 * HalfWidth) + LabelWidth + 16;
        SvgChart chart = new(
            "pyramid-chart",
            "pyramid",
            width,
            Top + (rows * RowHeight) + 60,
            string.Format(CultureInfo.InvariantCulture, t.PyramidTitle, areaName, pyramid.Period),
            t.PyramidDescription);
        double max = pyramid.Bands.Select(b => Math.Max(b.Male, b.Female)).DefaultIfEmpty(1).Max();
        max = max > 0 ? max : 1;
        double centreLeft = 8 + HalfWidth;
        double centreRight = centreLeft + LabelWidth;
        for (int i = 0; i < rows; i++)
        {
            PyramidBand band = pyramid.Bands[rows - 1 - i];
            double y = Top + (i * RowHeight);
            double male = band.Male / max * HalfWidth;
            double female = band.Female / max * HalfWidth;
            chart.Add($"""<rect class="pyramid-bar pyramid-bar--male" x="{SvgChart.N(centreLeft - male)}" y="{SvgChart.N(y + 1)}" width="{SvgChart.N(male)}" height="{SvgChart.N(RowHeight - 2)}" fill="#1f4e99"><title>{SvgChart.E($"{t.Men} {band.Age}: {SvgChart.Format(band.Male, language, 0)}")}</title></rect>""");
            chart.Add($"""<rect class="pyramid-bar pyramid-bar--female" x="{SvgChart.N(centreRight)}" y="{SvgChart.N(y + 1)}" width="{SvgChart.N(female)}" height="{SvgChart.N(RowHeight - 2)}" fill="#b01038"><title>{SvgChart.E($"{t.Women} {band.Age}: {SvgChart.Format(band.Female, language, 0)}")}</title></rect>""");
            chart.Text(centreLeft + (LabelWidth / 2), y + 11, band.Age, "chart-small", "middle");
        }

        double legendY = Top + (rows * RowHeight) + 10;
        chart.Legend(legendY,
        [
            ("""<rect width="12" height="12" fill="#1f4e99"/>""", t.Men),
            ("""<rect width="12" height="12" fill="#b01038"/>""", t.Women),
        ]);
        chart.Height = legendY + 36;
        return chart.Render(source);
    }
}
