namespace WelfareAtlas.Statistics.Funnels;

/// <summary>Funnel-plot control limits and significance for ratios of observed to expected events (reference 1).</summary>
/// <remarks>
/// PHEindicatormethods <c>calculate_funnel_limits(statistic = "ratio")</c> and <c>assign_funnel_significance</c>.
/// The x axis is observed events; at each point the expected count that puts it on a limit comes from
/// <see cref="PoissonFunnel"/> (p = 0.025 and 0.001 per side), and the limit is observed / expected,
/// less 1 (<see cref="RatioType.Count"/>) or × 100 (<see cref="RatioType.IndirectlyStandardisedRatio"/>).
/// Significance compares 1 with the Poisson interval of the observed count divided by the expected count.
/// </remarks>
public static class RatioFunnel
{
    /// <summary>The 100-point control-limit table.</summary>
    /// <param name="records">Each area's observed and expected events.</param>
    /// <param name="ratioType">How the limits are expressed.</param>
    public static StatisticResult<FunnelLimits> Limits(IReadOnlyList<FunnelRecord> records, RatioType ratioType)
    {
        StatisticError? error = Validate(records);
        if (error is not null)
        {
            return StatisticResult<FunnelLimits>.Failure(error);
        }

        double minimum = records.Min(r => r.Denominator);
        double maximum = records.Max(r => r.Denominator);
        double start = maximum > 2 * minimum ? 0 : FunnelAxis.SignificantFloor(minimum);
        double end = FunnelAxis.SignificantCeiling(maximum);
        var points = new List<FunnelPoint>(FunnelAxis.PointCount);
        foreach (double observed in FunnelAxis.Points(start, end, offsetIsIndexMinusOne: true))
        {
            var expected = new FunnelDenominators(
                PoissonFunnel.ExpectedEvents(observed, 0.025, FunnelSide.High),
                PoissonFunnel.ExpectedEvents(observed, 0.025, FunnelSide.Low),
                PoissonFunnel.ExpectedEvents(observed, 0.001, FunnelSide.High),
                PoissonFunnel.ExpectedEvents(observed, 0.001, FunnelSide.Low));
            double Express(double ratio) => ratioType == RatioType.Count ? ratio - 1 : ratio * 100;
            points.Add(new FunnelPoint(
                observed,
                Express(observed / expected.Lower95),
                Express(observed / expected.Upper95),
                Express(observed / expected.Lower998),
                Express(observed / expected.Upper998),
                expected));
        }

        return StatisticResult<FunnelLimits>.Success(new FunnelLimits(null, points));
    }

    /// <summary>Each record's position against the reference ratio 1, in input order.</summary>
    public static StatisticResult<IReadOnlyList<FunnelSignificance>> Significance(IReadOnlyList<FunnelRecord> records)
    {
        StatisticError? error = Validate(records);
        if (error is not null)
        {
            return StatisticResult<IReadOnlyList<FunnelSignificance>>.Failure(error);
        }

        return StatisticResult<IReadOnlyList<FunnelSignificance>>.Success(
            records.Select(r => PoissonSignificance.Assess(r.Numerator, r.Denominator, 1)).ToArray());
    }

    private static StatisticError? Validate(IReadOnlyList<FunnelRecord> records)
    {
        if (records.Count == 0)
        {
            return StatisticError.InsufficientData("a funnel needs at least one record");
        }

        if (records.Any(r => double.IsNaN(r.Numerator) || double.IsNaN(r.Denominator)))
        {
            return StatisticError.InvalidInput("for ratios, observed and expected counts must be provided for all records");
        }

        if (records.Any(r => r.Numerator < 0))
        {
            return StatisticError.InvalidInput("numerators must be greater than or equal to zero");
        }

        return records.Any(r => r.Denominator <= 0) ? StatisticError.InvalidInput("denominators must be greater than zero") : null;
    }
}
