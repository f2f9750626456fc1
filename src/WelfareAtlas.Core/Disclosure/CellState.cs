namespace WelfareAtlas.Disclosure;

/// <summary>What the public may see of a cell after disclosure control.</summary>
public enum CellState
{
    /// <summary>Shown as it is.</summary>
    Published,

    /// <summary>Shown, with the flag that the denominator is too small for the rate to be reliable.</summary>
    Unreliable,

    /// <summary>Hidden because its own count is too small (or zero where zero is not publishable, or its denominator is too small). Analysts only.</summary>
    PrimarySuppressed,

    /// <summary>Hidden, although publishable on its own, so that a primary-suppressed cell cannot be recovered by subtraction. Analysts only.</summary>
    SecondarySuppressed,

    /// <summary>
    /// Hidden: what the public sees of both <see cref="PrimarySuppressed"/> and <see cref="SecondarySuppressed"/>. Telling
    /// them apart would point at the small count (and a hidden zero would be known to be zero).
    /// </summary>
    Suppressed,

    /// <summary>The source gave no number (withheld by the source or missing); nothing to show.</summary>
    Unavailable,
}
