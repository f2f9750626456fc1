namespace WelfareAtlas.Statistics.Quantiles;

/// <summary>Assigns the values of one group of areas to n quantiles, as PHEindicatormethods' <c>phe_quantile</c> does.</summary>
/// <remarks>
/// With N non-missing values and rank = rank(±value, ties = "min") (negated when inverted, so the highest value
/// ranks 1): quantile = floor((n + 1) − ceiling(((N + 1) − rank) / (N / n))), and 0 becomes 1.
/// Ties share the lowest rank and so the same quantile. Edge behaviour: a missing (NaN) value gets no quantile;
/// when N &lt; n no value gets a quantile, with the reference's warning.
/// </remarks>
public static class QuantileAssigner
{
    /// <summary>The reference's warning when a group has fewer values than quantiles.</summary>
    public const string TooFewValuesWarning =
        "One or more groups had too few small areas with values to allow quantiles to be assigned";

    /// <summary>Assigns quantiles within one group.</summary>
    /// <param name="values">One value per area; NaN for a missing value.</param>
    /// <param name="quantileCount">n: 5 for quintiles, 10 for deciles; ≥ 1.</param>
    /// <param name="invert">When <see langword="true"/> (the reference's default), quantile 1 holds the highest values.</param>
    public static StatisticResult<QuantileAssignment> Assign(IReadOnlyList<double> values, int quantileCount, bool invert = true)
    {
        if (quantileCount < 1)
        {
            return StatisticResult<QuantileAssignment>.Failure(StatisticError.InvalidArgument("the number of quantiles must be at least 1"));
        }

        var present = new List<double>(values.Count);
        foreach (double value in values)
        {
            if (!double.IsNaN(value))
            {
                present.Add(invert ? -value : value);
            }
        }

        int valueCount = present.Count;
        var quantiles = new int?[values.Count];
        if (valueCount < quantileCount)
        {
            return StatisticResult<QuantileAssignment>.Success(
                new QuantileAssignment(quantiles, quantileCount, invert, TooFewValuesWarning));
        }

        present.Sort();
        double areasPerQuantile = (double)valueCount / quantileCount;
        for (int i = 0; i < values.Count; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            double key = invert ? -values[i] : values[i];
            // ties = "min": one plus the number of values strictly below.
            int rank = LowerBound(present, key) + 1;
            double quantile = Math.Floor(quantileCount + 1 - Math.Ceiling((valueCount + 1 - rank) / areasPerQuantile));
            quantiles[i] = quantile < 1 ? 1 : (int)quantile;
        }

        return StatisticResult<QuantileAssignment>.Success(new QuantileAssignment(quantiles, quantileCount, invert, null));
    }

    private static int LowerBound(List<double> sorted, double key)
    {
        int low = 0;
        int high = sorted.Count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (sorted[middle] < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
