namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>A proportion x / n with Wilson score intervals at 95 % and 99.8 %.</summary>
/// <remarks>
/// PHEindicatormethods <c>phe_proportion</c>: value = x / n × multiplier and the Wilson limits (see
/// <see cref="WilsonScore"/>) times the multiplier. Checks in the reference's order: x ≥ 0, n &gt; 0, x ≤ n.
/// A missing (NaN) x or n gives a <see cref="StatisticErrorKind.MissingValue"/> result, as NA propagates
/// in the reference.
/// </remarks>
public static class Proportion
{
    /// <summary>Computes the proportion and its intervals.</summary>
    /// <param name="numerator">x: cases, 0 ≤ x ≤ n; need not be an integer.</param>
    /// <param name="denominator">n: the population, &gt; 0.</param>
    /// <param name="multiplier">Scale of the output: 1 for a proportion, 100 for a percentage; &gt; 0.</param>
    public static StatisticResult<Estimate> Compute(double numerator, double denominator, double multiplier = 1)
    {
        StatisticError? error = Validate(numerator, denominator, multiplier);
        if (error is not null)
        {
            return StatisticResult<Estimate>.Failure(error);
        }

        Interval ci95 = WilsonScore.Compute(numerator, denominator, ConfidenceLevel.Percent95).Scale(multiplier);
        Interval ci998 = WilsonScore.Compute(numerator, denominator, ConfidenceLevel.Percent998).Scale(multiplier);
        return StatisticResult<Estimate>.Success(
            new Estimate(numerator / denominator * multiplier, ci95, ci998, IntervalMethod.Wilson));
    }

    /// <summary>Why x, n and the multiplier cannot give a proportion; <see langword="null"/> when they can.</summary>
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

        if (numerator > denominator)
        {
            return StatisticError.InvalidInput("numerators must be less than or equal to denominator for a proportion statistic");
        }

        if (double.IsInfinity(numerator) || double.IsInfinity(denominator))
        {
            return StatisticError.InvalidInput("numerators and denominators must be finite");
        }

        return ValidateMultiplier(multiplier);
    }

    internal static StatisticError? ValidateMultiplier(double multiplier) =>
        double.IsFinite(multiplier) && multiplier > 0
            ? null
            : StatisticError.InvalidArgument("multiplier must be greater than 0");
}
