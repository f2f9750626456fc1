using System.Text;
using WelfareAtlas.Indicators;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.IndicatorData;

/// <summary>An indicator's metadata, as the API and the indicator page show it.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="Definition">What is counted, of whom.</param>
/// <param name="Rationale">Why it matters for welfare.</param>
/// <param name="Source">Where the data come from.</param>
/// <param name="Unit">The unit of the values.</param>
/// <param name="Measure">The measure's slug.</param>
/// <param name="Multiplier">The scale: 100 for per cent, 1 000 for per mille, 1 for counts and given values.</param>
/// <param name="Frequency"><c>monthly</c>, <c>quarterly</c> or <c>yearly</c>.</param>
/// <param name="DeliveredBy">The area type the data are delivered by.</param>
/// <param name="Disclosure">When a cell is hidden or flagged (the indicator's disclosure rule), with the rule in words.</param>
/// <param name="Caveats">What to keep in mind when reading it.</param>
/// <param name="Themes">Welfare themes (kebab-case).</param>
/// <param name="TargetGroups">Target groups (kebab-case); empty when it describes the whole population.</param>
/// <param name="Agenda2030Targets">The UN Agenda 2030 targets it follows.</param>
/// <param name="Licence">The data's licence in English, as the exports' metadata carries it (in fi/sv/en: <c>LicenceText</c>).</param>
/// <param name="Synthetic">Whether the data are synthetic demo data, never facts about the city.</param>
/// <param name="Estimate">Whether the values are estimates (apportioned, extrapolated).</param>
public sealed record IndicatorView(
    string Id,
    TextView Name,
    TextView Definition,
    TextView Rationale,
    TextView Source,
    TextView Unit,
    string Measure,
    double Multiplier,
    string Frequency,
    string DeliveredBy,
    DisclosureRuleView Disclosure,
    TextView Caveats,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Agenda2030Targets,
    string Licence,
    bool Synthetic,
    bool Estimate)
{
    /// <summary>The licence in fi/sv/en.</summary>
    public required TextView LicenceText { get; init; }

    /// <summary>The measure's name, with the interval it takes.</summary>
    public required TextView MeasureName { get; init; }

    /// <summary>The multiplier in words ("per 100").</summary>
    public required TextView MultiplierName { get; init; }

    /// <summary>The frequency's name.</summary>
    public required TextView FrequencyName { get; init; }

    /// <summary>The themes' names, in the order of <see cref="Themes"/>.</summary>
    public required IReadOnlyList<TextView> ThemeNames { get; init; }

    /// <summary>The target groups' names, in the order of <see cref="TargetGroups"/>.</summary>
    public required IReadOnlyList<TextView> TargetGroupNames { get; init; }

    /// <summary>
    /// The words for the categories of the indicator's free dimensions (the youth chat's topics), by which the pages
    /// name a breakdown such as <c>topic=anxiety</c>; empty when it has none. A category not listed is named by its code.
    /// </summary>
    public required IReadOnlyList<CategoryNameView> CategoryNames { get; init; }

    /// <summary>
    /// What the denominator counts in fi/sv/en (baskets, households, the labour force), as the pages head its column;
    /// <see langword="null"/> when it is the population.
    /// </summary>
    public required TextView? DenominatorName { get; init; }

    /// <summary>The view of <paramref name="indicator"/>.</summary>
    public static IndicatorView From(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new(
            indicator.Id.Value,
            TextView.From(indicator.Name),
            TextView.From(indicator.Definition),
            TextView.From(indicator.Rationale),
            TextView.From(indicator.Source),
            TextView.From(indicator.Unit),
            indicator.Measure.ToSlug(),
            indicator.Multiplier,
            Kebab(indicator.Frequency.ToString()),
            Areas.AreaTypes.ToSlug(indicator.DeliveredBy),
            DisclosureRuleView.From(indicator.Disclosure, indicator.DeliveredBy == Areas.AreaType.PostalArea),
            TextView.From(indicator.Caveats),
            [.. indicator.Themes.Select(t => Kebab(t.ToString()))],
            [.. indicator.TargetGroups.Select(t => Kebab(t.ToString()))],
            indicator.Agenda2030Targets,
            indicator.Licence,
            indicator.Synthetic,
            indicator.Estimate)
        {
            LicenceText = TextView.From(indicator.LicenceText),
            MeasureName = InEvery(texts => texts.Measures[indicator.Measure]),
            MultiplierName = InEvery(texts => texts.DescribeMultiplier(indicator.Multiplier)),
            FrequencyName = InEvery(texts => texts.Frequencies[indicator.Frequency]),
            ThemeNames = [.. indicator.Themes.Select(theme => InEvery(texts => texts.Themes[theme]))],
            TargetGroupNames = [.. indicator.TargetGroups.Select(group => InEvery(texts => texts.TargetGroups[group]))],
            CategoryNames = [.. indicator.CategoryNames.Select(CategoryNameView.From)],
            DenominatorName = indicator.DenominatorName is { } denominator ? TextView.From(denominator) : null,
        };
    }

    /// <summary>A text of the metadata wording in every language.</summary>
    internal static TextView InEvery(Func<Localisation.MetadataTexts, string> text) => new(
        text(Localisation.UiStrings.For(WelfareAtlas.Localisation.Language.Finnish).Metadata),
        text(Localisation.UiStrings.For(WelfareAtlas.Localisation.Language.Swedish).Metadata),
        text(Localisation.UiStrings.For(WelfareAtlas.Localisation.Language.English).Metadata));

    /// <summary><c>PhysicalActivity</c> → <c>physical-activity</c>.</summary>
    internal static string Kebab(string pascal)
    {
        StringBuilder slug = new(pascal.Length + 4);
        foreach (char c in pascal)
        {
            if (char.IsUpper(c) && slug.Length > 0)
            {
                slug.Append('-');
            }

            slug.Append(char.ToLowerInvariant(c));
        }

        return slug.ToString();
    }
}

