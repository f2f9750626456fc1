using System.Buffers;

namespace WelfareAtlas.Disclosure;

/// <summary>
/// The range of every variable over the polyhedron <c>{ x ≥ 0 : A x = b }</c>: for each variable the minimum and the
/// maximum of a linear program, solved by a dense-tableau primal simplex.
/// </summary>
/// <remarks>
/// Phase 1 finds a feasible basis with one artificial variable per equation (rows negated so that b ≥ 0) and
/// drives the artificials out of the basis, dropping rows that turn out redundant. Phase 2 then solves 2n
/// objectives (min x_j, max x_j) one after another from the previous optimal basis (warm start), so most of
/// them need a few pivots; a minimum is 0 without pivoting whenever x_j is non-basic. Entering variable by
/// Dantzig's rule, switching to Bland's rule after a run of degenerate pivots so that cycling cannot occur;
/// ties in the ratio test go to the lowest basic index. Tolerances are absolute, scaled by the largest |b|.
/// Reference: Chvátal, <i>Linear Programming</i> (1983), ch. 2–3 and 8.
/// </remarks>
public static class FeasibleRanges
{
    private const double PivotTolerance = 1e-9;

    // Entries this small after an elimination are rounding noise of a cancellation; zeroing them keeps the tableau sparse and stable.
    private const double Cancellation = 1e-12;
    private const int DegenerateRunBeforeBland = 50;

    /// <summary>
    /// The range of each of <paramref name="variableCount"/> non-negative variables subject to <paramref name="equations"/>,
    /// or <see langword="null"/> when no non-negative solution exists (the equations contradict each other).
    /// </summary>
    public static ValueRange[]? Compute(int variableCount, IReadOnlyList<LinearEquation> equations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(variableCount);
        ArgumentNullException.ThrowIfNull(equations);
        Tableau tableau = Tableau.Build(variableCount, equations);
        try
        {
            if (!tableau.MakeFeasible(variableCount))
            {
                return null;
            }

            var ranges = new ValueRange[variableCount];
            for (int j = 0; j < variableCount; j++)
            {
                double minimum = tableau.BasicValue(j) is { } current && current > tableau.Tolerance ? tableau.Optimise(j, maximise: false) : 0;
                double maximum = tableau.Optimise(j, maximise: true);
                ranges[j] = new ValueRange(Math.Max(0, minimum), maximum);
            }

            return ranges;
        }
        finally
        {
            tableau.Release();
        }
    }

    /// <summary>
    /// The simplex tableau: rows of [coefficients | right-hand side], with the basic variable of each row. The rows and
    /// the work arrays are rented from the shared pool (an audit solves thousands of programs, each of tens of rows of
    /// hundreds of columns) and given back by <see cref="Release"/>; a rented array may be longer than asked, and only
    /// its first <c>columns + 1</c> entries are used.
    /// </summary>
    private sealed class Tableau
    {
        private readonly int columns;

        // The largest |b| of the scaled rows, at least 1: tolerances are absolute, scaled by it.
        private readonly double scale;
        private readonly double[][] rented;
        private double[][] rows;
        private int[] basis;
        private readonly double[] reducedCosts;
        private readonly int[] nonZero;

        // The columns whose reduced cost may be other than 0 (each once, in the order first written): an objective of
        // phase 2 is one variable, and a pivot changes only the pivot row's non-zero columns, so the search for the
        // entering column and the reset for the next objective visit these instead of every column.
        private readonly bool[] touched;
        private readonly int[] touchedColumns;
        private int touchedCount;

        // The columns still in use: all of them in phase 1, the structural ones after DropArtificials zeroed the
        // artificial columns (whose entries stay ±0 in every later pivot, so skipping them changes no result).
        private int width;

        // Whether a pivot must update every column. While no entry of the tableau is below Cancellation in magnitude
        // without being 0, a pivot updates only the columns where the pivot row is not 0: elsewhere the dense update
        // computes x − f × (±0), which is x itself or a zero (of either sign, which no comparison and no right-hand
        // side sees), so both give the same tableau. The first tiny entry (a crosswalk weight, a pivot row scaled
        // down) switches to the dense update for good, so such tableaus follow the dense arithmetic exactly.
        private bool dense;

