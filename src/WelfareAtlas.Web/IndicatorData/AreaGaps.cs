using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Inequality;
using WelfareAtlas.Statistics.Trends;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.IndicatorData;

/// <summary>The gap between the areas of one type (<see cref="GapView"/>), from the cells one audience sees.</summary>
internal static class AreaGaps
{
    /// <summary>The gap of <paramref name="data"/>'s area type, breakdown and period, and its series and trend.</summary>
    /// <param name="cells">The indicator's cells as the caller may see them.</param>
    /// <param name="areas">The known areas: cells of others are left out, as the data's are.</param>
    /// <param name="data">The chosen level, period and breakdown.</param>
    public static GapView Of(IndicatorCellSet cells, IReadOnlyDictionary<AreaCode, Area> areas, IndicatorDataView data)
    {
        if (data.Indicator.Measure == Measure.Count.ToSlug())
        {
            // The gap between counts is the gap between the areas' sizes, not a difference in welfare.
            return new GapView(
                data.Indicator.Id,
                data.AreaType,
                data.Breakdown,
                data.Period,
                new GapPointView(data.Period, data.Cells.Count(c => c.Value is not null), null, null, null, null, null, null, null, "count"),
                new GapTrendView("cannot-be-calculated", "count", "the indicator is a count: its gap between areas is the gap between their sizes", [], null),
                []);
        }

        AreaType type = AreaTypes.All.First(t => t.ToSlug() == data.AreaType);
        Period chosen = Period.Parse(data.Period);
        List<Period> periods = [.. cells.Periods(type, data.Breakdown).Where(p => p.Kind == chosen.Kind && p <= chosen).Order()];
        List<GapPoint> series = [.. periods.Select(period => PointOf(cells, areas, type, period, data.Breakdown))];
        GapPoint current = series.Count > 0 && series[^1].Period == chosen
            ? series[^1]
            : PointOf(cells, areas, type, chosen, data.Breakdown);
        return new GapView(data.Indicator.Id, data.AreaType, data.Breakdown, data.Period, current.View, TrendOf(series), [.. series.Select(point => point.View)]);
    }

    private static GapPoint PointOf(IndicatorCellSet cells, IReadOnlyDictionary<AreaCode, Area> areas, AreaType type, Period period, string breakdown)
    {
        Dictionary<AreaCode, AreaValue> values = [];
        foreach (StoredCell cell in cells.Level(type, period, breakdown))
        {
            if (areas.ContainsKey(cell.Area) && cell.Estimate is { } estimate && double.IsFinite(estimate.Value))
            {
                values[cell.Area] = new AreaValue(estimate.Value, estimate.Ci95, cell.Denominator);
            }
        }

        string text = period.ToString();
        if (values.Count < AreaGapCalculator.FewestAreas)
        {
            return new GapPoint(period, new GapPointView(text, values.Count, null, null, null, null, null, null, null, "too-few-areas"), null, values);
        }

        // With enough areas, the calculator's one other refusal is values tied across the fifths (the values are finite).
        StatisticResult<AreaGap> result = AreaGapCalculator.Compute([.. values.Values]);
        if (!result.IsSuccess)
        {
            return new GapPoint(period, new GapPointView(text, values.Count, null, null, null, null, null, null, null, "tied"), null, values);
        }

        AreaGap gap = result.Value;
        return new GapPoint(period, new GapPointView(
            text,
            gap.Areas,
            gap.Highest,
            gap.Lowest,
            gap.Gap,
            gap.Gap95 is { } interval ? new IntervalView(interval.Lower, interval.Upper) : null,
            gap.Ratio,
            gap.HighestAreas,
            gap.LowestAreas,
            null), gap, values);
    }

    /// <summary>
    /// The trend of the last five gaps, each computed anew on the areas with a value in all five periods
    /// (<see cref="AreaGapCalculator.SameAreas"/>): disclosure control hides different small counts from one period to the
    /// next, and a gap over other areas is not the same gap. As the cells' trends, a period of the five without a gap
    /// breaks it.
    /// </summary>
    private static GapTrendView TrendOf(List<GapPoint> series)
    {
        List<GapPoint> recent = [.. series.TakeLast(RecentTrend.PointCount)];
        List<string> tested = [.. recent.Select(point => point.View.Period)];
        if (recent.Count < RecentTrend.PointCount)
        {
            return new GapTrendView("cannot-be-calculated", "too-few-periods", $"only {recent.Count} of the {RecentTrend.PointCount} periods a trend needs", tested, null);
        }

        if (recent.FirstOrDefault(point => point.Gap is null) is { View: { } missing })
        {
            return new GapTrendView("cannot-be-calculated", "no-gap", $"no gap for {missing.Period}", tested, null);
        }

        IReadOnlyList<IReadOnlyList<AreaValue>> same = AreaGapCalculator.SameAreas([.. recent.Select(point => (IReadOnlyDictionary<AreaCode, AreaValue>)point.Values)]);
        int compared = same[0].Count;
        if (compared < AreaGapCalculator.FewestAreas)
        {
            return new GapTrendView("cannot-be-calculated", "too-few-same-areas", $"only {compared} areas have a value in all {RecentTrend.PointCount} periods", tested, compared);
        }

        List<(double Period, AreaGap Gap)> gaps = [];
        for (int i = 0; i < recent.Count; i++)
        {
            StatisticResult<AreaGap> gap = AreaGapCalculator.Compute(same[i]);
            if (!gap.IsSuccess)
            {
                return new GapTrendView("cannot-be-calculated", "not-testable", $"{recent[i].View.Period}: {gap.Error.Message}", tested, compared);
            }

            gaps.Add((recent[i].Period.Ordinal, gap.Value));
        }

        if (gaps.Any(point => point.Gap.Gap95 is null))
        {
            return new GapTrendView("cannot-be-calculated", "missing-interval", "a value in the last five periods came without a confidence interval", tested, compared);
        }

        TrendResult trend = AreaGapCalculator.Trend(gaps);
        return trend.Direction switch
        {
            TrendDirection.Decreasing => new GapTrendView("narrowing", null, null, tested, compared),
            TrendDirection.Increasing => new GapTrendView("widening", null, null, tested, compared),
            TrendDirection.NoSignificantChange => new GapTrendView("no-significant-change", null, null, tested, compared),
            _ => new GapTrendView("cannot-be-calculated", "not-testable", trend.Reason, tested, compared),
        };
    }

    /// <summary>One period's gap as shown, the gap itself (<see langword="null"/> without one) and the values it was computed from, by area.</summary>
    private sealed record GapPoint(Period Period, GapPointView View, AreaGap? Gap, Dictionary<AreaCode, AreaValue> Values);
}
