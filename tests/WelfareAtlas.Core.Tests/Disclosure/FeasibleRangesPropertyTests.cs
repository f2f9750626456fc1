using FsCheck;
using FsCheck.Xunit;
using WelfareAtlas.Disclosure;

namespace WelfareAtlas.Core.Tests.Disclosure;

/// <summary>The simplex against brute force: on small random bounded programs, the ranges equal the extremes over all vertices.</summary>
public sealed class FeasibleRangesPropertyTests
{
    [Property(MaxTest = 300)]
    public bool Compute_RandomBoundedProgram_EqualsExtremesOverVertices(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        int n = random.Next(2, 6);
        int m = random.Next(1, Math.Min(n, 4));

        // A known non-negative point makes the program feasible; the first row has positive coefficients on
        // every variable, so the polyhedron is bounded and its extremes are attained at vertices.
        double[] point = [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 8))];
        var rows = new List<double[]>();
        for (int i = 0; i < m; i++)
        {
            rows.Add([.. Enumerable.Range(0, n).Select(_ => i == 0 ? random.Next(1, 4) : (double)random.Next(-2, 3))]);
        }

        LinearEquation[] equations = [.. rows.Select(row => new LinearEquation(
            [.. Enumerable.Range(0, n)],
            row,
            row.Select((a, j) => a * point[j]).Sum()))];

        ValueRange[]? ranges = FeasibleRanges.Compute(n, equations);
        (double[] min, double[] max) = VertexExtremes(rows, [.. equations.Select(e => e.RightHandSide)], n);

        return ranges is not null && Enumerable.Range(0, n).All(j =>
            Math.Abs(ranges[j].Minimum - min[j]) < 1e-6 && Math.Abs(ranges[j].Maximum - max[j]) < 1e-6
            && ranges[j].Minimum <= point[j] + 1e-9 && point[j] <= ranges[j].Maximum + 1e-9);
    }

    /// <summary>Every basic solution: choose which variables may be non-zero, solve the square system, keep the non-negative ones.</summary>
    private static (double[] Min, double[] Max) VertexExtremes(List<double[]> rows, double[] b, int n)
    {
        double[] min = [.. Enumerable.Repeat(double.PositiveInfinity, n)];
        double[] max = [.. Enumerable.Repeat(double.NegativeInfinity, n)];
        for (int mask = 0; mask < 1 << n; mask++)
        {
            int[] support = [.. Enumerable.Range(0, n).Where(j => (mask & (1 << j)) != 0)];
            if (support.Length > rows.Count)
            {
                continue;
            }

            if (LeastSquaresExact(rows, b, support) is not { } x || x.Any(v => v < -1e-9))
            {
                continue;
            }

            double[] full = new double[n];
            for (int k = 0; k < support.Length; k++)
            {
                full[support[k]] = x[k];
            }

            for (int j = 0; j < n; j++)
            {
                min[j] = Math.Min(min[j], full[j]);
                max[j] = Math.Max(max[j], full[j]);
            }
        }

        return (min, max);
    }

    /// <summary>The unique x with A[:, support] x = b if the columns are independent and the system is consistent; else null.</summary>
    private static double[]? LeastSquaresExact(List<double[]> rows, double[] b, int[] support)
    {
        int m = rows.Count;
        int k = support.Length;
        double[][] a = [.. Enumerable.Range(0, m).Select(i => support.Select(j => rows[i][j]).Append(b[i]).ToArray())];
        int rank = 0;
        int[] pivotColumn = new int[k];
        for (int column = 0; column < k && rank < m; column++)
        {
            int pivot = Enumerable.Range(rank, m - rank).MaxBy(i => Math.Abs(a[i][column]));
            if (Math.Abs(a[pivot][column]) < 1e-12)
            {
                return null;
            }

            (a[rank], a[pivot]) = (a[pivot], a[rank]);
            for (int i = 0; i < m; i++)
            {
                if (i != rank)
                {
                    double f = a[i][column] / a[rank][column];
                    for (int c = column; c <= k; c++)
                    {
                        a[i][c] -= f * a[rank][c];
                    }
                }
            }

            pivotColumn[rank++] = column;
        }

        if (rank < k)
        {
            return null;
        }

        for (int i = rank; i < m; i++)
        {
            if (Math.Abs(a[i][k]) > 1e-9)
            {
                return null;
            }
        }

        double[] x = new double[k];
        for (int r = 0; r < rank; r++)
        {
            x[pivotColumn[r]] = a[r][k] / a[r][pivotColumn[r]];
        }

        return x;
    }
}
