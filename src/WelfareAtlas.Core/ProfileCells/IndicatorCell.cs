using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.ProfileCells;

/// <summary>
/// One computed number of an indicator for one area, period and breakdown: value and intervals, comparisons
/// with the city and with the parent area, place among the areas of the same type, and the recent trend.
/// </summary>
/// <remarks>
/// Nothing here depends on a profile: a profile adds only the polarity that turns Higher/Lower into
/// Better/Worse and Increasing/Decreasing into getting better/worse.
/// </remarks>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area.</param>
/// <param name="AreaType">The area's type: quintiles and ranks are among areas of this type.</param>
/// <param name="Period">The period.</param>
/// <param name="Breakdown">The part of the population.</param>
/// <param name="Numerator">The observation's numerator, if it has one.</param>
/// <param name="Denominator">The observation's denominator, if it has one.</param>
/// <param name="Estimate">The value with its 95 % and 99.8 % intervals; <see langword="null"/> when there is none.</param>
/// <param name="NoValue">Why there is no value: its kind (suppressed by the source, missing, invalid counts) and a message; <see langword="null"/> when there is one.</param>
/// <param name="VersusCity">The comparison with the city.</param>
/// <param name="VersusParent">The comparison with the parent area (a postal area's parent is the city).</param>
/// <param name="Quintile">1 (highest values) to 5 among the areas of the same type; <see langword="null"/> without a value or with fewer than five peers.</param>
/// <param name="Rank">1 for the highest value among the areas of the same type (ties share the better rank); <see langword="null"/> without a value.</param>
/// <param name="PeerCount">How many areas of the same type have a value for this indicator, period and breakdown.</param>
/// <param name="Trend">The recent trend over the last five periods of the same length ending with this one.</param>
/// <param name="SourceIndex">The position of the cell's observation in the sequence given to <see cref="CellCalculator.Compute"/>, so a caller can attach what it knows of the observation (the batch it came from).</param>
public sealed record IndicatorCell(
    IndicatorId Indicator,
    AreaCode Area,
    AreaType AreaType,
    Period Period,
    Breakdown Breakdown,
    double? Numerator,
    double? Denominator,
    Estimate? Estimate,
    StatisticError? NoValue,
    CellComparison VersusCity,
    CellComparison VersusParent,
    int? Quintile,
    int? Rank,
    int PeerCount,
    TrendResult Trend,
    int SourceIndex);
