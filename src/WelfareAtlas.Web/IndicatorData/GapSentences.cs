using System.Globalization;
using WelfareAtlas.Localisation;
using WelfareAtlas.Statistics.Inequality;
using WelfareAtlas.Web.Charts;
using WelfareAtlas.Web.Localisation;

namespace WelfareAtlas.Web.IndicatorData;

/// <summary>The gap between areas (<see cref="GapView"/>) in words, in the page's language: what the page's gap section says.</summary>
internal static class GapSentences
{
    /// <summary>The chosen period's gap: the two fifths, the gap with its interval and the ratio; or why there is none.</summary>
    public static string Summary(GapView gap, Language language)
    {
        ArgumentNullException.ThrowIfNull(gap);
        GapTexts t = GapTexts.For(language);
        GapPointView point = gap.Current;
        string period = PeriodLabels.Of(point.Period, language);
        if (point.NoGap is not null || point.Gap is not { } difference)
        {
            string why = point.NoGap == "tied" ? t.Tied : F(t.TooFewAreas, point.Areas);
            return F(t.NoGap, period, why);
        }

        List<string> sentences =
        [
            F(t.Fifths, period, point.HighestAreas, N(point.Highest, language), point.LowestAreas, N(point.Lowest, language)),
            point.Gap95 is { } interval
                ? F(t.GapWithInterval, N(difference, language), N(interval.Lower, language), N(interval.Upper, language))
                : F(t.GapWithoutInterval, N(difference, language)),
        ];
        if (point.Ratio is { } ratio)
        {
            sentences.Add(F(t.Ratio, N(ratio, language)));
        }

        return string.Join(' ', sentences);
    }

    /// <summary>Whether the gap narrowed over the five periods up to the chosen one, or why that cannot be told.</summary>
    public static string Trend(GapView gap, Language language)
    {
        ArgumentNullException.ThrowIfNull(gap);
        GapTexts t = GapTexts.For(language);
        string last = PeriodLabels.Of(gap.Trend.Periods.Count > 0 ? gap.Trend.Periods[^1] : gap.Period, language);
        string said = gap.Trend.Direction switch
        {
            "narrowing" => F(t.Narrowing, last),
            "widening" => F(t.Widening, last),
            "no-significant-change" => F(t.NoChange, last),
            _ => F(t.CannotTell, gap.Trend.Reason switch
            {
                "too-few-periods" => t.TooFewPeriods,
                // The earliest of the five without a gap, as the API's detail names it.
                "no-gap" => F(t.PeriodWithoutGap, PeriodLabels.Of(gap.Series.FirstOrDefault(p => p.NoGap is not null && gap.Trend.Periods.Contains(p.Period))?.Period, language)),
                "too-few-same-areas" => F(t.TooFewSameAreas, gap.Trend.Areas),
                "missing-interval" => t.MissingInterval,
                _ => t.NotTestable,
            }),
        };

        // Said only when the five periods' areas differ: otherwise the trend's areas are every period's.
        int most = gap.Series.Where(p => gap.Trend.Periods.Contains(p.Period)).Select(p => p.Areas).DefaultIfEmpty(0).Max();
        return gap.Trend.Areas is { } same && same >= AreaGapCalculator.FewestAreas && same < most ? said + " " + F(t.SameAreas, same) : said;
    }

    private static string N(double? value, Language language) => value is { } v ? SvgChart.Format(v, language) : "–";

    private static string F(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
