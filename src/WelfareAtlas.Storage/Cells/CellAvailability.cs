using WelfareAtlas.Areas;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Storage.Cells;

/// <summary>That an indicator has cells for one area type, period and breakdown, and how many of them have a value.</summary>
/// <param name="AreaType">The area type.</param>
/// <param name="Period">The period.</param>
/// <param name="Breakdown">The breakdown's key.</param>
/// <param name="Cells">Cells (areas) there are.</param>
/// <param name="Values">Cells with a value (the others are suppressed, missing or invalid).</param>
public sealed record CellAvailability(AreaType AreaType, Period Period, string Breakdown, int Cells, int Values);
