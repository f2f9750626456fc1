using WelfareAtlas.Statistics.Quantiles;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.Statistics.Inequality;

/// <summary>
/// How far apart the areas of one type are: the gap and ratio between the fifth of areas with the highest values and the
/// fifth with the lowest (<see cref="Compute"/>), and whether that gap is narrowing (<see cref="Trend"/>). Without a
/// polarity: which end is the better one is the profile's word, so the gap is the same for every profile.
/// </summary>
/// <remarks>
/// <para>The areas are ranked into fifths by <see cref="QuantileAssigner"/> (the reference's rule, ties sharing a fifth,
/// fifth 1 the highest), as the cells' quintiles are. A fifth's value is the mean of its areas' values weighted by their
/// populations, which for a rate or proportion is the pooled value of the fifth (Σ numerators / Σ denominators); with a
/// population missing for any area, every area weighs the same. <see cref="QuintileGapCalculator"/> is the same
/// comparison named by an indicator's polarity (best and worst), without an interval.</para>
/// <para>The interval: each area's standard error is its 95 % interval's width / (2 × 1.96); a fifth's variance is
/// Σ wᵢ² seᵢ² / (Σ wᵢ)², the gap's the sum of both fifths', and its 95 % interval gap ± 1.96 se. It takes the fifths as
/// given: the areas were sorted into them by the very values measured, so chance alone places areas with a high
/// chance value at the top, and the gap of observed values is somewhat wider than that of the areas' true values, the
/// more so the smaller the areas. The interval does not cover that; comparisons of the gap over time (the same areas,
/// similar sizes) are less affected than its level.</para>
/// <para>Pure: the same values give the same gap.</para>
/// </remarks>
public static class AreaGapCalculator
{
    /// <summary>The fewest areas with a value that have a gap: one for each fifth.</summary>
    public const int FewestAreas = Fifths;

    private const int Fifths = 5;

    /// <summary>The gap between the highest and the lowest fifth of <paramref name="areas"/>.</summary>
    /// <param name="areas">One value per area with a value, in any order.</param>
    /// <returns>The gap, or why there is none: fewer than five areas, values that do not spread over five fifths, a value that is not a number.</returns>
    public static StatisticResult<AreaGap> Compute(IReadOnlyList<AreaValue> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (areas.Any(area => !double.IsFinite(area.Value)))
        {
            return StatisticResult<AreaGap>.Failure(StatisticError.InvalidInput("every area's value must be a finite number"));
        }

        double[] values = [.. areas.Select(area => area.Value)];
        QuantileAssignment assignment = QuantileAssigner.Assign(values, Fifths, invert: true).GetValueOrThrow();
        if (assignment.Warning is not null)
        {
            return StatisticResult<AreaGap>.Failure(StatisticError.InsufficientData(
                $"only {areas.Count} areas have a value: the highest and the lowest fifth need at least five"));
        }

        bool weighted = areas.All(area => area.Population is > 0 && double.IsFinite(area.Population.Value));
        Fifth highest = FifthOf(areas, assignment, 1, weighted);
        Fifth lowest = FifthOf(areas, assignment, Fifths, weighted);
        if (highest.Areas == 0 || lowest.Areas == 0)
        {
            return StatisticResult<AreaGap>.Failure(StatisticError.InsufficientData(
                "the areas' values are tied so that they do not spread over five fifths"));
        }

        double gap = highest.Value - lowest.Value;
        Interval? gap95 = highest.Variance is { } high && lowest.Variance is { } low
            ? new Interval(gap - (ConfidenceLevel.Percent95.Z * Math.Sqrt(high + low)), gap + (ConfidenceLevel.Percent95.Z * Math.Sqrt(high + low)))
            : null;
        return StatisticResult<AreaGap>.Success(new AreaGap(
            highest.Value,
            lowest.Value,
            gap,
            lowest.Value > 0 ? highest.Value / lowest.Value : null,
            gap95,
            highest.Areas,
            lowest.Areas,
            areas.Count));
    }

    /// <summary>
    /// Whether the gap is narrowing: the recent trend (<see cref="RecentTrend.ForValues"/>, at 99.8 % as the cells'
    /// trends) of the last five gaps of <paramref name="series"/>. <see cref="TrendDirection.Decreasing"/> is a narrowing
    /// gap, <see cref="TrendDirection.Increasing"/> a widening one.
    /// </summary>
    /// <param name="series">The gaps by period: each period's position on a time axis of one period length (months with months), in any order.</param>
    public static TrendResult Trend(IReadOnlyList<(double Period, AreaGap Gap)> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        List<(double Period, AreaGap Gap)> recent = [.. series.OrderBy(point => point.Period).TakeLast(RecentTrend.PointCount)];
        if (recent.Count == RecentTrend.PointCount && recent.Any(point => point.Gap.Gap95 is null))
        {
            return new TrendResult(TrendDirection.CannotBeCalculated, null, null, "a gap in the last five periods has no interval: an area's value came without one");
        }

        return RecentTrend.ForValues(
            [.. recent.Select(point => new ValueTrendPoint(point.Period, point.Gap.Gap, point.Gap.Gap95!.Value))],
            ConfidenceLevel.Percent95);
    }

    /// <summary>
    /// The values of the areas that have one in every period of <paramref name="periods"/>, period by period in the
    /// same order of areas: what the gap's trend compares, so that a change in which areas have a value (disclosure
    /// control hides different small counts from one period to the next) does not pass for a change in the gap.
    /// </summary>
    /// <typeparam name="TArea">What tells the areas apart (their codes).</typeparam>
    /// <param name="periods">Each period's values by area.</param>
    /// <returns>One list per period, each with the same areas in the same order (their order in the first period).</returns>
    public static IReadOnlyList<IReadOnlyList<AreaValue>> SameAreas<TArea>(IReadOnlyList<IReadOnlyDictionary<TArea, AreaValue>> periods)
        where TArea : notnull
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            return [];
        }

        List<TArea> common = [.. periods[0].Keys.Where(area => periods.All(period => period.ContainsKey(area)))];
        return [.. periods.Select(period => (IReadOnlyList<AreaValue>)[.. common.Select(area => period[area])])];
    }

    private static Fifth FifthOf(IReadOnlyList<AreaValue> areas, QuantileAssignment assignment, int fifth, bool weighted)
    {
        double sum = 0;
        double weights = 0;
        double variance = 0;
        bool hasVariance = true;
        int count = 0;
        for (int i = 0; i < areas.Count; i++)
        {
            if (assignment.Quantiles[i] != fifth)
            {
                continue;
            }

            AreaValue area = areas[i];
            double weight = weighted ? area.Population!.Value : 1;
            sum += weight * area.Value;
            weights += weight;
            count++;
            if (area.Ci95 is { } interval && double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper))
            {
                double standardError = (interval.Upper - interval.Lower) / (2 * ConfidenceLevel.Percent95.Z);
                variance += weight * weight * standardError * standardError;
            }
            else
            {
                hasVariance = false;
            }
        }

        return count == 0
            ? new Fifth(double.NaN, null, 0)
            : new Fifth(sum / weights, hasVariance ? variance / (weights * weights) : null, count);
    }

    private readonly record struct Fifth(double Value, double? Variance, int Areas);
}
