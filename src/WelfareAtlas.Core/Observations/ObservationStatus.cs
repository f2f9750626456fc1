namespace WelfareAtlas.Observations;

/// <summary>Whether an observation has a number.</summary>
public enum ObservationStatus
{
    /// <summary>The source gave the number.</summary>
    Available,

    /// <summary>The source withheld the number to protect privacy (Paavo's -1, StatFin's "."); it is not zero.</summary>
    SuppressedBySource,

    /// <summary>The source has no number (not collected, not applicable: PX "..", JSON-stat status without value).</summary>
    Missing,
}
