using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.Storage.Cells;

/// <summary>A computed cell as stored: the <see cref="IndicatorCell"/> and where its observation came from.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area.</param>
/// <param name="AreaType">The area's type.</param>
/// <param name="Period">The period.</param>
/// <param name="Breakdown">The breakdown's key (<c>total</c>, <c>sex=female</c>, ...).</param>
/// <param name="BatchId">The import batch of the observation.</param>
/// <param name="Derivation"><see langword="null"/> as delivered; else how the observation was derived (<c>sum</c>, <c>crosswalk-population</c>, ...).</param>
/// <param name="Numerator">The observation's numerator.</param>
/// <param name="Denominator">The observation's denominator.</param>
/// <param name="Estimate">The value and intervals; <see langword="null"/> without a value.</param>
/// <param name="NoValueKind"><c>suppressed</c>, <c>missing</c> or <c>invalid</c>; <see langword="null"/> with a value.</param>
/// <param name="NoValueReason">Why there is no value, in English.</param>
/// <param name="VersusCity">The comparison with the city.</param>
/// <param name="VersusParent">The comparison with the parent area.</param>
/// <param name="Quintile">1 (highest) to 5 among the areas of the same type.</param>
/// <param name="Rank">1 for the highest value among the areas of the same type.</param>
/// <param name="PeerCount">Areas of the same type with a value.</param>
/// <param name="Trend">The recent trend.</param>
/// <param name="Disclosure">
/// What the public sees of the cell: for the public's cells <see cref="CellState.Suppressed"/> on a hidden cell (which
/// then has no numbers); for an analyst the primary or secondary suppression behind it.
/// </param>
/// <param name="DisclosureReason">Why the cell has its <paramref name="Disclosure"/> state.</param>
public sealed record StoredCell(
    IndicatorId Indicator,
    AreaCode Area,
    AreaType AreaType,
    Period Period,
    string Breakdown,
    long BatchId,
    string? Derivation,
    double? Numerator,
    double? Denominator,
    Estimate? Estimate,
    string? NoValueKind,
    string? NoValueReason,
    CellComparison VersusCity,
    CellComparison VersusParent,
    int? Quintile,
    int? Rank,
    int PeerCount,
    TrendResult Trend,
    CellState Disclosure,
    SuppressionReason DisclosureReason)
{
    /// <summary>The comparison with <paramref name="benchmark"/>.</summary>
    public CellComparison Versus(Benchmark benchmark) => benchmark == Benchmark.Parent ? VersusParent : VersusCity;
}