        private Tableau(int columns, double[][] rows, int[] basis, double scale, bool dense)
        {
            this.columns = columns;
            this.scale = scale;
            this.rows = rows;
            rented = rows;
            this.basis = basis;
            this.dense = dense;
            Tolerance = 1e-9 * scale;
            reducedCosts = Rent<double>(columns);
            nonZero = Rent<int>(columns);
            touched = Rent<bool>(columns);
            touchedColumns = Rent<int>(columns);
            width = columns;
        }

        public double Tolerance { get; }

        /// <summary>Gives the rented arrays back to the pool; the tableau is not used after.</summary>
        public void Release()
        {
            foreach (double[]? row in rented)
            {
                if (row is not null)
                {
                    ArrayPool<double>.Shared.Return(row);
                }
            }

            ArrayPool<double>.Shared.Return(reducedCosts);
            ArrayPool<int>.Shared.Return(nonZero);
            ArrayPool<bool>.Shared.Return(touched);
            ArrayPool<int>.Shared.Return(touchedColumns);
        }

        /// <summary>A pooled array of at least <paramref name="length"/> entries, the first <paramref name="length"/> of them cleared.</summary>
        private static T[] Rent<T>(int length)
        {
            T[] array = ArrayPool<T>.Shared.Rent(length);
            Array.Clear(array, 0, length);
            return array;
        }

        /// <summary>The tableau of <paramref name="equations"/> with one artificial variable per equation, before phase 1.</summary>
        public static Tableau Build(int n, IReadOnlyList<LinearEquation> equations)
        {
            int m = equations.Count;
            int columns = n + m;
            double scale = 1;
            bool tiny = false;
            var rows = new double[m][];
            var basis = new int[m];
            try
            {
                Fill(n, equations, rows, basis, ref scale, ref tiny);
            }
            catch
            {
                foreach (double[]? row in rows)
                {
                    if (row is not null)
                    {
                        ArrayPool<double>.Shared.Return(row);
                    }
                }

                throw;
            }

            return new Tableau(columns, rows, basis, scale, tiny);
        }

        private static void Fill(int n, IReadOnlyList<LinearEquation> equations, double[][] rows, int[] basis, ref double scale, ref bool tiny)
        {
            int m = equations.Count;
            int columns = n + m;
            for (int i = 0; i < m; i++)
            {
                LinearEquation equation = equations[i];
                if (equation.Variables.Count != equation.Coefficients.Count)
                {
                    throw new ArgumentException($"Equation {i} has {equation.Variables.Count} variables but {equation.Coefficients.Count} coefficients.", nameof(equations));
                }

                double[] row = Rent<double>(columns + 1);
                rows[i] = row;
                for (int k = 0; k < equation.Variables.Count; k++)
                {
                    int variable = equation.Variables[k];
                    if ((uint)variable >= (uint)n)
                    {
                        throw new ArgumentException($"Equation {i} names variable {variable}; there are {n}.", nameof(equations));
                    }

                    row[variable] += equation.Coefficients[k];
                }

                row[columns] = equation.RightHandSide;

                // Scale each row to a largest coefficient of 1: crosswalk weights of 0.001 next to 1 would otherwise
                // make pivots on tiny numbers and the phase-1 residual meaningless.
                double largest = 0;
                for (int k = 0; k < n; k++)
                {
                    largest = Math.Max(largest, Math.Abs(row[k]));
                }

                if (largest > 0)
                {
                    for (int k = 0; k <= n; k++)
                    {
                        row[k] /= largest;
                    }

                    row[columns] /= largest;
                }

                if (row[columns] < 0)
                {
                    for (int k = 0; k <= columns; k++)
                    {
                        row[k] = -row[k];
                    }
                }

                for (int k = 0; k < n; k++)
                {
                    tiny |= row[k] != 0 && Math.Abs(row[k]) < Cancellation;
                }

                row[n + i] = 1;
                basis[i] = n + i;
                scale = Math.Max(scale, Math.Abs(row[columns]));
            }
        }

