namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>A crude rate x / n × multiplier with Poisson intervals: exact below 10 events, Byars from 10.</summary>
/// <remarks>
/// PHEindicatormethods <c>phe_rate</c>. The limits are the Poisson limits of x (see <see cref="PoissonInterval"/>)
/// divided by n and multiplied. Checks: x ≥ 0, n &gt; 0. x &gt; n is allowed (a rate can exceed its
/// population, e.g. repeat admissions). A missing (NaN) x or n gives <see cref="StatisticErrorKind.MissingValue"/>.
/// Also the primitive for counts: with n = 1 and multiplier 1 the limits are those of the count itself.
/// </remarks>
public static class CrudeRate
{
    /// <summary>The default multiplier: per 100 000.</summary>
    public const double DefaultMultiplier = 100_000;

    /// <summary>Computes the rate and its intervals.</summary>
    /// <param name="numerator">x: events, ≥ 0.</param>
    /// <param name="denominator">n: population or person-years, &gt; 0.</param>
    /// <param name="multiplier">Scale, e.g. 100 000 for a rate per 100 000; &gt; 0.</param>
    public static StatisticResult<Estimate> Compute(double numerator, double denominator, double multiplier = DefaultMultiplier) =>
        Compute(numerator, denominator, multiplier, memo: null);

    /// <summary>As <see cref="Compute(double, double, double)"/>, with the event-scale limits from <paramref name="memo"/> when given.</summary>
    internal static StatisticResult<Estimate> Compute(double numerator, double denominator, double multiplier, PoissonIntervalMemo? memo)
    {
        StatisticError? error = Validate(numerator, denominator, multiplier);
        if (error is not null)
        {
            return StatisticResult<Estimate>.Failure(error);
        }

        double scale = multiplier / denominator;
        (Interval events95, Interval events998) = memo?.Of(numerator) ?? PoissonIntervalMemo.Both(numerator);
        Interval ci95 = events95.Scale(scale);
        Interval ci998 = events998.Scale(scale);
        return StatisticResult<Estimate>.Success(
            new Estimate(numerator / denominator * multiplier, ci95, ci998, PoissonInterval.MethodFor(numerator)));
    }

    /// <summary>
    /// Rate intervals for many cells at one level into caller-owned spans, with the exact limits of the
    /// integer counts 0–9 taken from <paramref name="table"/>: the hot path for whole profiles.
    /// </summary>
    /// <param name="numerators">x per cell (validated beforehand).</param>
    /// <param name="denominators">n per cell (validated beforehand), the same length.</param>
    /// <param name="multiplier">Scale of the output.</param>
    /// <param name="table">Precomputed exact limits at the wanted level.</param>
    /// <param name="lower">Receives the lower limits.</param>
    /// <param name="upper">Receives the upper limits.</param>
    public static void ComputeMany(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        double multiplier,
        ExactPoissonTable table,
        Span<double> lower,
        Span<double> upper)
    {
        int count = numerators.Length;
        if (denominators.Length != count || lower.Length != count || upper.Length != count)
        {
            throw new ArgumentException("All spans must have the same length.", nameof(denominators));
        }

        double z = table.Level.Z;
        ReadOnlySpan<double> exactLower = table.Lower;
        ReadOnlySpan<double> exactUpper = table.Upper;
        for (int i = 0; i < count; i++)
        {
            double x = numerators[i];
            double scale = multiplier / denominators[i];
            if (x >= PoissonInterval.ExactBelow)
            {
                lower[i] = Byars.LowerUnchecked(x, z) * scale;
                upper[i] = Byars.UpperUnchecked(x, z) * scale;
            }
            else
            {
                int events = (int)x;
                if (events == x)
                {
                    lower[i] = exactLower[events] * scale;
                    upper[i] = exactUpper[events] * scale;
                }
                else
                {
                    // A non-integer count (e.g. a weighted one) has no precomputed entry.
                    lower[i] = ExactPoisson.Lower(x, table.Level) * scale;
                    upper[i] = ExactPoisson.Upper(x, table.Level) * scale;
                }
            }
        }
    }

    /// <summary>Why x, n and the multiplier cannot give a rate; <see langword="null"/> when they can.</summary>
    public static StatisticError? Validate(double numerator, double denominator, double multiplier)
    {
        if (double.IsNaN(numerator) || double.IsNaN(denominator))
        {
            return StatisticError.MissingValue("numerator or denominator is missing");
        }

        if (numerator < 0)
        {
            return StatisticError.InvalidInput("numerators must be greater than or equal to zero");
        }

        if (denominator <= 0)
        {
            return StatisticError.InvalidInput("denominators must be greater than zero");
        }

        if (double.IsInfinity(numerator) || double.IsInfinity(denominator))
        {
            return StatisticError.InvalidInput("numerators and denominators must be finite");
        }

        return Proportion.ValidateMultiplier(multiplier);
    }
}
