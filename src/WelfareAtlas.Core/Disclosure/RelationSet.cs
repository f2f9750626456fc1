namespace WelfareAtlas.Disclosure;

/// <summary>The additive relations found in a table of counts.</summary>
/// <param name="Relations">The relations that hold (or cannot be checked because a cell has no number): the audit uses them.</param>
/// <param name="Contradicted">
/// Relations the structure suggests but the numbers break (for example a parent delivered separately that is not the
/// sum of its children): a reader cannot use them exactly, so they are left out, and listed here for the report.
/// </param>
public sealed record RelationSet(IReadOnlyList<AdditiveRelation> Relations, IReadOnlyList<AdditiveRelation> Contradicted);
