using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.IndicatorData;

/// <summary>
/// How far apart the areas of one type are for one indicator and breakdown: the gap between the fifth of areas with the
/// highest values and the fifth with the lowest in the chosen period and in every period of its length up to it, and
/// whether the gap is narrowing (docs/statistics/inequality.md, "The gap between areas").
/// </summary>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="AreaType">The areas' type's slug.</param>
/// <param name="Breakdown">The breakdown's key.</param>
/// <param name="Period">The chosen period.</param>
/// <param name="Current">The chosen period's gap (its <see cref="GapPointView.NoGap"/> says why when there is none).</param>
/// <param name="Trend">Whether the gap narrowed over the five periods ending with the chosen one.</param>
/// <param name="Series">The gap in every period of the chosen period's length up to it, oldest first.</param>
public sealed record GapView(string Indicator, string AreaType, string Breakdown, string Period, GapPointView Current, GapTrendView Trend, IReadOnlyList<GapPointView> Series);

/// <summary>The gap in one period, from the values the caller may see (a value hidden to protect privacy is not among them).</summary>
/// <param name="Period">The period.</param>
/// <param name="Areas">How many areas of the type have a value.</param>
/// <param name="Highest">The highest fifth's value: its areas' values weighted by their denominators (the pooled rate of a rate).</param>
/// <param name="Lowest">The lowest fifth's value.</param>
/// <param name="Gap">Highest − lowest.</param>
/// <param name="Gap95">The gap's approximate 95 % interval; <see langword="null"/> when a value came without one.</param>
/// <param name="Ratio">Highest / lowest; <see langword="null"/> when the lowest is not above 0.</param>
/// <param name="HighestAreas">How many areas are in the highest fifth.</param>
/// <param name="LowestAreas">How many areas are in the lowest fifth.</param>
/// <param name="NoGap">
/// <see langword="null"/> with a gap; else why not: <c>too-few-areas</c> (fewer than five with a value), <c>tied</c>, or
/// <c>count</c> (the indicator is a count, whose gap between areas is that of their sizes: none is computed).
/// </param>
public sealed record GapPointView(
    string Period,
    int Areas,
    double? Highest,
    double? Lowest,
    double? Gap,
    IntervalView? Gap95,
    double? Ratio,
    int? HighestAreas,
    int? LowestAreas,
    string? NoGap);

/// <summary>Whether the gap is narrowing: the recent-trend test of the last five gaps, at 99.8 % as the cells' trends.</summary>
/// <remarks>
/// The five gaps tested are computed on the same areas, those with a value in all five periods (<paramref name="Areas"/>),
/// so they can differ from the series' gaps, each of which is over every area with a value in its period.
/// </remarks>
/// <param name="Direction"><c>narrowing</c>, <c>widening</c>, <c>no-significant-change</c> or <c>cannot-be-calculated</c>.</param>
/// <param name="Reason">
/// Why it cannot be calculated: <c>too-few-periods</c> (fewer than five of the period's length), <c>count</c>, <c>no-gap</c> (a
/// period of the five without a gap, named in <paramref name="Detail"/>), <c>too-few-same-areas</c> (fewer than five areas
/// with a value in all five periods), <c>missing-interval</c> or <c>not-testable</c> (the test's own reason in
/// <paramref name="Detail"/>); <see langword="null"/> otherwise.
/// </param>
/// <param name="Detail">The reason in English, for the API's readers; <see langword="null"/> with a result.</param>
/// <param name="Periods">The periods tested, oldest first.</param>
/// <param name="Areas">How many areas have a value in all five periods: those the test compares; <see langword="null"/> when it did not get that far.</param>
public sealed record GapTrendView(string Direction, string? Reason, string? Detail, IReadOnlyList<string> Periods, int? Areas);