        /// <summary>Phase 1: a feasible basis of the <paramref name="n"/> structural variables; false when there is none.</summary>
        public bool MakeFeasible(int n)
        {
            // Phase 1: minimise the sum of the artificials.
            double[] cost = new double[columns];
            for (int j = n; j < columns; j++)
            {
                cost[j] = 1;
            }

            if (!Run(cost, columnLimit: columns) || Objective(cost) > 1e-7 * scale)
            {
                return false;
            }

            DropArtificials(n);
            return true;
        }

        public double? BasicValue(int variable)
        {
            for (int i = 0; i < basis.Length; i++)
            {
                if (basis[i] == variable)
                {
                    return rows[i][columns];
                }
            }

            return null;
        }

        /// <summary>The optimum of ±x_j from the current basis; +∞ for an unbounded maximum.</summary>
        public double Optimise(int variable, bool maximise)
        {
            // The reduced costs of the objective ±x_j: its cost, less the cost times the row where x_j is basic. Only
            // that row's non-zero columns change (elsewhere the subtraction would leave 0, of either sign, which no
            // comparison sees).
            ClearReducedCosts();
            double cost = maximise ? -1 : 1;
            Touch(variable);
            reducedCosts[variable] = cost;
            for (int i = 0; i < basis.Length; i++)
            {
                if (basis[i] == variable)
                {
                    double[] row = rows[i];
                    for (int j = 0; j < width; j++)
                    {
                        if (row[j] != 0)
                        {
                            Touch(j);
                            reducedCosts[j] -= cost * row[j];
                        }
                    }
                }
            }

            if (!Iterate(columnLimit: columns))
            {
                return maximise ? double.PositiveInfinity : 0;
            }

            return BasicValue(variable) ?? 0;
        }

        private double Objective(double[] cost)
        {
            double value = 0;
            for (int i = 0; i < basis.Length; i++)
            {
                value += cost[basis[i]] * rows[i][columns];
            }

            return value;
        }

        /// <summary>Primal simplex minimising <paramref name="cost"/> (every column's); false when unbounded.</summary>
        private bool Run(double[] cost, int columnLimit)
        {
            // Only the columns in use: the pivots read and update reduced costs below width alone (after phase 1 the
            // artificial columns are never read again).
            ClearReducedCosts();
            for (int j = 0; j < width; j++)
            {
                Touch(j);
                reducedCosts[j] = cost[j];
            }

            for (int i = 0; i < basis.Length; i++)
            {
                double cb = cost[basis[i]];
                if (cb != 0)
                {
                    double[] row = rows[i];
                    for (int j = 0; j < width; j++)
                    {
                        reducedCosts[j] -= cb * row[j];
                    }
                }
            }

            return Iterate(columnLimit);
        }

        /// <summary>The pivots from the current reduced costs to an optimum; false when unbounded.</summary>
        private bool Iterate(int columnLimit)
        {
            int degenerateRun = 0;
            int limit = 100 * (columns + basis.Length + 10);
            for (int iteration = 0; iteration < limit; iteration++)
            {
                // Dantzig's rule: the most negative reduced cost, the lowest column among equals; Bland's: the lowest
                // column with a negative one. Columns never touched have a reduced cost of 0.
                bool bland = degenerateRun >= DegenerateRunBeforeBland;
                int entering = -1;
                double best = -PivotTolerance;
                int searched = Math.Min(columnLimit, width);
                for (int k = 0; k < touchedCount; k++)
                {
                    int j = touchedColumns[k];
                    if (j >= searched)
                    {
                        continue;
                    }

                    double reduced = reducedCosts[j];
                    if (bland)
                    {
                        if (reduced < -PivotTolerance && (entering < 0 || j < entering))
                        {
                            entering = j;
                        }
                    }
                    else if (reduced < best || (reduced == best && entering >= 0 && j < entering))
                    {
                        entering = j;
                        best = reduced;
                    }
                }

                if (entering < 0)
                {
                    return true;
                }

                // Ratio test: the smallest ratio, and among the rows within tolerance of it the largest pivot element
                // (a Harris-style choice that keeps the tableau well conditioned).
                double ratio = double.PositiveInfinity;
                for (int i = 0; i < basis.Length; i++)
                {
                    double a = rows[i][entering];
                    if (a > PivotTolerance)
                    {
                        ratio = Math.Min(ratio, Math.Max(0, rows[i][columns]) / a);
                    }
                }

                int leaving = -1;
                for (int i = 0; i < basis.Length; i++)
                {
                    double a = rows[i][entering];
                    if (a > PivotTolerance && Math.Max(0, rows[i][columns]) / a <= ratio + Tolerance
                        && (leaving < 0 || a > rows[leaving][entering]))
                    {
                        leaving = i;
                    }
                }

                if (leaving < 0)
                {
                    return false;
                }

                degenerateRun = ratio <= Tolerance ? degenerateRun + 1 : 0;
                Pivot(leaving, entering);
            }

            throw new InvalidOperationException($"The simplex did not converge in {limit} pivots ({basis.Length} equations, {columns} columns): a defect of the solver.");
        }

