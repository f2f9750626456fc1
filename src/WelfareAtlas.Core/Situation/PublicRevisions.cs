using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;

namespace WelfareAtlas.Situation;

/// <summary>
/// Which revisions the public may see: the previous data vintage of a number told only as the change in a value the
/// public is shown now, from a superseded number that would itself have been publishable.
/// </summary>
/// <remarks>
/// <para>A revision reaches the public's situational picture only when all of these hold
/// (docs/statistics/situation.md, "The previous vintage for the public"):</para>
/// <list type="number">
/// <item>the public is shown the current number now: its public cell has a value (published or flagged unreliable,
/// not suppressed, not unavailable) and comes from the revision's own batch (so a newer batch under embargo, which
/// the public's cells do not yet show, is no revision for the public);</item>
/// <item>the superseded number passes the indicator's primary disclosure rule on its own
/// (<see cref="PrimarySuppression"/>: published or unreliable);</item>
/// <item>where both have numerators and the rule has a minimum, the numerators differ by 0 or by at least that
/// minimum, so the size of the revision is not itself a small count;</item>
/// <item>no superseded number of the same indicator, period and breakdown fails the primary rule: where the earlier
/// delivery had a small count, its own secondary suppression may have hidden numbers that protected it, and showing
/// those now could reopen it.</item>
/// </list>
/// <para>The public's finding carries values (the indicator's measure) and never a numerator or denominator.</para>
/// </remarks>
public static class PublicRevisions
{
    /// <summary>The revisions of <paramref name="revisions"/> the public may see, in their order.</summary>
    /// <param name="revisions">Every revision of the indicators read (raw, as an analyst sees them).</param>
    /// <param name="shownBatches">The public's cells that show a value now, by key, with the batch each comes from.</param>
    /// <param name="methods">Each indicator's measure; revisions of an indicator not listed are left out.</param>
    /// <param name="rules">Each indicator's disclosure rule; revisions of an indicator not listed are left out.</param>
    public static IReadOnlyList<ObservationRevision> Select(
        IReadOnlyList<ObservationRevision> revisions,
        IReadOnlyDictionary<ObservationKey, long> shownBatches,
        IReadOnlyDictionary<IndicatorId, IndicatorMethod> methods,
        IReadOnlyDictionary<IndicatorId, DisclosureRule> rules)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        ArgumentNullException.ThrowIfNull(shownBatches);
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(rules);

        HashSet<(IndicatorId, Period, string)> unsafeTables = [.. revisions
            .Where(r => !rules.ContainsKey(r.Superseded.Indicator) || !methods.ContainsKey(r.Superseded.Indicator)
                || !Publishable(rules[r.Superseded.Indicator], methods[r.Superseded.Indicator].Measure, r.Superseded))
            .Select(r => (r.Superseded.Indicator, r.Superseded.Period, r.Superseded.Breakdown.Key))];

        return [.. revisions.Where(r =>
            !unsafeTables.Contains((r.Current.Indicator, r.Current.Period, r.Current.Breakdown.Key))
            && shownBatches.TryGetValue(new ObservationKey(r.Current.Indicator, r.Current.Area, r.Current.Period, r.Current.Breakdown.Key), out long batch)
            && batch == r.CurrentBatch
            && RevisionIsNoSmallCount(rules[r.Current.Indicator], r))];
    }

    private static bool Publishable(DisclosureRule rule, Measure measure, Observations.Observation observation) =>
        PrimarySuppression.Classify(rule, measure, observation).State is CellState.Published or CellState.Unreliable;

    private static bool RevisionIsNoSmallCount(DisclosureRule rule, ObservationRevision revision)
    {
        if (rule.MinimumNumerator <= 0 || revision.Current.Numerator is not { } now || revision.Superseded.Numerator is not { } before)
        {
            return true;
        }

        double change = Math.Abs(now - before);
        return change == 0 || change >= rule.MinimumNumerator;
    }
}
