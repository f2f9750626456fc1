namespace WelfareAtlas.Indicators;

/// <summary>
/// The disclosure rule of an indicator: when a cell's count is too small to publish (primary suppression), when a
/// published rate is flagged unreliable, and how wide the range of a hidden count must stay after secondary
/// suppression (<c>WelfareAtlas.Disclosure</c>, docs/statistics/disclosure-control.md).
/// </summary>
/// <param name="MinimumNumerator">
/// The smallest publishable numerator (people or events), e.g. 5: counts 1 to <c>MinimumNumerator − 1</c> are
/// suppressed; 0 when any count may be shown.
/// </param>
/// <param name="MinimumDenominator">
/// The smallest publishable denominator, e.g. 200 purchases behind a share; a cell on a smaller denominator is
/// suppressed. 0 when the size of the denominator alone never hides a cell (the usual case for people: small
/// populations make a rate unreliable, see <see cref="UnreliableBelowDenominator"/>, and the numerator rule
/// protects the people).
/// </param>
/// <param name="ZeroPublishable">
/// Whether a numerator of exactly 0 may be shown even though it is below <paramref name="MinimumNumerator"/>:
/// true where "nobody" reveals nothing about a person, false where it does (for example that no child of a
/// small area had a child-welfare notification).
/// </param>
public sealed record DisclosureRule(int MinimumNumerator, int MinimumDenominator, bool ZeroPublishable)
{
    /// <summary>
    /// A rate or proportion whose denominator is below this is published with the flag "unreliable"; 0 for none.
    /// The product's default is 30.
    /// </summary>
    public int UnreliableBelowDenominator { get; init; }

    /// <summary>
    /// The protection width: after suppression, every hidden count must be able to take values spanning at least
    /// this much (maximum − minimum over everything consistent with the published cells, the additive relations
    /// and non-negativity). Defaults to <see cref="MinimumNumerator"/>: a hidden 3 under the rule "at least 5"
    /// must stay anywhere in a range at least 5 wide, for example [0, 5]. 0 means no requirement.
    /// </summary>
    public double ProtectionWidth
    {
        get => protectionWidth ?? MinimumNumerator;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            protectionWidth = value;
        }
    }

    private readonly double? protectionWidth;

    /// <summary>The city's usual rule for register data on people: numerators 1–4 suppressed, zero not shown, rates on fewer than 30 people unreliable.</summary>
    public static DisclosureRule PersonRegister { get; } = new(5, 0, false) { UnreliableBelowDenominator = 30 };

    /// <summary>Statistics Finland's published open data (Paavo): already protected by the source; rates on fewer than 30 unreliable.</summary>
    public static DisclosureRule PublishedBySource { get; } = new(0, 0, true) { UnreliableBelowDenominator = 30 };

    /// <summary>Sensitive topics (self-harm, child welfare): numerators 1–9 suppressed, zero not shown, rates on fewer than 50 unreliable.</summary>
    public static DisclosureRule Sensitive { get; } = new(10, 0, false) { UnreliableBelowDenominator = 50 };

    /// <summary>
    /// Aggregates of purchases or money, not people (the grocery shares: baskets holding a product group over all baskets): nothing
    /// of a person to protect, so no cell is hidden here. The source hides an area-month with 1–199 baskets itself.
    /// </summary>
    public static DisclosureRule Aggregate { get; } = new(0, 0, true);
}
