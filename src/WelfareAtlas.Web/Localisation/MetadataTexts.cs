using System.Globalization;
using WelfareAtlas.Indicators;

namespace WelfareAtlas.Web.Localisation;

/// <summary>
/// The names of an indicator's classifications (themes, target groups, measure, frequency) and the labels and wording
/// of its metadata, in one language: the indicator page and the API's indicator view show them.
/// </summary>
/// <remarks>Format items: {0} as each property's name says; filled with the invariant culture (whole numbers only).</remarks>
internal sealed partial record MetadataTexts
{
    /// <summary>Every <see cref="Theme"/>'s name.</summary>
    public required IReadOnlyDictionary<Theme, string> Themes { get; init; }

    /// <summary>Every <see cref="TargetGroup"/>'s name.</summary>
    public required IReadOnlyDictionary<TargetGroup, string> TargetGroups { get; init; }

    /// <summary>Every <see cref="Indicators.Measure"/>'s name.</summary>
    public required IReadOnlyDictionary<Measure, string> Measures { get; init; }

    /// <summary>Every <see cref="Indicators.Frequency"/>'s name.</summary>
    public required IReadOnlyDictionary<Frequency, string> Frequencies { get; init; }

    /// <summary>Shown for target groups when the indicator describes the whole population.</summary>
    public required string WholePopulation { get; init; }

    public required string Measure { get; init; }

    public required string Multiplier { get; init; }

    public required string Frequency { get; init; }

    public required string DeliveredBy { get; init; }

    public required string Disclosure { get; init; }

    /// <summary>{0} the multiplier: "per 100 (per cent)".</summary>
    public required string MultiplierPer { get; init; }

    /// <summary>A multiplier of 1: the value as it is.</summary>
    public required string MultiplierNone { get; init; }

    /// <summary>{0} the largest hidden count (minimum − 1).</summary>
    public required string DisclosureSmallCounts { get; init; }

    /// <summary>Added when a zero below the minimum is hidden too.</summary>
    public required string DisclosureZeroHidden { get; init; }

    /// <summary>{0} the minimum denominator.</summary>
    public required string DisclosureMinimumDenominator { get; init; }

    /// <summary>{0} the denominator below which a rate is flagged.</summary>
    public required string DisclosureUnreliable { get; init; }

    /// <summary>A rule that hides nothing.</summary>
    public required string DisclosureNothingHidden { get; init; }

    /// <summary>
    /// After the small-count rule of an indicator delivered by postal area: the estimates shared out from its counts to the
    /// city's other areas are shown also below the threshold (they are shares of published counts, not counts of people),
    /// and one shared out from a hidden count is hidden.
    /// </summary>
    public required string DisclosureApportioned { get; init; }

    /// <summary>The disclosure rule in words: what is hidden and what is flagged.</summary>
    /// <param name="rule">The indicator's rule.</param>
    /// <param name="apportioned">Whether the indicator is delivered by postal area, so that its other areas' figures are shared out from those counts (<see cref="DisclosureApportioned"/>).</param>
    public string Describe(DisclosureRule rule, bool apportioned = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        List<string> parts = [];
        if (rule.MinimumNumerator > 1)
        {
            parts.Add(Format(DisclosureSmallCounts, rule.MinimumNumerator - 1) + (rule.ZeroPublishable ? string.Empty : " " + DisclosureZeroHidden));
            if (apportioned)
            {
                parts.Add(DisclosureApportioned);
            }
        }

        if (rule.MinimumDenominator > 0)
        {
            parts.Add(Format(DisclosureMinimumDenominator, rule.MinimumDenominator));
        }

        if (parts.Count == 0)
        {
            parts.Add(DisclosureNothingHidden);
        }

        if (rule.UnreliableBelowDenominator > 0)
        {
            parts.Add(Format(DisclosureUnreliable, rule.UnreliableBelowDenominator));
        }

        return string.Join(" ", parts);
    }

    /// <summary>The multiplier in words.</summary>
    public string DescribeMultiplier(double multiplier) =>
        multiplier == 1 ? MultiplierNone : string.Format(CultureInfo.InvariantCulture, MultiplierPer, multiplier.ToString("0", CultureInfo.InvariantCulture));

    private static string Format(string format, int number) => string.Format(CultureInfo.InvariantCulture, format, number);
}
