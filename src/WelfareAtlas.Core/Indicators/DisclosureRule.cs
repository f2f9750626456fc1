namespace WelfareAtlas.Indicators;

/// <summary>
/// The primary-suppression rule of an indicator: a cell is published only when its numerator and denominator
/// reach the minimums. Secondary suppression (so that no suppressed cell can be recovered by subtraction) is
/// applied on top by the disclosure control.
/// </summary>
/// <param name="MinimumNumerator">The smallest publishable numerator (people or events), e.g. 5; 0 when any count may be shown.</param>
/// <param name="MinimumDenominator">The smallest publishable denominator (population), e.g. 30; 0 when there is no denominator.</param>
/// <param name="ZeroPublishable">
/// Whether a numerator of exactly 0 may be shown even though it is below <paramref name="MinimumNumerator"/>:
/// true where "nobody" reveals nothing about a person, false where it does (for example that no child of a
/// small area had a child-welfare notification).
/// </param>
public sealed record DisclosureRule(int MinimumNumerator, int MinimumDenominator, bool ZeroPublishable)
{
    /// <summary>The city's usual rule for register data on people: numerator at least 5, denominator at least 30, zero not shown.</summary>
    public static DisclosureRule PersonRegister { get; } = new(5, 30, false);

    /// <summary>Statistics Finland's published open data (Paavo): already protected by the source; denominator at least 30.</summary>
    public static DisclosureRule PublishedBySource { get; } = new(0, 30, true);

    /// <summary>Sensitive topics (self-harm, child welfare): numerator at least 10, denominator at least 50, zero not shown.</summary>
    public static DisclosureRule Sensitive { get; } = new(10, 50, false);

    /// <summary>Aggregates of purchases or money, not people: at least 200 baskets behind a share.</summary>
    public static DisclosureRule Aggregate { get; } = new(0, 200, true);
}
