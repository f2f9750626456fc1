using System.Globalization;
using WelfareAtlas.Localisation;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Charts;

/// <summary>
/// The population pyramid: men to the left, women to the right, the youngest band at the bottom. Drawn true to area, as
/// a histogram of unequal bins: each band is as tall as the years of age it spans and its bar as long as the people per
/// year of age in it. With rows of equal height, Paavo's bands (0–2, 3–6, 7–12, 13–15, 16–17, …) made the six-year
/// band 7–12 look like a bulge of school children in every area and the two-year bands look like dents.
/// </summary>
internal static class PyramidChart
{
    /// <summary>A half's width for a wide screen, a report or a download.</summary>
    private const double WideHalfWidth = 220;

    /// <summary>A half's width for a phone: the chart is 320 units wide, to fit a 320 px screen without scrolling.</summary>
    private const double NarrowHalfWidth = 124;
    private const double LabelWidth = 56;
    private const double PixelsPerYear = 3.5;
    private const double Top = 44;

    /// <summary>The least distance between two age labels; a band too close to the last labelled one is named by its tooltip and the table.</summary>
    private const double LabelSpacing = 10;

    /// <summary>The chart for a wide screen, a report or a download.</summary>
    public static string Render(PyramidView pyramid, string areaName, Language language, UiStrings text, string source) =>
        Render(pyramid, areaName, language, text, source, "pyramid-chart", WideHalfWidth);

    /// <summary>The same chart for a phone (the page shows it up to 600 px), 320 units wide.</summary>
    public static string RenderNarrow(PyramidView pyramid, string areaName, Language language, UiStrings text, string source) =>
        Render(pyramid, areaName, language, text, source, "pyramid-chart-narrow", NarrowHalfWidth);

    private static string Render(PyramidView pyramid, string areaName, Language language, UiStrings text, string source, string id, double halfWidth)
    {
        ProfileTexts t = text.Profiles;
        IReadOnlyList<PyramidBand> bands = pyramid.Bands;
        int[] years = Years(bands);
        double plotHeight = years.Sum() * PixelsPerYear;
        double width = (2 * halfWidth) + LabelWidth + 16;
        SvgChart chart = new(
            id,
            "pyramid",
            width,
            Top + plotHeight + 60,
            string.Format(CultureInfo.InvariantCulture, t.PyramidTitle, areaName, pyramid.Period),
            t.PyramidDescription);
        double max = bands.Select((b, i) => Math.Max(b.Male, b.Female) / years[i]).DefaultIfEmpty(1).Max();
        max = max > 0 ? max : 1;
        double centreLeft = 8 + halfWidth;
        double centreRight = centreLeft + LabelWidth;
        double bottom = Top + plotHeight;
        double lastLabel = double.PositiveInfinity;
        for (int i = 0; i < bands.Count; i++)
        {
            // From the youngest at the bottom upwards.
            PyramidBand band = bands[i];
            double height = years[i] * PixelsPerYear;
            double y = bottom - height;
            double male = band.Male / years[i] / max * halfWidth;
            double female = band.Female / years[i] / max * halfWidth;
            chart.Add($"""<rect class="pyramid-bar pyramid-bar--male" data-age="{SvgChart.E(band.Age)}" x="{SvgChart.N(centreLeft - male)}" y="{SvgChart.N(y + 0.5)}" width="{SvgChart.N(male)}" height="{SvgChart.N(height - 1)}" fill="#1f4e99"><title>{SvgChart.E($"{t.Men} {band.Shown()}: {SvgChart.Format(band.Male, language, 0)}")}</title></rect>""");
            chart.Add($"""<rect class="pyramid-bar pyramid-bar--female" data-age="{SvgChart.E(band.Age)}" x="{SvgChart.N(centreRight)}" y="{SvgChart.N(y + 0.5)}" width="{SvgChart.N(female)}" height="{SvgChart.N(height - 1)}" fill="#b01038"><title>{SvgChart.E($"{t.Women} {band.Shown()}: {SvgChart.Format(band.Female, language, 0)}")}</title></rect>""");
            double middle = y + (height / 2);
            if (lastLabel - middle >= LabelSpacing)
            {
                chart.Text(centreLeft + (LabelWidth / 2), middle + 3.5, band.Shown(), "chart-small", "middle");
                lastLabel = middle;
            }

            bottom = y;
        }

        double legendY = Top + plotHeight + 10;
        chart.Legend(legendY,
        [
            ("""<rect width="12" height="12" fill="#1f4e99"/>""", t.Men),
            ("""<rect width="12" height="12" fill="#b01038"/>""", t.Women),
        ]);
        chart.Height = chart.LegendLastRow + 36;
        return chart.Render(source);
    }

    /// <summary>The years of age each band spans; the open oldest band as many as the band below it (5 when it is the only one).</summary>
    internal static int[] Years(IReadOnlyList<PyramidBand> bands)
    {
        int[] years = new int[bands.Count];
        for (int i = 0; i < bands.Count; i++)
        {
            years[i] = bands[i].To is { } to ? Math.Max(1, to - bands[i].From + 1) : i > 0 ? years[i - 1] : 5;
        }

        return years;
    }
}