/// <summary>One area's cell of an indicator for one period and breakdown.</summary>
/// <param name="Area">The area.</param>
/// <param name="Value">The value; <see langword="null"/> without one.</param>
/// <param name="Ci95">The 95 % interval.</param>
/// <param name="Ci998">The 99.8 % interval.</param>
/// <param name="Numerator">The count behind the value.</param>
/// <param name="Denominator">The population behind the value.</param>
/// <param name="Status"><c>available</c>, <c>suppressed</c>, <c>missing</c> or <c>invalid</c>.</param>
/// <param name="NoValueReason">Why there is no value, in English.</param>
/// <param name="VersusCity">Against the city (judged when a profile gives a polarity).</param>
/// <param name="VersusParent">Against the parent area.</param>
/// <param name="Quintile">1 (highest) to 5 among the areas of the type.</param>
/// <param name="Rank">1 for the highest value.</param>
/// <param name="PeerCount">Areas of the type with a value.</param>
/// <param name="Trend">The recent trend.</param>
/// <param name="BatchId">The import batch of the numbers.</param>
/// <param name="Derivation"><see langword="null"/> as delivered; else how derived.</param>
/// <param name="Disclosure">What disclosure control shows of the cell.</param>
public sealed record AreaCellView(
    AreaRef Area,
    double? Value,
    IntervalView? Ci95,
    IntervalView? Ci998,
    double? Numerator,
    double? Denominator,
    string Status,
    string? NoValueReason,
    ComparisonView VersusCity,
    ComparisonView VersusParent,
    int? Quintile,
    int? Rank,
    int PeerCount,
    TrendView Trend,
    long BatchId,
    string? Derivation,
    DisclosureView Disclosure);

