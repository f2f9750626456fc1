using WelfareAtlas.Indicators;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.IndicatorData;

/// <summary>An indicator's disclosure rule (docs/statistics/disclosure-control.md), as the API and the indicator page show it.</summary>
/// <param name="MinimumNumerator">The smallest count shown: counts 1 to this − 1 are hidden; 0 when any count may be shown.</param>
/// <param name="ZeroPublishable">Whether a count of 0 below the minimum may be shown.</param>
/// <param name="MinimumDenominator">A cell on a smaller denominator is hidden; 0 for none.</param>
/// <param name="UnreliableBelowDenominator">A proportion or rate on a smaller denominator is flagged unreliable; 0 for none.</param>
/// <param name="ProtectionWidth">How wide the range of every hidden count must stay after secondary suppression.</param>
/// <param name="Description">The rule in words.</param>
public sealed record DisclosureRuleView(
    int MinimumNumerator,
    bool ZeroPublishable,
    int MinimumDenominator,
    int UnreliableBelowDenominator,
    double ProtectionWidth,
    TextView Description)
{
    /// <summary>The view of <paramref name="rule"/>.</summary>
    /// <param name="rule">The indicator's rule.</param>
    /// <param name="apportioned">Whether the indicator is delivered by postal area, its other areas' figures shared out from those counts (<see cref="Localisation.MetadataTexts.Describe"/>).</param>
    public static DisclosureRuleView From(DisclosureRule rule, bool apportioned = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(
            rule.MinimumNumerator,
            rule.ZeroPublishable,
            rule.MinimumDenominator,
            rule.UnreliableBelowDenominator,
            rule.ProtectionWidth,
            IndicatorView.InEvery(texts => texts.Describe(rule, apportioned)));
    }
}
