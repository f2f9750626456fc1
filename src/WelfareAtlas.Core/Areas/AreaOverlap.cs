namespace WelfareAtlas.Areas;

/// <summary>How much of one area lies in another: one row of a crosswalk between area types that do not nest.</summary>
/// <param name="From">The area being apportioned (a postal area).</param>
/// <param name="To">The area receiving a share (a sub-district).</param>
/// <param name="Share">The fraction of <paramref name="From"/> that falls in <paramref name="To"/>, in [0, 1].</param>
/// <param name="Basis">What the share measures.</param>
public sealed record AreaOverlap(AreaCode From, AreaCode To, double Share, OverlapBasis Basis);
