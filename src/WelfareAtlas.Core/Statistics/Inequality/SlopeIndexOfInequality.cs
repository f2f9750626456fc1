using MathNet.Numerics.Distributions;

namespace WelfareAtlas.Statistics.Inequality;

/// <summary>The slope index of inequality (SII) and relative index of inequality (RII), with simulated intervals.</summary>
/// <remarks>
/// <para>Low, A. &amp; Low, A. (2004), "Measuring the gap: quantifying and comparing local health inequalities",
/// J Public Health 26:388-395; as in PHEindicatormethods <c>phe_sii</c> (METHODS.md 1.8). With quantiles sorted
/// ascending, aᵢ = popᵢ / Σpop and bᵢ = Σ_{j&lt;i} aⱼ + aᵢ/2 (the cumulative rank at the quantile's midpoint), the
/// value is regressed on b by least squares weighted by a: y = β0 + β1·b.</para>
/// <para>Without the transform: SII = multiplier·β1, RII = (β0 + β1)/β0, intercept = β0. With the transform
/// (rates on the log scale, proportions on the logit scale): SII = (T⁻¹(β0 + β1) − T⁻¹(β0))·multiplier,
/// RII = T⁻¹(β0 + β1)/T⁻¹(β0), intercept = T⁻¹(β0)·|multiplier|. A negative multiplier inverts the RII.</para>
/// <para>Intervals by Monte-Carlo simulation: each quantile's value is drawn from N(T(value), se) on the value
/// type's scale (identity, log, logit), back-transformed unless the transform is on, and refitted; the limits are
/// the sorted draws at positions round(reps·(1 − c′)) and round(reps·c′), c′ = c + (1 − c)/2. Under the transform
/// the simulated slope limits are mapped back around the fitted mid-point. The standard error, when not given,
/// is (T(upper) − T(lower))/(2·z₀.₉₇₅) from the 95 % interval. The draws come from the injected
/// <see cref="Random"/>, so a seed reproduces the intervals exactly; they agree with the reference's within
/// simulation error (the reference's tests allow 5 %).</para>
/// <para>Edge behaviour, as typed errors: fewer than 5 or more than 100 quantiles, a repeated quantile, a
/// population not above 0, a missing or negative standard error, missing limits, proportions (values or limits)
/// outside 0–1, fewer than 1000 repetitions, the transform on a normal value or with given standard errors.
/// More than 10 quantiles adds the reference's warning. Where the reference flips rate limits for multipliers
/// below 1 (not 0), this uses below 0 for rates too, as for proportions.</para>
/// </remarks>
public static class SlopeIndexOfInequality
{
    /// <summary>The fewest Monte-Carlo repetitions accepted.</summary>
    public const int MinimumRepetitions = 1000;

    /// <summary>The reference's warning for more than 10 quantiles.</summary>
    public const string ManyQuantilesWarning = "WARNING: Small values can make SII unstable when using a large number of quantiles";

