namespace WelfareAtlas.Statistics.Funnels;

/// <summary>Funnel-plot control limits, significance and plotting points for crude and directly standardised rates.</summary>
/// <remarks>
/// PHEindicatormethods <c>calculate_funnel_limits(statistic = "rate")</c>, <c>assign_funnel_significance</c> and
/// <c>calculate_funnel_points</c>. Each area's population is derived as multiplier × events / rate (for a crude
/// rate with no events, its given denominator; for a DSR with no events, none). The baseline is
/// Σ events / Σ derived population. The x axis is events; at each point the population that puts it on a limit
/// is the Poisson funnel's expected count (<see cref="PoissonFunnel"/>) divided by the baseline, and the limit is
/// events / population × multiplier. Significance compares the baseline with the Poisson interval of each
/// area's events over its derived population; a DSR from fewer than 10 events is not assessed.
/// </remarks>
public static class RateFunnel
{
    private const double DsrMinimumEvents = 10;

    /// <summary>The 100-point control-limit table.</summary>
    /// <param name="records">Each area's events, rate and (for areas without events) population.</param>
    /// <param name="rateType">Crude or directly standardised.</param>
    /// <param name="multiplier">The rate's multiplier (e.g. 100 000).</param>
    /// <param name="yearsOfData">How many years the counts cover, &gt; 0; populations are shown per year.</param>
    public static StatisticResult<FunnelLimits> Limits(
        IReadOnlyList<RateFunnelRecord> records,
        RateType rateType,
        double multiplier,
        double yearsOfData)
    {
        StatisticError? error = Validate(records, multiplier) ?? ValidateYears(yearsOfData);
        if (error is not null)
        {
            return StatisticResult<FunnelLimits>.Failure(error);
        }

        double[] derived = DerivedDenominators(records, rateType, multiplier);
        double average = Average(records, derived);
        double[] known = derived.Where(d => !double.IsNaN(d)).ToArray();
        double minimum = known.Min();
        double maximum = known.Max();
        double start = maximum > 2 * minimum ? 0 : FunnelAxis.SignificantFloor(minimum / yearsOfData) * yearsOfData;
        double end = FunnelAxis.SignificantCeiling(maximum / yearsOfData) * yearsOfData;
        start = Math.Floor(start * average);
        end = Math.Ceiling(end * average);

        var points = new List<FunnelPoint>(FunnelAxis.PointCount);
        foreach (double events in FunnelAxis.Points(start, end, offsetIsIndexMinusOne: false))
        {
            double lower95 = PoissonFunnel.ExpectedEvents(events, 0.025, FunnelSide.High) / average;
            double upper95 = PoissonFunnel.ExpectedEvents(events, 0.025, FunnelSide.Low) / average;
            double lower998 = PoissonFunnel.ExpectedEvents(events, 0.001, FunnelSide.High) / average;
            double upper998 = PoissonFunnel.ExpectedEvents(events, 0.001, FunnelSide.Low) / average;
            points.Add(new FunnelPoint(
                events,
                events / lower95 * multiplier,
                events / upper95 * multiplier,
                events / lower998 * multiplier,
                events / upper998 * multiplier,
                new FunnelDenominators(lower95 / yearsOfData, upper95 / yearsOfData, lower998 / yearsOfData, upper998 / yearsOfData)));
        }

        return StatisticResult<FunnelLimits>.Success(new FunnelLimits(average * multiplier, points));
    }

    /// <summary>Each record's position against the baseline, in input order.</summary>
    public static StatisticResult<IReadOnlyList<FunnelSignificance>> Significance(
        IReadOnlyList<RateFunnelRecord> records,
        RateType rateType,
        double multiplier)
    {
        StatisticError? error = Validate(records, multiplier);
        if (error is not null)
        {
            return StatisticResult<IReadOnlyList<FunnelSignificance>>.Failure(error);
        }

        double[] derived = DerivedDenominators(records, rateType, multiplier);
        double average = Average(records, derived);
        var result = new FunnelSignificance[records.Count];
        for (int i = 0; i < records.Count; i++)
        {
            result[i] = rateType == RateType.DirectlyStandardised && records[i].Events < DsrMinimumEvents
                ? FunnelSignificance.NotApplicableFewEvents
                : PoissonSignificance.Assess(records[i].Events, derived[i], average);
        }

        return StatisticResult<IReadOnlyList<FunnelSignificance>>.Success(result);
    }

