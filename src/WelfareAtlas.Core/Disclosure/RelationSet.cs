namespace WelfareAtlas.Disclosure;

/// <summary>The additive relations found in a table of counts, and the cells that are estimates apportioned from others.</summary>
/// <param name="Relations">The relations that hold (or cannot be checked because a cell has no number): the audit uses them.</param>
/// <param name="Contradicted">
/// Relations the structure suggests but the numbers break (for example a parent delivered separately that is not the
/// sum of its children): a reader cannot use them exactly, so they are left out, and listed here for the report.
/// </param>
/// <param name="Apportioned">
/// Cells computed through the crosswalk (sub-districts apportioned from postal areas, and the districts and major
/// districts summed from them), each with the delivered cells it depends on. They are estimates, not counts of
/// people: they take part in no relation and are published exactly when every cell they depend on is.
/// </param>
public sealed record RelationSet(
    IReadOnlyList<AdditiveRelation> Relations,
    IReadOnlyList<AdditiveRelation> Contradicted,
    IReadOnlyDictionary<CellKey, IReadOnlyList<CellKey>> Apportioned);