    /// <summary>Computes the SII and RII of one population.</summary>
    /// <param name="quantiles">One row per quantile (5 to 100 of them), in any order.</param>
    /// <param name="options">Value type, multiplier, transform, repetitions and levels.</param>
    /// <param name="random">The source of the simulation's draws: seed it for reproducible intervals.</param>
    public static StatisticResult<SlopeIndexResult> Compute(IReadOnlyList<InequalityQuantile> quantiles, SlopeIndexOptions options, Random random)
    {
        StatisticError? error = Validate(quantiles, options);
        if (error is not null)
        {
            return StatisticResult<SlopeIndexResult>.Failure(error);
        }

        InequalityQuantile[] sorted = [.. quantiles.OrderBy(q => q.Quantile)];
        int count = sorted.Length;
        double totalPopulation = sorted.Sum(q => q.Population);
        double[] a = new double[count];
        double[] b = new double[count];
        double cumulative = 0;
        for (int i = 0; i < count; i++)
        {
            a[i] = sorted[i].Population / totalPopulation;
            b[i] = cumulative + (a[i] / 2);
            cumulative += a[i];
        }

        InequalityValueType type = options.ValueType;
        double z95 = ConfidenceLevel.Percent95.Z;
        double[] centre = new double[count];
        double[] standardError = new double[count];
        double[] fitted = new double[count];
        for (int i = 0; i < count; i++)
        {
            centre[i] = Forward(type, sorted[i].Value);
            standardError[i] = sorted[i].StandardError
                ?? (Forward(type, sorted[i].Interval95!.Value.Upper) - Forward(type, sorted[i].Interval95!.Value.Lower)) / z95 / 2;
            fitted[i] = options.Transform ? centre[i] : sorted[i].Value;
        }

        // β = (XᵀWX)⁻¹XᵀW y with X = [1, b] and W = diag(a): precompute each row's weight in β0 and β1.
        double s00 = a.Sum();
        double s01 = 0;
        double s11 = 0;
        for (int i = 0; i < count; i++)
        {
            s01 += a[i] * b[i];
            s11 += a[i] * b[i] * b[i];
        }

        double determinant = (s00 * s11) - (s01 * s01);
        double[] interceptWeights = new double[count];
        double[] slopeWeights = new double[count];
        for (int i = 0; i < count; i++)
        {
            interceptWeights[i] = a[i] * (s11 - (s01 * b[i])) / determinant;
            slopeWeights[i] = a[i] * ((s00 * b[i]) - s01) / determinant;
        }

        (double intercept, double slope) = Fit(fitted, interceptWeights, slopeWeights);
        double multiplier = options.Multiplier;
        bool inverted = multiplier < 0;
        double sii;
        double rii;
        double reportedIntercept;
        if (!options.Transform)
        {
            sii = multiplier * slope;
            rii = (intercept + slope) / intercept;
            reportedIntercept = intercept;
        }
        else
        {
            double top = Inverse(type, intercept + slope);
            double bottom = Inverse(type, intercept);
            sii = (top - bottom) * multiplier;
            rii = top / bottom;
            reportedIntercept = bottom * Math.Abs(multiplier);
        }

        rii = inverted ? 1 / rii : rii;

        // The simulation: slopes (and RIIs) of refits to values drawn around each quantile's value.
        int repetitions = options.Repetitions;
        double[] simulatedSlopes = new double[repetitions];
        double[] simulatedRii = new double[repetitions];
        double[] draw = new double[count];
        for (int r = 0; r < repetitions; r++)
        {
            for (int i = 0; i < count; i++)
            {
                double sample = Normal.Sample(random, centre[i], standardError[i]);
                draw[i] = options.Transform ? sample : Inverse(type, sample);
            }

            (double drawIntercept, double drawSlope) = Fit(draw, interceptWeights, slopeWeights);
            simulatedSlopes[r] = options.Transform ? drawSlope : multiplier * drawSlope;
            double drawRii = (drawIntercept + drawSlope) / drawIntercept;
            simulatedRii[r] = inverted ? 1 / drawRii : drawRii;
        }

        Array.Sort(simulatedSlopes);
        Array.Sort(simulatedRii);
        double midpoint = (intercept + intercept + slope) / 2;
        var intervals = new List<SlopeIndexInterval>(options.Levels.Count);
        foreach (ConfidenceLevel level in options.Levels)
        {
            int lowerIndex = Position(repetitions, 1 - level.UpperTailProbability);
            int upperIndex = Position(repetitions, level.UpperTailProbability);
            if (!options.Transform)
            {
                intervals.Add(new SlopeIndexInterval(
                    level,
                    new Interval(simulatedSlopes[lowerIndex], simulatedSlopes[upperIndex]),
                    new Interval(simulatedRii[lowerIndex], simulatedRii[upperIndex])));
                continue;
            }

            double lowSlope = simulatedSlopes[lowerIndex];
            double highSlope = simulatedSlopes[upperIndex];
            double bottomLow = Inverse(type, midpoint - (lowSlope / 2));
            double topLow = Inverse(type, midpoint + (lowSlope / 2));
            double bottomHigh = Inverse(type, midpoint - (highSlope / 2));
            double topHigh = Inverse(type, midpoint + (highSlope / 2));
            intervals.Add(inverted
                ? new SlopeIndexInterval(
                    level,
                    new Interval((topHigh - bottomHigh) * multiplier, (topLow - bottomLow) * multiplier),
                    new Interval(bottomHigh / topHigh, bottomLow / topLow))
                : new SlopeIndexInterval(
                    level,
                    new Interval((topLow - bottomLow) * multiplier, (topHigh - bottomHigh) * multiplier),
                    new Interval(topLow / bottomLow, topHigh / bottomHigh)));
        }

        List<string> warnings = count > 10 ? [ManyQuantilesWarning] : [];
        return StatisticResult<SlopeIndexResult>.Success(new SlopeIndexResult(sii, rii, reportedIntercept, intervals, warnings));
    }

