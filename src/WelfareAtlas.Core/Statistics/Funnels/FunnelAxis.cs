namespace WelfareAtlas.Statistics.Funnels;

/// <summary>The x axis of a funnel plot: neat ends and 100 points spaced closer at small denominators.</summary>
/// <remarks>
/// As in PHEindicatormethods <c>calculate_funnel_limits</c>: the axis starts at 0 when the largest denominator
/// is more than twice the smallest, otherwise at the smallest rounded down to one significant digit after
/// taking 95 %; it ends at the largest rounded up to two significant digits after adding 5 %. Point 1 is
/// max(1, start) and point j = max(round((end / point_{j−1})^(1 / (101 − offset_j)) · point_{j−1}), point_{j−1} + 1),
/// rounding half to even as R does.
/// </remarks>
internal static class FunnelAxis
{
    public const int PointCount = 100;

    /// <param name="start">The axis start.</param>
    /// <param name="end">The axis end.</param>
    /// <param name="offsetIsIndexMinusOne">True for ratios (offset j − 1), false for proportions and rates (offset j).</param>
    public static double[] Points(double start, double end, bool offsetIsIndexMinusOne)
    {
        double[] points = new double[PointCount];
        points[0] = Math.Max(1, start);
        for (int j = 2; j <= PointCount; j++)
        {
            int offset = offsetIsIndexMinusOne ? j - 1 : j;
            double previous = points[j - 2];
            double step = Math.Round(Math.Pow(end / previous, 1.0 / (101 - offset)) * previous, MidpointRounding.ToEven);
            points[j - 1] = Math.Max(step, previous + 1);
        }

        return points;
    }

    public static double SignificantFloor(double value)
    {
        if (value == 0)
        {
            return 0;
        }

        double scaled = value * 0.95;
        int power = RCharacterCount(Math.Floor(scaled)) - 1;
        double unit = Math.Pow(10, power);
        return Math.Floor(scaled / unit) * unit;
    }

    public static double SignificantCeiling(double value)
    {
        if (value == 0)
        {
            return 0;
        }

        double scaled = value * 1.05;
        int power = RCharacterCount(Math.Ceiling(scaled)) - 2;
        double unit = Math.Pow(10, power);
        return Math.Ceiling(scaled / unit) * unit;
    }

    /// <summary>
    /// nchar(as.character(v)) for a whole number v, as the reference's axis rounding uses it: R writes a double in
    /// scientific notation when that is shorter (100000 is "1e+05", 5 characters), which changes the rounding unit.
    /// </summary>
    internal static int RCharacterCount(double wholeNumber)
    {
        string digits = Math.Abs(wholeNumber).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        int fixedWidth = digits.Length + (wholeNumber < 0 ? 1 : 0);
        int significant = digits.TrimEnd('0').Length;
        if (significant == 0)
        {
            return fixedWidth;
        }

        int exponent = digits.Length - 1;
        int exponentWidth = exponent >= 100 ? 3 : 2;
        // mantissa ("1" or "1.25") + "e+" + exponent digits.
        int scientificWidth = (significant == 1 ? 1 : significant + 1) + 2 + exponentWidth + (wholeNumber < 0 ? 1 : 0);
        return fixedWidth > scientificWidth ? scientificWidth : fixedWidth;
    }
}
