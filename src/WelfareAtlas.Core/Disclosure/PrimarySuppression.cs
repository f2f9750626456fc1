using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Disclosure;

/// <summary>Primary suppression: what one observation's own numbers allow under its indicator's <see cref="DisclosureRule"/>.</summary>
public static class PrimarySuppression
{
    /// <summary>
    /// The state and reason of <paramref name="observation"/> on its own: unavailable when the source gave no number;
    /// suppressed when the numerator is 1 to the minimum − 1, or 0 and zeros are not publishable, or the denominator is
    /// below the minimum; unreliable when a rate's or proportion's denominator is below the reliability threshold;
    /// published otherwise. The numerator is checked before the denominator.
    /// </summary>
    public static (CellState State, SuppressionReason Reason) Classify(DisclosureRule rule, Measure measure, Observation observation)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(observation);
        switch (observation.Status)
        {
            case ObservationStatus.SuppressedBySource:
                return (CellState.Unavailable, SuppressionReason.SuppressedBySource);
            case ObservationStatus.Missing:
                return (CellState.Unavailable, SuppressionReason.Missing);
        }

        if (observation.Numerator is { } numerator && rule.MinimumNumerator > 0)
        {
            if (numerator == 0 && !rule.ZeroPublishable)
            {
                return (CellState.PrimarySuppressed, SuppressionReason.ZeroNotPublishable);
            }

            if (numerator > 0 && numerator < rule.MinimumNumerator)
            {
                return (CellState.PrimarySuppressed, SuppressionReason.NumeratorBelowMinimum);
            }
        }

        if (observation.Denominator is { } denominator)
        {
            if (denominator < rule.MinimumDenominator)
            {
                return (CellState.PrimarySuppressed, SuppressionReason.DenominatorBelowMinimum);
            }

            if (IsRate(measure) && denominator < rule.UnreliableBelowDenominator)
            {
                return (CellState.Unreliable, SuppressionReason.SmallDenominator);
            }
        }

        return (CellState.Published, SuppressionReason.None);
    }

    private static bool IsRate(Measure measure) => measure is Measure.Proportion or Measure.CrudeRate
        or Measure.DirectlyStandardisedRate or Measure.IndirectlyStandardisedRatio;
}
