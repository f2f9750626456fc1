using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Disclosure;

/// <summary>What the public may see of what <see cref="DisclosureControl"/> protected for analysts.</summary>
public static partial class DisclosureControl
{
    /// <summary>
    /// What the public may see of a table protected for analysts: hidden cells without their numbers and with the
    /// public state and reason, and the audit's ranges without the true counts inside them.
    /// </summary>
    /// <param name="table">A table from <see cref="Protect(Indicator, IReadOnlyList{Observation}, RelationSet, Audience)"/>.</param>
    public static ProtectedTable ForPublic(ProtectedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Audience == Audience.Public)
        {
            return table;
        }

        // The ranges may be shown (a reader can compute them); the true counts inside them may not.
        AuditReport audit = table.Audit with
        {
            Ranges = [.. table.Audit.Ranges.Select(range => range with { Value = null })],
            Failures = [.. table.Audit.Failures.Select(range => range with { Value = null })],
        };
        return table with
        {
            Audience = Audience.Public,
            Cells = [.. table.Cells.Select(ForPublic)],
            Audit = audit,
        };
    }

    /// <summary>
    /// What the public may see of one cell of a table protected for analysts, as <see cref="ForPublic(ProtectedTable)"/>
    /// gives it: a hidden cell without its numbers and with the public state and reason, any other cell itself (the
    /// same object). For a caller that takes a large table's public cells a part at a time.
    /// </summary>
    /// <param name="cell">A cell of a table from <see cref="Protect(Indicator, IReadOnlyList{Observation}, RelationSet, Audience)"/> for analysts.</param>
    public static ProtectedCell ForPublic(ProtectedCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return IsHidden(cell.State) ? ForPublic(cell.Observation, cell.State, cell.Reason) : cell;
    }

    /// <summary>
    /// A hidden cell as the public sees it: no numbers, and one state and reason for every suppressed count, since
    /// "this one is small" or "this one is zero" would narrow what the suppression protects. An apportioned estimate
    /// keeps its reason: the hidden postal area behind it is visible anyway.
    /// </summary>
    private static ProtectedCell ForPublic(Observation observation, CellState state, SuppressionReason reason)
    {
        Observation empty = observation with { Numerator = null, Denominator = null, Value = null, Lower = null, Upper = null };
        return state == CellState.Unavailable
            ? new ProtectedCell(empty, state, reason)
            : new ProtectedCell(empty, CellState.Suppressed, reason == SuppressionReason.ApportionedFromHidden ? reason : SuppressionReason.Confidential);
    }
}
