namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>A mean with Student's t confidence intervals at 95 % and 99.8 %.</summary>
/// <remarks>
/// PHEindicatormethods <c>phe_mean</c>: value = Σx / n; limits = value ∓ |t((1−c)/2, n−1)| · s / √n with s the
/// sample standard deviation (divisor n − 1). Edge behaviour: one value has no standard deviation, so the
/// estimate carries no intervals; no values, or a missing (NaN) value, give no estimate, with the reason.
/// </remarks>
public static class Mean
{
    /// <summary>Computes the mean of <paramref name="values"/> and its intervals.</summary>
    public static StatisticResult<MeanEstimate> Compute(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return StatisticResult<MeanEstimate>.Failure(StatisticError.InsufficientData("a mean needs at least one value"));
        }

        double sum = 0;
        foreach (double value in values)
        {
            if (double.IsNaN(value))
            {
                return StatisticResult<MeanEstimate>.Failure(StatisticError.MissingValue("a value is missing"));
            }

            sum += value;
        }

        int count = values.Count;
        double mean = sum / count;
        if (count == 1)
        {
            return StatisticResult<MeanEstimate>.Success(
                new MeanEstimate(sum, count, double.NaN, new Estimate(mean, null, null, IntervalMethod.StudentT)));
        }

        double squares = 0;
        foreach (double value in values)
        {
            double deviation = value - mean;
            squares += deviation * deviation;
        }

        double standardDeviation = Math.Sqrt(squares / (count - 1));
        double standardError = standardDeviation / Math.Sqrt(count);
        Interval ci95 = Limits(mean, standardError, count, ConfidenceLevel.Percent95);
        Interval ci998 = Limits(mean, standardError, count, ConfidenceLevel.Percent998);
        return StatisticResult<MeanEstimate>.Success(
            new MeanEstimate(sum, count, standardDeviation, new Estimate(mean, ci95, ci998, IntervalMethod.StudentT)));
    }

    private static Interval Limits(double mean, double standardError, int count, ConfidenceLevel level)
    {
        double t = Math.Abs(StudentTQuantile.Inverse(count - 1, level.LowerTailProbability));
        return new Interval(mean - (t * standardError), mean + (t * standardError));
    }
}
