using WelfareAtlas.Observations;

namespace WelfareAtlas.Disclosure;

/// <summary>One cell after disclosure control.</summary>
/// <param name="Observation">
/// The observation as the audience may see it: for the public, a hidden cell keeps its key but has no numerator,
/// denominator, value or limits; for an analyst it is unchanged.
/// </param>
/// <param name="State">What the public sees of the cell.</param>
/// <param name="Reason">Why.</param>
public sealed record ProtectedCell(Observation Observation, CellState State, SuppressionReason Reason)
{
    /// <summary>The cell's key.</summary>
    public CellKey Key => CellKey.Of(Observation);

    /// <summary>Whether the public sees no number for the cell.</summary>
    public bool IsHidden => State is CellState.PrimarySuppressed or CellState.SecondarySuppressed or CellState.Unavailable;
}
