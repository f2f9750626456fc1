using WelfareAtlas.Observations;

namespace WelfareAtlas.Disclosure;

/// <summary>One cell after disclosure control.</summary>
/// <param name="Observation">
/// The observation as the audience may see it: for the public, a hidden cell keeps its key but has no numerator,
/// denominator, value or limits; for an analyst it is unchanged.
/// </param>
/// <param name="State">
/// The cell's state: for an analyst <see cref="CellState.PrimarySuppressed"/> or <see cref="CellState.SecondarySuppressed"/>
/// say which hidden cell is small; for the public both are <see cref="CellState.Suppressed"/>.
/// </param>
/// <param name="Reason">Why; for the public every suppressed count's reason is <see cref="SuppressionReason.Confidential"/>.</param>
public sealed record ProtectedCell(Observation Observation, CellState State, SuppressionReason Reason)
{
    /// <summary>The cell's key.</summary>
    public CellKey Key => CellKey.Of(Observation);

    /// <summary>Whether the public sees no number for the cell.</summary>
    public bool IsHidden => State is CellState.PrimarySuppressed or CellState.SecondarySuppressed or CellState.Suppressed or CellState.Unavailable;
}
