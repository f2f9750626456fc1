namespace WelfareAtlas.Disclosure;

/// <summary>
/// The disclosure audit: for every hidden count, the interval [minimum, maximum] of the values it can take given every
/// published cell, the additive relations and non-negativity, and a failure wherever that interval is narrower than the
/// protection width.
/// </summary>
/// <remarks>
/// The hidden cells are split into components connected by relations that contain at least two hidden cells, and each
/// component is one linear program, so the work grows with the size of the largest component rather than the table
/// (docs/statistics/disclosure-control.md). Hidden cells without a number (withheld or missing at the source) are
/// unknowns of the program but are not themselves checked.
/// </remarks>
public static class DisclosureAudit
{
    /// <summary>Audits <paramref name="cells"/> under <paramref name="relations"/>.</summary>
    /// <param name="cells">Every cell the relations name; a published cell must have a number.</param>
    /// <param name="relations">The additive relations among the cells.</param>
    /// <param name="protectionWidth">The width each hidden count's interval must reach, ≥ 0.</param>
    public static AuditReport Run(IReadOnlyList<AuditCell> cells, IReadOnlyList<AdditiveRelation> relations, double protectionWidth)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentOutOfRangeException.ThrowIfNegative(protectionWidth);
        AuditCell[] ordered = [.. cells.OrderBy(cell => cell.Key, CellKey.Order)];
        var table = new CountTable(
            [.. ordered.Select(cell => cell.Key)],
            [.. ordered.Select(cell => cell.Value)],
            [.. ordered.Select(cell => cell.Hidden)],
            relations);
        return new AuditEngine(table, protectionWidth).Run();
    }
}
