using WelfareAtlas.Indicators;

namespace WelfareAtlas.Disclosure;

/// <summary>An indicator's cells after disclosure control, for one audience, with the audit that proves the protection.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Audience">Who the numbers are for.</param>
/// <param name="Cells">Every observation given, in the order given, with its state.</param>
/// <param name="Audit">The audit of the hidden counts after suppression; an output for the public must not use a table whose audit failed.</param>
/// <param name="Relations">The additive relations used.</param>
/// <param name="Contradicted">Relations the structure suggested but the numbers break, left out of the audit.</param>
/// <param name="Estimates">
/// Cells apportioned through the crosswalk: estimates, not counts of people, so the numerator rule does not apply to
/// them; each is published exactly when every delivered cell it depends on is.
/// </param>
public sealed record ProtectedTable(
    IndicatorId Indicator,
    Audience Audience,
    IReadOnlyList<ProtectedCell> Cells,
    AuditReport Audit,
    IReadOnlyList<AdditiveRelation> Relations,
    IReadOnlyList<AdditiveRelation> Contradicted,
    IReadOnlyCollection<CellKey> Estimates)
{
    /// <summary>How many cells are in <paramref name="state"/>.</summary>
    public int Count(CellState state) => Cells.Count(cell => cell.State == state);
}
