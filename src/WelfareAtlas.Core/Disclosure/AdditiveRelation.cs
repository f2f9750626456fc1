using System.Globalization;

namespace WelfareAtlas.Disclosure;

/// <summary>
/// A linear relation a reader can use to recover a hidden count: <c>Total = Σ Weight × Part</c>, in the numerators
/// of one indicator.
/// </summary>
/// <param name="Total">The cell that is the sum.</param>
/// <param name="Parts">The summed cells with their weights; at least one, none equal to <paramref name="Total"/>.</param>
/// <param name="Kind">Where the relation comes from, for reports.</param>
public sealed record AdditiveRelation(CellKey Total, IReadOnlyList<RelationTerm> Parts, RelationKind Kind)
{
    /// <summary>Every cell of the relation: the total first, then the parts.</summary>
    public IEnumerable<CellKey> Cells => Parts.Select(part => part.Cell).Prepend(Total);

    /// <summary>Whether every weight is 1 (a plain sum).</summary>
    public bool IsPlainSum => Parts.All(part => part.Weight == 1);

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Kind}: {Total} = {string.Join(" + ", Parts.Select(p => p.Weight == 1 ? p.Cell.ToString() : string.Create(CultureInfo.InvariantCulture, $"{p.Weight:R}×{p.Cell}")))}");
}
