namespace WelfareAtlas.Disclosure;

/// <summary>The stable, kebab-case codes of <see cref="SuppressionReason"/> used in the API, files and JSON-stat status.</summary>
public static class SuppressionReasons
{
    /// <summary>The code: <c>none</c>, <c>numerator-below-minimum</c>, <c>zero-not-publishable</c>, <c>denominator-below-minimum</c>, <c>small-denominator</c>, <c>complementary</c>, <c>confidential</c>, <c>apportioned-from-hidden</c>, <c>suppressed-by-source</c>, <c>missing</c>.</summary>
    public static string ToCode(this SuppressionReason reason) => reason switch
    {
        SuppressionReason.None => "none",
        SuppressionReason.NumeratorBelowMinimum => "numerator-below-minimum",
        SuppressionReason.ZeroNotPublishable => "zero-not-publishable",
        SuppressionReason.DenominatorBelowMinimum => "denominator-below-minimum",
        SuppressionReason.SmallDenominator => "small-denominator",
        SuppressionReason.Complementary => "complementary",
        SuppressionReason.Confidential => "confidential",
        SuppressionReason.ApportionedFromHidden => "apportioned-from-hidden",
        SuppressionReason.SuppressedBySource => "suppressed-by-source",
        SuppressionReason.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a suppression reason."),
    };

    /// <summary>The reason of a code from <see cref="ToCode"/>.</summary>
    public static bool TryParse(string code, out SuppressionReason reason)
    {
        foreach (SuppressionReason candidate in Enum.GetValues<SuppressionReason>())
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.Ordinal))
            {
                reason = candidate;
                return true;
            }
        }

        reason = SuppressionReason.None;
        return false;
    }
}
