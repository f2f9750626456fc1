namespace WelfareAtlas.Statistics.Funnels;

/// <summary>Funnel-plot control limits and significance for proportions (Wilson score limits around the average).</summary>
/// <remarks>
/// Fingertips technical guidance on funnel plots; PHEindicatormethods <c>calculate_funnel_limits</c>,
/// <c>assign_funnel_significance</c> and <c>sigma_adjustment</c>. For population N, overall average π and
/// z = Φ⁻¹(p) with p = 0.975 (95 %) or 0.999 (99.8 %), the limits are the proportions whose Wilson interval
/// just reaches π: ((π(N/z² + 1)) ∓ √(…)/8) / (1/z² + 1/N) / N × multiplier. In the limits table the lower
/// limit is clipped at 0 and the upper at 100 whatever the multiplier, as in the reference.
/// Every record needs a numerator and a denominator (0 allowed for the numerator).
/// </remarks>
public static class ProportionFunnel
{
    private const double UpperClip = 100;

    /// <summary>The control limit for a population of <paramref name="population"/> around <paramref name="average"/>.</summary>
    /// <param name="population">N &gt; 0.</param>
    /// <param name="average">π: the overall proportion, 0–1.</param>
    /// <param name="level">95 % or 99.8 % (any level is accepted).</param>
    /// <param name="upper">The upper limit when true, the lower when false.</param>
    /// <param name="multiplier">Scale of the output (100 for percentages).</param>
    public static double ControlLimit(double population, double average, ConfidenceLevel level, bool upper, double multiplier = 1)
    {
        double zSquared = level.Z * level.Z;
        double firstPart = average * ((population / zSquared) + 1);
        double root = Math.Sqrt(
            Math.Pow(-8 * firstPart, 2)
            - (64 * ((1 / zSquared) + (1 / population)) * average
               * ((population * ((average * ((population / zSquared) + 2)) - 1)) + (zSquared * (average - 1)))));
        double lastPart = (1 / zSquared) + (1 / population);
        double limit = upper ? (firstPart + (root / 8)) / lastPart : (firstPart - (root / 8)) / lastPart;
        return limit / population * multiplier;
    }

    /// <summary>The 100-point control-limit table for the records' average.</summary>
    /// <param name="records">Every area's numerator and denominator.</param>
    /// <param name="multiplier">Scale of the limits (100 for percentages).</param>
    public static StatisticResult<FunnelLimits> Limits(IReadOnlyList<FunnelRecord> records, double multiplier = 100)
    {
        StatisticError? error = Validate(records);
        if (error is not null)
        {
            return StatisticResult<FunnelLimits>.Failure(error);
        }

        double average = records.Sum(r => r.Numerator) / records.Sum(r => r.Denominator);
        double minimum = records.Min(r => r.Denominator);
        double maximum = records.Max(r => r.Denominator);
        double start = maximum > 2 * minimum ? 0 : FunnelAxis.SignificantFloor(minimum);
        double end = FunnelAxis.SignificantCeiling(maximum);
        var points = new List<FunnelPoint>(FunnelAxis.PointCount);
        foreach (double population in FunnelAxis.Points(start, end, offsetIsIndexMinusOne: false))
        {
            points.Add(new FunnelPoint(
                population,
                Math.Max(0, ControlLimit(population, average, ConfidenceLevel.Percent95, upper: false, multiplier)),
                Math.Min(UpperClip, ControlLimit(population, average, ConfidenceLevel.Percent95, upper: true, multiplier)),
                Math.Max(0, ControlLimit(population, average, ConfidenceLevel.Percent998, upper: false, multiplier)),
                Math.Min(UpperClip, ControlLimit(population, average, ConfidenceLevel.Percent998, upper: true, multiplier))));
        }

        return StatisticResult<FunnelLimits>.Success(new FunnelLimits(average * multiplier, points));
    }

    /// <summary>Each record's position against the limits around the records' average, in input order.</summary>
    public static StatisticResult<IReadOnlyList<FunnelSignificance>> Significance(IReadOnlyList<FunnelRecord> records)
    {
        StatisticError? error = Validate(records);
        if (error is not null)
        {
            return StatisticResult<IReadOnlyList<FunnelSignificance>>.Failure(error);
        }

        double average = records.Sum(r => r.Numerator) / records.Sum(r => r.Denominator);
        var result = new FunnelSignificance[records.Count];
        for (int i = 0; i < records.Count; i++)
        {
            double n = records[i].Denominator;
            double proportion = records[i].Numerator / n;
            result[i] =
                proportion < ControlLimit(n, average, ConfidenceLevel.Percent998, upper: false) ? FunnelSignificance.LowAt998
                : proportion < ControlLimit(n, average, ConfidenceLevel.Percent95, upper: false) ? FunnelSignificance.LowAt95
                : proportion > ControlLimit(n, average, ConfidenceLevel.Percent998, upper: true) ? FunnelSignificance.HighAt998
                : proportion > ControlLimit(n, average, ConfidenceLevel.Percent95, upper: true) ? FunnelSignificance.HighAt95
                : FunnelSignificance.NotSignificant;
        }

        return StatisticResult<IReadOnlyList<FunnelSignificance>>.Success(result);
    }

    private static StatisticError? Validate(IReadOnlyList<FunnelRecord> records)
    {
        if (records.Count == 0)
        {
            return StatisticError.InsufficientData("a funnel needs at least one record");
        }

        if (records.Any(r => double.IsNaN(r.Numerator) || double.IsNaN(r.Denominator)))
        {
            return StatisticError.InvalidInput(
                "for proportions, numerators and denominators must be provided for all records, even when their values are zero");
        }

        if (records.Any(r => r.Numerator < 0))
        {
            return StatisticError.InvalidInput("numerators must be greater than or equal to zero");
        }

        if (records.Any(r => r.Denominator <= 0))
        {
            return StatisticError.InvalidInput("denominators must be greater than zero");
        }

        return records.Any(r => r.Numerator > r.Denominator)
            ? StatisticError.InvalidInput("numerators must be less than or equal to denominator for a proportion statistic")
            : null;
    }
}