    private static (double Intercept, double Slope) Fit(double[] values, double[] interceptWeights, double[] slopeWeights)
    {
        double intercept = 0;
        double slope = 0;
        for (int i = 0; i < values.Length; i++)
        {
            intercept += interceptWeights[i] * values[i];
            slope += slopeWeights[i] * values[i];
        }

        return (intercept, slope);
    }

    /// <summary>R's 1-based position round(reps · p) (half to even), as a 0-based index kept within the draws.</summary>
    private static int Position(int repetitions, double probability)
    {
        int position = (int)Math.Round(repetitions * probability, MidpointRounding.ToEven);
        return Math.Clamp(position, 1, repetitions) - 1;
    }

    private static double Forward(InequalityValueType type, double value) => type switch
    {
        InequalityValueType.Rate => Math.Log(value),
        InequalityValueType.Proportion => Math.Log(value / (1 - value)),
        _ => value,
    };

    private static double Inverse(InequalityValueType type, double value) => type switch
    {
        InequalityValueType.Rate => Math.Exp(value),
        InequalityValueType.Proportion => Math.Exp(value) / (1 + Math.Exp(value)),
        _ => value,
    };

    private static StatisticError? Validate(IReadOnlyList<InequalityQuantile> quantiles, SlopeIndexOptions options)
    {
        if (options.Repetitions < MinimumRepetitions)
        {
            return StatisticError.InvalidArgument("number of repetitions must be 1000 or greater. Default is 100,000");
        }

        if (!double.IsFinite(options.Multiplier) || options.Multiplier == 0)
        {
            return StatisticError.InvalidArgument("multiplier must be a number other than 0");
        }

        if (options.Levels.Count == 0)
        {
            return StatisticError.InvalidArgument("at least one confidence level is needed");
        }

        if (options.Transform && options.ValueType == InequalityValueType.Normal)
        {
            return StatisticError.InvalidArgument("value_type should be 1 or 2 when transform is true");
        }

        if (options.Transform && quantiles.Any(q => q.StandardError is not null))
        {
            return StatisticError.InvalidArgument("function phe_sii requires se to be missing when transform is true");
        }

        if (options.Transform && quantiles.Any(q => q.Interval95 is null))
        {
            return StatisticError.InvalidInput("function phe_sii requires lower_cl and upper_cl fields when transform is true");
        }

        if (quantiles.Any(q => q.StandardError is null && q.Interval95 is null))
        {
            return StatisticError.InvalidInput("function phe_sii requires either lower_cl and upper_cl fields, or se field");
        }

        int distinct = quantiles.Select(q => q.Quantile).Distinct().Count();
        if (distinct < 5 || distinct > 100)
        {
            return StatisticError.InvalidInput("Number of quantiles must be between 5 and 100");
        }

        if (distinct != quantiles.Count)
        {
            return StatisticError.InvalidInput("each quantile must appear once");
        }

        if (quantiles.Any(q => !(q.Population > 0) || double.IsInfinity(q.Population)))
        {
            return StatisticError.InvalidInput("some groups have a zero, negative or missing population");
        }

        if (quantiles.Any(q => q.StandardError is double se && !(se >= 0)))
        {
            return StatisticError.InvalidInput("negative or missing standard errors in input dataset");
        }

        if (quantiles.Any(q => q.StandardError is null && q.Interval95 is Interval cl && (double.IsNaN(cl.Lower) || double.IsNaN(cl.Upper))))
        {
            return StatisticError.InvalidInput("missing lower or upper confidence limits in input dataset");
        }

        if (quantiles.Any(q => double.IsNaN(q.Value)))
        {
            return StatisticError.InvalidInput("function phe_sii requires value field, or x field if indicator is a proportion of population");
        }

        return options.ValueType switch
        {
            // 0 and 1 themselves have no logit, so they are rejected too.
            InequalityValueType.Proportion when quantiles.Any(q => !(q.Value > 0 && q.Value < 1)) =>
                StatisticError.InvalidInput("value proportions are not all between 0 and 1"),
            InequalityValueType.Proportion when quantiles.Any(q => q.StandardError is null && q.Interval95 is Interval cl && !(cl.Lower > 0 && cl.Upper < 1)) =>
                StatisticError.InvalidInput("confidence limit proportions are not all between 0 and 1"),
            InequalityValueType.Rate when quantiles.Any(q => !(q.Value > 0)) =>
                StatisticError.InvalidInput("rates must be greater than zero (they are modelled on the log scale)"),
            _ => null,
        };
    }
}