        private void Touch(int column)
        {
            if (!touched[column])
            {
                touched[column] = true;
                touchedColumns[touchedCount++] = column;
            }
        }

        private void ClearReducedCosts()
        {
            for (int k = 0; k < touchedCount; k++)
            {
                int j = touchedColumns[k];
                reducedCosts[j] = 0;
                touched[j] = false;
            }

            touchedCount = 0;
        }

        private void Pivot(int pivotRow, int entering)
        {
            double[] prow = rows[pivotRow];
            double inverse = 1 / prow[entering];
            for (int j = 0; j < width; j++)
            {
                prow[j] *= inverse;
            }

            prow[columns] *= inverse;
            prow[entering] = 1;

            // The pivot row's non-zero columns (all of them when dense), and whether scaling made any of them tiny.
            int count = 0;
            for (int j = 0; j < width; j++)
            {
                if (dense || prow[j] != 0)
                {
                    nonZero[count++] = j;
                }
            }

            for (int i = 0; i < rows.Length; i++)
            {
                if (i == pivotRow)
                {
                    continue;
                }

                double[] row = rows[i];
                double factor = row[entering];
                if (factor != 0)
                {
                    for (int k = 0; k < count; k++)
                    {
                        int j = nonZero[k];
                        double updated = row[j] - (factor * prow[j]);
                        row[j] = Math.Abs(updated) < Cancellation ? 0 : updated;
                    }

                    double rhs = row[columns] - (factor * prow[columns]);
                    row[columns] = Math.Abs(rhs) < Cancellation ? 0 : rhs;
                    row[entering] = 0;
                }
            }

            double d = reducedCosts[entering];
            if (d != 0)
            {
                for (int k = 0; k < count; k++)
                {
                    int j = nonZero[k];
                    Touch(j);
                    reducedCosts[j] -= d * prow[j];
                }

                reducedCosts[entering] = 0;
            }

            basis[pivotRow] = entering;
            for (int k = 0; k < count && !dense; k++)
            {
                double entry = prow[nonZero[k]];
                dense = entry != 0 && Math.Abs(entry) < Cancellation;
            }
        }

        /// <summary>Pivots every artificial out of the basis or drops its row as redundant, then makes the artificial columns unusable.</summary>
        private void DropArtificials(int n)
        {
            var keep = new List<int>();
            for (int i = 0; i < basis.Length; i++)
            {
                if (basis[i] < n)
                {
                    keep.Add(i);
                    continue;
                }

                int column = -1;
                double largest = PivotTolerance;
                for (int j = 0; j < n; j++)
                {
                    if (Math.Abs(rows[i][j]) > largest)
                    {
                        largest = Math.Abs(rows[i][j]);
                        column = j;
                    }
                }

                if (column >= 0)
                {
                    Pivot(i, column);
                    keep.Add(i);
                }
            }

            rows = [.. keep.Select(i => rows[i])];
            basis = [.. keep.Select(i => basis[i])];

            // Artificial columns stay in the arrays but can never re-enter: zero them so their reduced cost stays 0.
            foreach (double[] row in rows)
            {
                Array.Clear(row, n, columns - n);
            }

            width = n;
        }
    }
}
