using System.Globalization;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Web.Profiles;

/// <summary>Writes an area's <see cref="ProfileSummary"/> from its cells, in Finnish, Swedish and English.</summary>
/// <remarks>
/// Only significant differences at 95 % are named, so the summary never calls a chance difference a concern. The size
/// of a difference is the ratio of the values (how many times the benchmark's level), which puts rates and shares of
/// different scales on one footing; the summary names at most <see cref="MaxNamed"/> indicators in each list.
/// </remarks>
public static class ProfileSummaryWriter
{
    /// <summary>How many indicators each sentence names at most.</summary>
    public const int MaxNamed = 3;

    /// <summary>The summary of <paramref name="cells"/> for <paramref name="area"/> against <paramref name="benchmark"/>.</summary>
    /// <param name="area">The area's names.</param>
    /// <param name="benchmark">The benchmark's names (the city or the parent area); <see langword="null"/> when there is none.</param>
    /// <param name="cells">The profile's cells of the area, with comparisons judged by the profile's polarity.</param>
    public static ProfileSummary Write(TextView area, TextView? benchmark, IReadOnlyList<ProfileCellView> cells)
    {
        List<SummaryItem> concerns = Ranked(cells, "worse");
        List<SummaryItem> strengths = Ranked(cells, "better");
        List<SummaryItem> worsening = [.. cells
            .Where(c => c.Trend.Judgement == "worsening" && c.Value is not null)
            .Select(c => new SummaryItem(c.Indicator, NameOf(c), c.Value!.Value, c.Comparison.BenchmarkValue, null))];
        int compared = cells.Count(c => c.Comparison.At95 is not "not-compared");
        TextView text = new(
            Sentences(Language.Finnish, area, benchmark, compared, concerns, strengths, worsening),
            Sentences(Language.Swedish, area, benchmark, compared, concerns, strengths, worsening),
            Sentences(Language.English, area, benchmark, compared, concerns, strengths, worsening));
        return new ProfileSummary(compared, concerns, strengths, worsening, text);
    }

    private static List<SummaryItem> Ranked(IReadOnlyList<ProfileCellView> cells, string significance) =>
    [
        .. cells
            .Where(c => c.Comparison.At95 == significance && c.Value is not null && c.Comparison.BenchmarkValue is not null)
            .Select(c => new SummaryItem(
                c.Indicator,
                NameOf(c),
                c.Value!.Value,
                c.Comparison.BenchmarkValue!.Value,
                c.Comparison.BenchmarkValue!.Value == 0 ? null : c.Value.Value / c.Comparison.BenchmarkValue.Value))
            .OrderByDescending(item => Size(item))
            .ThenBy(item => item.Indicator, StringComparer.Ordinal),
    ];

    /// <summary>The cell's indicator with the group it shows when that is not everyone ("… (65 vuotta täyttäneet)").</summary>
    private static TextView NameOf(ProfileCellView cell) => cell.Breakdown == Observations.Breakdown.Total.Key
        ? cell.Name
        : new TextView(
            Localisation.BreakdownLabels.Named(cell.Name.In(Language.Finnish), cell.Breakdown, Language.Finnish),
            Localisation.BreakdownLabels.Named(cell.Name.In(Language.Swedish), cell.Breakdown, Language.Swedish),
            Localisation.BreakdownLabels.Named(cell.Name.In(Language.English), cell.Breakdown, Language.English));

    /// <summary>How far from 1 the ratio is, either way: twice and half the benchmark are equally far.</summary>
    private static double Size(SummaryItem item) => item.Ratio is { } ratio && ratio > 0 ? Math.Abs(Math.Log(ratio)) : double.PositiveInfinity;

