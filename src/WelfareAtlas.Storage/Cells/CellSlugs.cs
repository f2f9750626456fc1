using WelfareAtlas.Statistics;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.Storage.Cells;

/// <summary>The store's text for the enumerations of a cell; the same words the API uses.</summary>
public static class CellSlugs
{
    /// <summary><c>higher</c>, <c>similar</c>, <c>lower</c>, <c>better</c>, <c>worse</c> or <c>not-compared</c>.</summary>
    public static string ToSlug(this Significance significance) => significance switch
    {
        Significance.Higher => "higher",
        Significance.Lower => "lower",
        Significance.Similar => "similar",
        Significance.Better => "better",
        Significance.Worse => "worse",
        _ => "not-compared",
    };

    /// <summary><c>increasing</c>, <c>decreasing</c>, <c>no-significant-change</c> or <c>cannot-be-calculated</c>.</summary>
    public static string ToSlug(this TrendDirection direction) => direction switch
    {
        TrendDirection.Increasing => "increasing",
        TrendDirection.Decreasing => "decreasing",
        TrendDirection.NoSignificantChange => "no-significant-change",
        _ => "cannot-be-calculated",
    };

    /// <summary>Kebab-case of the method's name: <c>wilson</c>, <c>exact-poisson</c>, <c>source-given</c>, ...</summary>
    public static string ToSlug(this IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "wilson",
        IntervalMethod.ExactPoisson => "exact-poisson",
        IntervalMethod.Byars => "byars",
        IntervalMethod.Dobson => "dobson",
        IntervalMethod.DobsonNonIndependent => "dobson-non-independent",
        IntervalMethod.StudentT => "student-t",
        IntervalMethod.SourceGiven => "source-given",
        _ => "none",
    };

    /// <summary><c>suppressed</c> (by the source), <c>missing</c> or <c>invalid</c> (counts the method rejects).</summary>
    public static string ToNoValueSlug(this StatisticErrorKind kind) => kind switch
    {
        StatisticErrorKind.Suppressed => "suppressed",
        StatisticErrorKind.MissingValue => "missing",
        _ => "invalid",
    };

    /// <summary>Reads a significance written by <see cref="ToSlug(Significance)"/>.</summary>
    public static Significance ParseSignificance(string slug) => slug switch
    {
        "higher" => Significance.Higher,
        "lower" => Significance.Lower,
        "similar" => Significance.Similar,
        "better" => Significance.Better,
        "worse" => Significance.Worse,
        "not-compared" => Significance.NotCompared,
        _ => throw new StoreException($"A cell in the store has an unknown comparison '{slug}'."),
    };

    /// <summary>Reads a trend written by <see cref="ToSlug(TrendDirection)"/>.</summary>
    public static TrendDirection ParseTrend(string slug) => slug switch
    {
        "increasing" => TrendDirection.Increasing,
        "decreasing" => TrendDirection.Decreasing,
        "no-significant-change" => TrendDirection.NoSignificantChange,
        "cannot-be-calculated" => TrendDirection.CannotBeCalculated,
        _ => throw new StoreException($"A cell in the store has an unknown trend '{slug}'."),
    };

    /// <summary>Reads an interval method written by <see cref="ToSlug(IntervalMethod)"/>.</summary>
    public static IntervalMethod ParseIntervalMethod(string slug) =>
        Enum.GetValues<IntervalMethod>().FirstOrDefault(method => method.ToSlug() == slug, IntervalMethod.None);
}
