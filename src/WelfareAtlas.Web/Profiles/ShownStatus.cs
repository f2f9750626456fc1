namespace WelfareAtlas.Web.Profiles;

/// <summary>
/// Why a cell without a value has none, as its reader is told: who withheld it matters. A cell's status is
/// <c>suppressed</c> both when the source withheld the number (Paavo's -1, StatFin's ".") and when the atlas's own
/// disclosure control hides it (a small count, a complementary cell, an estimate apportioned from a hidden one); only the
/// first is the source's doing, and saying "suppressed by the source" of the second misleads the steward who checks the
/// delivery.
/// </summary>
public static class ShownStatus
{
    /// <summary>The key of a cell the atlas's disclosure control hides (its marker is <c>c</c>).</summary>
    public const string Protected = "protected";

    /// <summary>The key the pages' texts explain a cell's missing value by: <see cref="Protected"/> or the cell's status.</summary>
    /// <param name="status">The cell's status: <c>available</c>, <c>suppressed</c>, <c>missing</c>, <c>invalid</c> or <c>no-data</c>.</param>
    /// <param name="disclosure">What disclosure control shows of the cell.</param>
    public static string Of(string status, DisclosureView disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure.Marker == "c" ? Protected : status;
    }
}