    private static string Sentences(
        Language language,
        TextView area,
        TextView? benchmark,
        int compared,
        List<SummaryItem> concerns,
        List<SummaryItem> strengths,
        List<SummaryItem> worsening)
    {
        CultureInfo culture = Culture(language);
        string areaName = area.In(language);
        // Without a benchmark (the city) nothing is compared, but its own significant trends are still news: the summary
        // said only that there was nothing to compare with.
        List<string> sentences =
        [
            benchmark is null || compared == 0 ? language switch
            {
                Language.Finnish => $"Alueelle {areaName} ei ole vertailukohtaa, johon sen lukuja voisi verrata tilastollisesti.",
                Language.Swedish => $"{areaName} har inget jämförelseområde som dess värden kan jämföras statistiskt med.",
                _ => $"{areaName} has no benchmark its values can be compared with statistically.",
            }
            : language switch
            {
                // The names stay in the nominative (as the subject, and in brackets), as Finnish inflection of an arbitrary place name cannot be generated reliably.
                Language.Finnish => $"{areaName} on vertailualueeseen ({benchmark.In(language)}) verrattuna tilastollisesti merkitsevästi huonompi {concerns.Count} ja parempi {strengths.Count} indikaattorissa, kun vertailukelpoisia indikaattoreita on {compared}.",
                Language.Swedish => $"Jämfört med {benchmark.In(language)} är {areaName} statistiskt signifikant sämre i {concerns.Count} och bättre i {strengths.Count} av {compared} jämförbara indikatorer.",
                _ => $"Compared with {benchmark.In(language)}, {areaName} is significantly worse on {concerns.Count} and better on {strengths.Count} of the {compared} indicators that could be compared.",
            },
        ];
        if (concerns.Count > 0)
        {
            string list = Listed(language, concerns.Take(MaxNamed).Select(item => Described(language, culture, item)));
            sentences.Add(language switch
            {
                Language.Finnish => $"Suurimmat huolenaiheet: {list}.",
                Language.Swedish => $"De största problemen: {list}.",
                _ => $"The largest concerns: {list}.",
            });
        }

        if (strengths.Count > 0)
        {
            string list = Listed(language, strengths.Take(MaxNamed).Select(item => Described(language, culture, item)));
            sentences.Add(language switch
            {
                Language.Finnish => $"Suurimmat vahvuudet: {list}.",
                Language.Swedish => $"De största styrkorna: {list}.",
                _ => $"The largest strengths: {list}.",
            });
        }

        if (worsening.Count > 0)
        {
            // One more than can be named is named too: "and 1 more" hid an indicator to save a few words.
            string more = worsening.Count > MaxNamed + 1 ? language switch
            {
                // Finnish takes the partitive after a numeral above one ("2 muuta").
                Language.Finnish => $" ja {worsening.Count - MaxNamed} muuta",
                Language.Swedish => $" och {worsening.Count - MaxNamed} till",
                _ => $" and {worsening.Count - MaxNamed} more",
            } : string.Empty;
            // With more to come, the named ones are one list and "and N more" ends it: "A; B; C and 2 more", not "A; B; and C and 2 more".
            string list = more.Length == 0
                ? Listed(language, worsening.Select(item => item.Name.In(language)))
                : string.Join("; ", worsening.Take(MaxNamed).Select(item => item.Name.In(language)));
            sentences.Add(language switch
            {
                Language.Finnish => $"Kehitys on viime vuosina heikentynyt merkitsevästi: {list}{more}.",
                Language.Swedish => $"Utvecklingen har försämrats signifikant på senare tid: {list}{more}.",
                _ => $"Significantly worsening recently: {list}{more}.",
            });
        }

        return string.Join(" ", sentences);
    }

    private static string Described(Language language, CultureInfo culture, SummaryItem item)
    {
        string value = item.Value.ToString("#,0.0", culture);
        string benchmarkValue = item.BenchmarkValue?.ToString("#,0.0", culture) ?? "–";
        string name = item.Name.In(language);
        string size = item.Ratio is { } ratio ? ", " + SizeOfDifference(language, culture, ratio) : string.Empty;
        return language switch
        {
            Language.Finnish => $"{name} {value} (vertailuarvo {benchmarkValue}{size})",
            Language.Swedish => $"{name} {value} (jämförelse {benchmarkValue}{size})",
            _ => $"{name} {value} (benchmark {benchmarkValue}{size})",
        };
    }

    /// <summary>
    /// How much the area's value differs from the benchmark's, as a reader says it: "3.0 times as high" from twice the
    /// benchmark up, "16 % higher" below that ("1.2 times as high" hid whether that was 15 or 24 %, and "1.0 times"
    /// said nothing at all), "28 % lower" below the benchmark; under 1 % with one decimal, so a significant difference
    /// of a large area is never "0 %".
    /// </summary>
    private static string SizeOfDifference(Language language, CultureInfo culture, double ratio)
    {
        if (ratio >= 2)
        {
            string times = ratio.ToString("0.0", culture);
            return language switch
            {
                Language.Finnish => $"{times}-kertainen",
                Language.Swedish => $"{times} gånger så högt",
                _ => $"{times} times as high",
            };
        }

        double percent = Math.Abs(ratio - 1) * 100;
        string amount = percent.ToString(percent < 1 ? "0.0" : "0", culture);
        return (ratio >= 1, language) switch
        {
            (true, Language.Finnish) => $"{amount} % suurempi",
            (true, Language.Swedish) => $"{amount} % högre",
            (true, _) => $"{amount} % higher",
            (false, Language.Finnish) => $"{amount} % pienempi",
            (false, Language.Swedish) => $"{amount} % lägre",
            (false, _) => $"{amount} % lower",
        };
    }

    private static string Listed(Language language, IEnumerable<string> items)
    {
        List<string> list = [.. items];
        string and = language switch
        {
            Language.Finnish => " ja ",
            Language.Swedish => " och ",
            _ => " and ",
        };
        // Semicolons between items, as an item has commas of its own ("…, 23 % higher)"); English keeps the serial one
        // before "and", Finnish and Swedish have none ("A; B ja C").
        string last = language == Language.English ? ";" + and : and;
        return list.Count <= 1 ? string.Concat(list) : string.Join("; ", list[..^1]) + last + list[^1];
    }

    /// <summary>The culture that writes numbers for a reader of <paramref name="language"/>: decimal comma in Finnish and Swedish.</summary>
    public static CultureInfo Culture(Language language) => CultureInfo.GetCultureInfo(language switch
    {
        Language.Finnish => "fi-FI",
        Language.Swedish => "sv-FI",
        _ => "en-GB",
    });
}
