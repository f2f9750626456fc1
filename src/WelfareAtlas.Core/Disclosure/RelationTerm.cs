namespace WelfareAtlas.Disclosure;

/// <summary>One part of an additive relation: a cell and the weight it enters the total with.</summary>
/// <param name="Cell">The part.</param>
/// <param name="Weight">1 for a plain sum; a crosswalk share in (0, 1] for an apportioned one.</param>
public readonly record struct RelationTerm(CellKey Cell, double Weight);