    /// <summary>Where each area is drawn: its rate and population per year (none for a DSR from fewer than 10 events).</summary>
    public static StatisticResult<IReadOnlyList<RateFunnelPoint>> Points(
        IReadOnlyList<RateFunnelRecord> records,
        RateType rateType,
        double multiplier,
        double yearsOfData)
    {
        StatisticError? error = ValidateZeroEvents(records) ?? ValidateYears(yearsOfData) ?? ValidateMultiplier(multiplier);
        if (error is not null)
        {
            return StatisticResult<IReadOnlyList<RateFunnelPoint>>.Failure(error);
        }

        var result = new RateFunnelPoint[records.Count];
        for (int i = 0; i < records.Count; i++)
        {
            RateFunnelRecord record = records[i];
            if (rateType == RateType.DirectlyStandardised)
            {
                result[i] = record.Events < DsrMinimumEvents
                    ? new RateFunnelPoint(null, null)
                    : new RateFunnelPoint(record.Rate, multiplier * record.Events / record.Rate / yearsOfData);
            }
            else
            {
                double population = record.Events == 0 && record.Denominator is double given
                    ? given
                    : multiplier * record.Events / record.Rate;
                result[i] = new RateFunnelPoint(record.Rate, population / yearsOfData);
            }
        }

        return StatisticResult<IReadOnlyList<RateFunnelPoint>>.Success(result);
    }

    private static double[] DerivedDenominators(IReadOnlyList<RateFunnelRecord> records, RateType rateType, double multiplier)
    {
        var derived = new double[records.Count];
        for (int i = 0; i < records.Count; i++)
        {
            RateFunnelRecord record = records[i];
            derived[i] = record.Events != 0
                ? multiplier * record.Events / record.Rate
                : rateType == RateType.DirectlyStandardised ? double.NaN : record.Denominator ?? double.NaN;
        }

        return derived;
    }

    private static double Average(IReadOnlyList<RateFunnelRecord> records, double[] derived) =>
        records.Sum(r => r.Events) / derived.Where(d => !double.IsNaN(d)).Sum();

    private static StatisticError? Validate(IReadOnlyList<RateFunnelRecord> records, double multiplier)
    {
        if (records.Count == 0)
        {
            return StatisticError.InsufficientData("a funnel needs at least one record");
        }

        if (records.Any(r => double.IsNaN(r.Events)))
        {
            return StatisticError.InvalidInput("for rates, numerators must be provided for all records, even when their values are zero");
        }

        if (records.Any(r => double.IsNaN(r.Rate) && (r.Denominator is null || double.IsNaN(r.Denominator.Value))))
        {
            return StatisticError.InvalidInput("for rates, rates must be provided for all records, or a denominator must be provided if the rate is zero");
        }

        StatisticError? error = ValidateZeroEvents(records) ?? ValidateMultiplier(multiplier);
        if (error is not null)
        {
            return error;
        }

        if (records.Any(r => r.Events < 0))
        {
            return StatisticError.InvalidInput("numerators must be greater than or equal to zero");
        }

        return records.Any(r => r.Denominator <= 0) ? StatisticError.InvalidInput("denominators must be greater than zero") : null;
    }

    private static StatisticError? ValidateZeroEvents(IReadOnlyList<RateFunnelRecord> records)
    {
        foreach (RateFunnelRecord record in records.Where(r => r.Events == 0))
        {
            if (record.Denominator is not double denominator)
            {
                return StatisticError.InvalidInput(
                    "for rates, where there are 0 events for a record, the denominator field needs to be provided using the denominator argument");
            }

            if (!(denominator > 0))
            {
                return StatisticError.InvalidInput("for rates, where there are 0 events for a record, the denominator must be provided");
            }
        }

        return null;
    }

    private static StatisticError? ValidateYears(double yearsOfData) =>
        double.IsFinite(yearsOfData) && yearsOfData > 0 ? null : StatisticError.InvalidArgument("years of data must be greater than zero");

    private static StatisticError? ValidateMultiplier(double multiplier) =>
        double.IsFinite(multiplier) && multiplier > 0 ? null : StatisticError.InvalidArgument("multiplier must be greater than 0");
}
