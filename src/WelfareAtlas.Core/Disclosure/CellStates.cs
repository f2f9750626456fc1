namespace WelfareAtlas.Disclosure;

/// <summary>The stable, kebab-case codes of <see cref="CellState"/> used in the store, the API and files.</summary>
public static class CellStates
{
    /// <summary>The code: <c>published</c>, <c>unreliable</c>, <c>primary-suppressed</c>, <c>secondary-suppressed</c>, <c>suppressed</c>, <c>unavailable</c>.</summary>
    public static string ToCode(this CellState state) => state switch
    {
        CellState.Published => "published",
        CellState.Unreliable => "unreliable",
        CellState.PrimarySuppressed => "primary-suppressed",
        CellState.SecondarySuppressed => "secondary-suppressed",
        CellState.Suppressed => "suppressed",
        CellState.Unavailable => "unavailable",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a cell state."),
    };

    /// <summary>The state of a code from <see cref="ToCode"/>.</summary>
    public static bool TryParse(string code, out CellState state)
    {
        foreach (CellState candidate in Enum.GetValues<CellState>())
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.Ordinal))
            {
                state = candidate;
                return true;
            }
        }

        state = CellState.Published;
        return false;
    }

    /// <summary>Whether the public sees no number of a cell in <paramref name="state"/> because disclosure control hides it (not because the source gave none).</summary>
    public static bool IsWithheld(this CellState state) =>
        state is CellState.PrimarySuppressed or CellState.SecondarySuppressed or CellState.Suppressed;
}
