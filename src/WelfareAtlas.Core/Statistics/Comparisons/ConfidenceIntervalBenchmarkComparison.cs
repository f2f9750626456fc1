namespace WelfareAtlas.Statistics.Comparisons;

/// <summary>
/// Compares an area with a benchmark by whether the benchmark's value lies outside the area's confidence
/// interval: the Fingertips "confidence intervals overlapping reference value" method.
/// </summary>
/// <remarks>
/// Public Health England (2018), "Technical guide: confidence intervals", and the Fingertips profile
/// methodology: an area is significantly higher when the benchmark is below its lower limit, lower when the
/// benchmark is above its upper limit, and similar when the benchmark lies within the limits (limits included).
/// With a polarity, higher and lower become better or worse. Edge behaviour: a missing area value, a missing
/// interval at the requested level (e.g. a suppressed DSR, a mean of one value) or a missing benchmark gives
/// <see cref="Significance.NotCompared"/> with the reason.
/// </remarks>
public static class ConfidenceIntervalBenchmarkComparison
{
    private static readonly string NoInterval95 = NoIntervalText(ConfidenceLevel.Percent95);
    private static readonly string NoInterval998 = NoIntervalText(ConfidenceLevel.Percent998);

    /// <summary>Compares <paramref name="area"/> with <paramref name="benchmark"/> at <paramref name="level"/> (95 % or 99.8 %).</summary>
    /// <param name="area">The area's estimate; <see langword="null"/> when it has none.</param>
    /// <param name="benchmark">The benchmark's value on the same scale; <see langword="null"/> or NaN when missing.</param>
    /// <param name="polarity">The indicator's polarity in the profile.</param>
    /// <param name="level">95 % or 99.8 %.</param>
    public static BenchmarkComparison Compare(Estimate? area, double? benchmark, Polarity polarity, ConfidenceLevel level)
    {
        if (area is null || double.IsNaN(area.Value))
        {
            return new BenchmarkComparison(Significance.NotCompared, level, "the area has no value");
        }

        return Compare(area.IntervalAt(level), benchmark, polarity, level);
    }

    /// <summary>Compares at both profile levels at once: (95 %, 99.8 %).</summary>
    public static (BenchmarkComparison At95, BenchmarkComparison At998) CompareBoth(Estimate? area, double? benchmark, Polarity polarity) =>
        (Compare(area, benchmark, polarity, ConfidenceLevel.Percent95), Compare(area, benchmark, polarity, ConfidenceLevel.Percent998));

    /// <summary>Compares an interval (from any source, e.g. a published value with its limits) with a benchmark.</summary>
    /// <param name="interval">The area's interval at <paramref name="level"/>; <see langword="null"/> when missing.</param>
    /// <param name="benchmark">The benchmark's value; <see langword="null"/> or NaN when missing.</param>
    /// <param name="polarity">The indicator's polarity in the profile.</param>
    /// <param name="level">The level of <paramref name="interval"/>.</param>
    public static BenchmarkComparison Compare(Interval? interval, double? benchmark, Polarity polarity, ConfidenceLevel level)
    {
        (Significance significance, string? reason) = Classify(interval, benchmark, polarity, level);
        return new BenchmarkComparison(significance, level, reason);
    }

    /// <summary>
    /// What <see cref="Compare(Interval?, double?, Polarity, ConfidenceLevel)"/> decides, without building its result:
    /// for the compute run, which compares a million cells with two benchmarks at two levels.
    /// </summary>
    /// <returns>The significance, and why the values were not compared (<see langword="null"/> when they were).</returns>
    public static (Significance Significance, string? Reason) Classify(Interval? interval, double? benchmark, Polarity polarity, ConfidenceLevel level)
    {
        if (interval is not Interval limits || double.IsNaN(limits.Lower) || double.IsNaN(limits.Upper))
        {
            return (Significance.NotCompared, NoInterval(level));
        }

        if (benchmark is not double reference || double.IsNaN(reference))
        {
            return (Significance.NotCompared, "the benchmark has no value");
        }

        if (reference < limits.Lower)
        {
            return (Judge(higher: true, polarity), null);
        }

        if (reference > limits.Upper)
        {
            return (Judge(higher: false, polarity), null);
        }

        return (Significance.Similar, null);
    }

    private static string NoInterval(ConfidenceLevel level) =>
        level == ConfidenceLevel.Percent95 ? NoInterval95
        : level == ConfidenceLevel.Percent998 ? NoInterval998
        : NoIntervalText(level);

    private static string NoIntervalText(ConfidenceLevel level) => $"the area has no {level.PercentLabel} % confidence interval";

    private static Significance Judge(bool higher, Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => higher ? Significance.Better : Significance.Worse,
        Polarity.LowerIsBetter => higher ? Significance.Worse : Significance.Better,
        Polarity.NoJudgement => higher ? Significance.Higher : Significance.Lower,
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "Unknown polarity."),
    };
}