/// <summary>Every area of one type for one indicator, period and breakdown, with the city as benchmark.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="AreaType">The area type's slug.</param>
/// <param name="Period">The period.</param>
/// <param name="Breakdown">The breakdown's key.</param>
/// <param name="Polarity">The polarity the comparisons are judged by (from the profile asked for), or <c>no-judgement</c>.</param>
/// <param name="City">The city's cell: the benchmark line; <see langword="null"/> when the city has none.</param>
/// <param name="Cells">One per area of the type with a cell, by code.</param>
public sealed record IndicatorDataView(
    IndicatorView Indicator,
    string AreaType,
    string Period,
    string Breakdown,
    string Polarity,
    AreaCellView? City,
    IReadOnlyList<AreaCellView> Cells);

/// <summary>What an indicator has data for: its area types, each with its periods and breakdowns.</summary>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="AreaTypes">Area types with cells, from the largest to the smallest.</param>
public sealed record AvailabilityView(string Indicator, IReadOnlyList<AreaTypeAvailability> AreaTypes);

/// <summary>The periods and breakdowns an indicator has for one area type.</summary>
/// <param name="AreaType">The area type's slug.</param>
/// <param name="Periods">The periods, oldest first.</param>
/// <param name="Breakdowns">The breakdown keys (<c>total</c> first).</param>
/// <param name="LatestPeriod">The newest period.</param>
public sealed record AreaTypeAvailability(string AreaType, IReadOnlyList<string> Periods, IReadOnlyList<string> Breakdowns, string LatestPeriod);

/// <summary>One period of a series.</summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The value; <see langword="null"/> without one.</param>
/// <param name="Ci95">The 95 % interval.</param>
/// <param name="Status"><c>available</c> or why there is no value.</param>
/// <param name="Disclosure">What disclosure control shows of the point.</param>
public sealed record SeriesPoint(string Period, double? Value, IntervalView? Ci95, string Status, DisclosureView Disclosure);

/// <summary>An area's series of one indicator and breakdown, with the city's for comparison.</summary>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Breakdown">The breakdown's key.</param>
/// <param name="Area">The area.</param>
/// <param name="Points">The area's periods, oldest first.</param>
/// <param name="City">The city's periods (the benchmark line); empty when the area is the city.</param>
/// <param name="Trend">The area's recent trend at its latest period.</param>
/// <param name="Synthetic">Whether the indicator's data are synthetic demo data, never facts about the city.</param>
public sealed record SeriesView(string Indicator, string Breakdown, AreaRef Area, IReadOnlyList<SeriesPoint> Points, IReadOnlyList<SeriesPoint> City, TrendView? Trend, bool Synthetic)
{
    /// <summary>
    /// The forecast of the area's series from its last value, with 80 % and 95 % prediction intervals and the method's
    /// backtested accuracy; <see langword="null"/> when the series has fewer than five consecutive values that may be shown.
    /// </summary>
    public Forecasts.ForecastView? Forecast { get; init; }

    /// <summary>
    /// The series as a chart and its table draw it, by the indicator's measure slug: a count's without the city's, as a
    /// count is not compared (a district's population drawn against Helsinki's 668 000 was a flat line at the bottom of
    /// its axis).
    /// </summary>
    public SeriesView Shown(string measure) => measure == "count" ? this with { City = [] } : this;
}

/// <summary>One breakdown (by sex, age band or topic) of an indicator for one area and period.</summary>
/// <param name="Breakdown">The breakdown's key (<c>sex=female</c>, <c>age=7-17</c>, ...).</param>
/// <param name="Value">The value; <see langword="null"/> without one.</param>
/// <param name="Ci95">The 95 % interval.</param>
/// <param name="Numerator">The count behind the value.</param>
/// <param name="Denominator">The population behind the value.</param>
/// <param name="Status"><c>available</c> or why there is no value.</param>
/// <param name="Disclosure">What disclosure control shows of the cell.</param>
public sealed record BreakdownCellView(string Breakdown, double? Value, IntervalView? Ci95, double? Numerator, double? Denominator, string Status, DisclosureView Disclosure);
