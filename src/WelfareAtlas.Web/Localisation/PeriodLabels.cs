using System.Globalization;
using WelfareAtlas.Localisation;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Web.Localisation;

/// <summary>
/// A period's canonical text (<c>2025Q4</c>, <c>2025M07</c>, <c>2025W05</c>, <c>2021-2023</c>) as readers of the page's
/// language write it: "4. nelj. 2025", "kv. 4 2025", "Q4 2025"; "heinäkuu 2025", "juli 2025", "July 2025"; months by
/// name. Pages show these in tables, titles and chart axes; the canonical text stays in URLs, <c>data-value</c>s and
/// CSV downloads, where a program reads it.
/// </summary>
public static class PeriodLabels
{
    private static readonly string[] FinnishMonths = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"];

    private static readonly string[] SwedishMonths = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Short month names for chart axes: the Finnish forms without "-kuu", the usual Swedish and English abbreviations.</summary>
    private static readonly string[] FinnishShortMonths = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"];

    private static readonly string[] SwedishShortMonths = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."];

    private static readonly string[] EnglishShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The period <paramref name="period"/> in <paramref name="language"/>; a text that is not a period is shown as it is.</summary>
    /// <param name="period">The period's canonical text.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="brief">Months by their short names, for a chart's axis.</param>
    public static string Of(string? period, Language language, bool brief = false) =>
        Period.TryParse(period, out Period parsed, out _) ? Of(parsed, language, brief) : period ?? string.Empty;

    /// <summary>The period <paramref name="period"/> in <paramref name="language"/>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="brief">Months by their short names, for a chart's axis.</param>
    public static string Of(Period period, Language language, bool brief = false)
    {
        string year = period.Year.ToString("D4", CultureInfo.InvariantCulture);
        string part = period.Part.ToString(CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            PeriodKind.Quarter => language switch
            {
                Language.Swedish => $"kv. {part} {year}",
                Language.English => $"Q{part} {year}",
                _ => $"{part}. nelj. {year}",
            },
            PeriodKind.Month => $"{Month(period.Part, language, brief)} {year}",
            PeriodKind.Week => language switch
            {
                Language.Swedish => $"v. {part} {year}",
                Language.English => $"week {part} {year}",
                _ => $"vko {part}/{year}",
            },
            PeriodKind.PooledYears => $"{year}–{period.EndYear.ToString("D4", CultureInfo.InvariantCulture)}",
            _ => year,
        };
    }

    private static string Month(int month, Language language, bool brief) => (language, brief) switch
    {
        (Language.Swedish, false) => SwedishMonths[month - 1],
        (Language.Swedish, true) => SwedishShortMonths[month - 1],
        (Language.English, false) => EnglishMonths[month - 1],
        (Language.English, true) => EnglishShortMonths[month - 1],
        (_, false) => FinnishMonths[month - 1],
        _ => FinnishShortMonths[month - 1],
    };
}
