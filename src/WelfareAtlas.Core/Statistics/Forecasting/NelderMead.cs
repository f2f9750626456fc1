namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>
/// The Nelder–Mead simplex minimiser (Nelder &amp; Mead 1965, with the standard coefficients 1, 2, ½, ½),
/// deterministic and bounded in iterations; it never throws for lack of convergence, it returns its best point.
/// </summary>
internal static class NelderMead
{
    private const double Reflection = 1.0;
    private const double Expansion = 2.0;
    private const double Contraction = 0.5;
    private const double Shrink = 0.5;

    /// <summary>The best point found from <paramref name="start"/> and its value.</summary>
    /// <param name="objective">The function to minimise; may return +∞ for an invalid point.</param>
    /// <param name="start">The starting point.</param>
    /// <param name="step">The initial simplex's step along each axis.</param>
    /// <param name="maxIterations">The iteration limit.</param>
    /// <param name="tolerance">Stop when the simplex's values differ by less than this.</param>
    public static (double[] Point, double Value) Minimise(Func<double[], double> objective, double[] start, double step = 0.5, int maxIterations = 400, double tolerance = 1e-10)
    {
        int n = start.Length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        for (int i = 0; i <= n; i++)
        {
            simplex[i] = (double[])start.Clone();
            if (i > 0)
            {
                simplex[i][i - 1] += step;
            }

            values[i] = objective(simplex[i]);
        }

        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            Array.Sort(values, simplex);
            if (Math.Abs(values[n] - values[0]) <= tolerance * (Math.Abs(values[0]) + tolerance))
            {
                break;
            }

            double[] centroid = new double[n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    centroid[j] += simplex[i][j] / n;
                }
            }

            double[] reflected = Move(centroid, simplex[n], -Reflection);
            double reflectedValue = objective(reflected);
            if (reflectedValue < values[0])
            {
                double[] expanded = Move(centroid, simplex[n], -Expansion);
                double expandedValue = objective(expanded);
                (simplex[n], values[n]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
            }
            else if (reflectedValue < values[n - 1])
            {
                (simplex[n], values[n]) = (reflected, reflectedValue);
            }
            else
            {
                double[] contracted = Move(centroid, simplex[n], Contraction);
                double contractedValue = objective(contracted);
                if (contractedValue < values[n])
                {
                    (simplex[n], values[n]) = (contracted, contractedValue);
                }
                else
                {
                    for (int i = 1; i <= n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            simplex[i][j] = simplex[0][j] + (Shrink * (simplex[i][j] - simplex[0][j]));
                        }

                        values[i] = objective(simplex[i]);
                    }
                }
            }
        }

        Array.Sort(values, simplex);
        return (simplex[0], values[0]);
    }

    /// <summary>centroid + coefficient·(worst − centroid).</summary>
    private static double[] Move(double[] centroid, double[] worst, double coefficient)
    {
        double[] point = new double[centroid.Length];
        for (int j = 0; j < point.Length; j++)
        {
            point[j] = centroid[j] + (coefficient * (worst[j] - centroid[j]));
        }

        return point;
    }
}
