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

        // Work arrays reused across iterations: a fit runs hundreds of them, thousands of fits per forecast run.
        double[] centroid = new double[n];
        double[] reflected = new double[n];
        double[] expanded = new double[n];
        double[] contracted = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            Array.Sort(values, simplex);
            if (Math.Abs(values[n] - values[0]) <= tolerance * (Math.Abs(values[0]) + tolerance))
            {
                break;
            }

            Array.Clear(centroid);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    centroid[j] += simplex[i][j] / n;
                }
            }

            Move(centroid, simplex[n], -Reflection, reflected);
            double reflectedValue = objective(reflected);
            if (reflectedValue < values[0])
            {
                Move(centroid, simplex[n], -Expansion, expanded);
                double expandedValue = objective(expanded);
                values[n] = expandedValue < reflectedValue ? Accept(simplex[n], expanded, expandedValue) : Accept(simplex[n], reflected, reflectedValue);
            }
            else if (reflectedValue < values[n - 1])
            {
                values[n] = Accept(simplex[n], reflected, reflectedValue);
            }
            else
            {
                Move(centroid, simplex[n], Contraction, contracted);
                double contractedValue = objective(contracted);
                if (contractedValue < values[n])
                {
                    values[n] = Accept(simplex[n], contracted, contractedValue);
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

    /// <summary>Copies <paramref name="point"/> into the simplex vertex <paramref name="vertex"/> and returns its value.</summary>
    private static double Accept(double[] vertex, double[] point, double value)
    {
        Array.Copy(point, vertex, point.Length);
        return value;
    }

    /// <summary>Writes centroid + coefficient·(worst − centroid) into <paramref name="point"/>.</summary>
    private static void Move(double[] centroid, double[] worst, double coefficient, double[] point)
    {
        for (int j = 0; j < point.Length; j++)
        {
            point[j] = centroid[j] + (coefficient * (worst[j] - centroid[j]));
        }
    }
}
