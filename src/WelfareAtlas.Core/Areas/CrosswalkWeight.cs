namespace WelfareAtlas.Areas;

/// <summary>The share of a postal area's counts given to one sub-district in one year.</summary>
/// <param name="Year">The year the weight is for; observations of other years use the nearest year's weights.</param>
/// <param name="From">The postal area.</param>
/// <param name="To">The sub-district.</param>
/// <param name="Weight">The share, 0–1 (0 for a piece estimated to have no residents); a postal area's weights sum to 1.</param>
/// <param name="Basis">Population where the sub-district's population density is known (target-density weighting), else area.</param>
public sealed record CrosswalkWeight(int Year, AreaCode From, AreaCode To, double Weight, OverlapBasis Basis);
