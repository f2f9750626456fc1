namespace WelfareAtlas.Disclosure;

/// <summary>The result of a disclosure audit: the feasible range of every hidden count and the ones too narrow.</summary>
/// <param name="ProtectionWidth">The width every range must reach.</param>
/// <param name="Ranges">Every hidden cell that has a number, in cell order, with its range.</param>
/// <param name="Failures">The ranges narrower than <paramref name="ProtectionWidth"/> (less a 1e-6 tolerance for rounding).</param>
/// <param name="Inconsistent">Hidden cells whose relations have no non-negative solution at all: the relations are wrong, not the suppression.</param>
/// <param name="Components">How many independent groups of hidden cells (connected by relations) were solved.</param>
/// <param name="LargestComponent">The number of hidden cells in the largest group: the size of the largest linear program.</param>
public sealed record AuditReport(
    double ProtectionWidth,
    IReadOnlyList<CellRange> Ranges,
    IReadOnlyList<CellRange> Failures,
    IReadOnlyList<CellKey> Inconsistent,
    int Components,
    int LargestComponent)
{
    /// <summary>Whether every hidden count is protected and every relation is consistent.</summary>
    public bool Passed => Failures.Count == 0 && Inconsistent.Count == 0;
}
