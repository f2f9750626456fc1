namespace WelfareAtlas.Disclosure;

/// <summary>Why a cell has its <see cref="CellState"/>; the stable code of each is <see cref="SuppressionReasons.ToCode"/>.</summary>
public enum SuppressionReason
{
    /// <summary>Nothing to explain: the cell is published.</summary>
    None,

    /// <summary>The numerator is between 1 and the rule's minimum − 1.</summary>
    NumeratorBelowMinimum,

    /// <summary>The numerator is 0 and the rule does not publish zeros.</summary>
    ZeroNotPublishable,

    /// <summary>The denominator is below the rule's minimum.</summary>
    DenominatorBelowMinimum,

    /// <summary>Published, but the denominator is below the rule's reliability threshold.</summary>
    SmallDenominator,

    /// <summary>Hidden to protect another hidden cell (complementary suppression).</summary>
    Complementary,

    /// <summary>
    /// Hidden to protect privacy, without saying whether the cell's own count is small or it protects another: the
    /// public reason of every <see cref="CellState.Suppressed"/> count.
    /// </summary>
    Confidential,

    /// <summary>An estimate apportioned through the crosswalk from a cell that is hidden (it would give that cell away).</summary>
    ApportionedFromHidden,

    /// <summary>The source withheld the number.</summary>
    SuppressedBySource,

    /// <summary>The source has no number.</summary>
    Missing,
}
