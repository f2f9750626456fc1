namespace WelfareAtlas.Disclosure;

/// <summary>
/// Audits a <see cref="CountTable"/>: splits the hidden cells into components connected by relations and solves the
/// range of each hidden cell by <see cref="FeasibleRanges"/>; remembers each component's result so that a re-audit after
/// more suppression solves only the components that changed.
/// </summary>
internal sealed class AuditEngine(CountTable table, double protectionWidth)
{
    private const double WidthTolerance = 1e-6;

    private readonly Dictionary<string, ValueRange[]?> solved = new(StringComparer.Ordinal);

    /// <summary>The hidden cells of each component (ascending), with the relations that touch them; components ordered by first cell.</summary>
    public List<(int[] Cells, int[] Relations)> Components()
    {
        int n = table.Keys.Count;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
        }

        for (int r = 0; r < table.RelationCells.Length; r++)
        {
            int first = -1;
            foreach (int cell in table.RelationCells[r])
            {
                if (!table.Hidden[cell])
                {
                    continue;
                }

                if (first < 0)
                {
                    first = cell;
                }
                else
                {
                    Union(parent, first, cell);
                }
            }
        }

        var cellsByRoot = new SortedDictionary<int, List<int>>();
        var rootOfCell = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            if (table.Hidden[i])
            {
                int root = Find(parent, i);
                if (!cellsByRoot.TryGetValue(root, out List<int>? cells))
                {
                    cellsByRoot[root] = cells = [];
                }

                cells.Add(i);
            }
        }

        var relationsByRoot = new Dictionary<int, List<int>>();
        for (int r = 0; r < table.RelationCells.Length; r++)
        {
            int position = Array.FindIndex(table.RelationCells[r], cell => table.Hidden[cell]);
            if (position >= 0)
            {
                int root = Find(parent, table.RelationCells[r][position]);
                if (!relationsByRoot.TryGetValue(root, out List<int>? relations))
                {
                    relationsByRoot[root] = relations = [];
                }

                relations.Add(r);
            }
        }

        return [.. cellsByRoot
            .Select(pair => (Cells: pair.Value.ToArray(), Relations: relationsByRoot.GetValueOrDefault(pair.Key)?.ToArray() ?? []))
            .OrderBy(component => component.Cells[0])];
    }

    public AuditReport Run() => Run(out _);

    /// <summary>Audits the table; <paramref name="failing"/> gets, per component with a failure, the failing cells.</summary>
    public AuditReport Run(out List<(int[] Cells, int[] Relations, List<int> Failing)> failing)
    {
        // Each range with its cell's index: the table's cells are in CellKey.Order (CountTable), so the report's order
        // (cell order) is the order of the indices, and sorting integers spares a comparison of two keys' texts each
        // time (1.9 s of the national demo's 19 s of disclosure control when the ranges were sorted by key).
        var ranges = new List<(int Cell, CellRange Range)>();
        var failures = new List<(int Cell, CellRange Range)>();
        var inconsistent = new List<CellKey>();
        failing = [];
        List<(int[] Cells, int[] Relations)> components = Components();
        int largest = 0;
        foreach ((int[] cells, int[] relations) in components)
        {
            largest = Math.Max(largest, cells.Length);
            ValueRange[]? result = Solve(cells, relations);
            if (result is null)
            {
                inconsistent.AddRange(cells.Select(cell => table.Keys[cell]));
                continue;
            }

            List<int>? componentFailures = null;
            for (int k = 0; k < cells.Length; k++)
            {
                int cell = cells[k];
                if (table.Values[cell] is not { } value)
                {
                    continue;
                }

                var range = new CellRange(table.Keys[cell], value, result[k]);
                ranges.Add((cell, range));
                if (result[k].Width < protectionWidth - WidthTolerance)
                {
                    failures.Add((cell, range));
                    (componentFailures ??= []).Add(cell);
                }
            }

            if (componentFailures is not null)
            {
                failing.Add((cells, relations, componentFailures));
            }
        }

        return new AuditReport(protectionWidth, InCellOrder(ranges), InCellOrder(failures), inconsistent, components.Count, largest);
    }

    /// <summary>The ranges in the order of their cells' indices, each cell once.</summary>
    private static CellRange[] InCellOrder(List<(int Cell, CellRange Range)> ranges)
    {
        int[] cells = new int[ranges.Count];
        CellRange[] sorted = new CellRange[ranges.Count];
        for (int i = 0; i < ranges.Count; i++)
        {
            (cells[i], sorted[i]) = ranges[i];
        }

        Array.Sort(cells, sorted);
        return sorted;
    }

    private ValueRange[]? Solve(int[] cells, int[] relations)
    {
        string signature = string.Join(',', cells);
        if (solved.TryGetValue(signature, out ValueRange[]? cached))
        {
            return cached;
        }

        var local = new Dictionary<int, int>(cells.Length);
        for (int k = 0; k < cells.Length; k++)
        {
            local[cells[k]] = k;
        }

        var equations = new List<LinearEquation>(relations.Length);
        foreach (int r in relations)
        {
            var variables = new List<int>();
            var coefficients = new List<double>();
            double rightHandSide = 0;
            int[] relationCells = table.RelationCells[r];
            double[] relationCoefficients = table.RelationCoefficients[r];
            for (int t = 0; t < relationCells.Length; t++)
            {
                int cell = relationCells[t];
                if (table.Hidden[cell])
                {
                    variables.Add(local[cell]);
                    coefficients.Add(relationCoefficients[t]);
                }
                else
                {
                    rightHandSide -= relationCoefficients[t] * table.Values[cell]!.Value;
                }
            }

            equations.Add(new LinearEquation(variables, coefficients, rightHandSide));
        }

        ValueRange[]? result = FeasibleRanges.Compute(cells.Length, equations);
        solved[signature] = result;
        return result;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a);
        int rb = Find(parent, b);
        if (ra != rb)
        {
            // The smaller root wins, so component identity does not depend on the order of the relations.
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
