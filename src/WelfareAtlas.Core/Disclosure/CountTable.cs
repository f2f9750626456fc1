namespace WelfareAtlas.Disclosure;

/// <summary>
/// The working form of an indicator's count cells for suppression and audit: cells by index, which are hidden, and
/// every relation as <c>Σ coefficient × cell = 0</c> (the total with +1, each part with −weight).
/// </summary>
/// <remarks>
/// The cells come in <see cref="CellKey.Order"/> (every caller orders them so: <see cref="DisclosureControl"/> by key or
/// by <see cref="CountIndex"/> position, <see cref="DisclosureAudit"/> by key): the suppression's choices and the audit's
/// report follow the cells' indices as that order.
/// </remarks>
internal sealed class CountTable
{
    public CountTable(IReadOnlyList<CellKey> keys, double?[] values, bool[] hidden, IReadOnlyList<AdditiveRelation> relations)
    {
        Keys = keys;
        Values = values;
        Hidden = hidden;
        var index = new Dictionary<CellKey, int>(keys.Count);
        for (int i = 0; i < keys.Count; i++)
        {
            if (!index.TryAdd(keys[i], i))
            {
                throw new ArgumentException($"Cell {keys[i]} appears twice.", nameof(keys));
            }

            if (!hidden[i] && values[i] is null)
            {
                throw new ArgumentException($"Cell {keys[i]} is published but has no number.", nameof(values));
            }
        }

        RelationCells = new int[relations.Count][];
        RelationCoefficients = new double[relations.Count][];
        RelationIsPlainSum = new bool[relations.Count];
        var cellRelations = new List<int>[keys.Count];
        for (int r = 0; r < relations.Count; r++)
        {
            AdditiveRelation relation = relations[r];
            int[] cells = new int[relation.Parts.Count + 1];
            double[] coefficients = new double[cells.Length];
            cells[0] = Find(index, relation.Total, relation);
            coefficients[0] = 1;
            for (int p = 0; p < relation.Parts.Count; p++)
            {
                cells[p + 1] = Find(index, relation.Parts[p].Cell, relation);
                coefficients[p + 1] = -relation.Parts[p].Weight;
            }

            RelationCells[r] = cells;
            RelationCoefficients[r] = coefficients;
            RelationIsPlainSum[r] = relation.IsPlainSum;
            foreach (int cell in cells)
            {
                (cellRelations[cell] ??= []).Add(r);
            }
        }

        CellRelations = [.. cellRelations.Select(list => list is null ? [] : list.Distinct().ToArray())];
    }

    /// <summary>
    /// A table whose relations are plain sums given by cell index (the total first), as <see cref="IndexedRelations"/>
    /// finds them: the same table the other constructor builds from the same relations as records.
    /// </summary>
    public CountTable(IReadOnlyList<CellKey> keys, double?[] values, bool[] hidden, int[][] relationCells)
    {
        Keys = keys;
        Values = values;
        Hidden = hidden;
        for (int i = 0; i < keys.Count; i++)
        {
            if (!hidden[i] && values[i] is null)
            {
                throw new ArgumentException($"Cell {keys[i]} is published but has no number.", nameof(values));
            }
        }

        RelationCells = relationCells;
        RelationCoefficients = new double[relationCells.Length][];
        RelationIsPlainSum = new bool[relationCells.Length];
        int[] relationCounts = new int[keys.Count];
        for (int r = 0; r < relationCells.Length; r++)
        {
            int[] cells = relationCells[r];
            double[] coefficients = new double[cells.Length];
            coefficients[0] = 1;
            for (int t = 1; t < cells.Length; t++)
            {
                if (cells[t] < 0 || cells[0] < 0)
                {
                    throw new ArgumentException($"Relation {r} names a cell that is not in the table.", nameof(relationCells));
                }

                coefficients[t] = -1.0;
            }

            RelationCoefficients[r] = coefficients;
            RelationIsPlainSum[r] = true;
            foreach (int cell in cells)
            {
                relationCounts[cell]++;
            }
        }

        // Each cell's relations in ascending order, each once (as the other constructor's Distinct leaves them).
        var cellRelations = new int[keys.Count][];
        for (int i = 0; i < keys.Count; i++)
        {
            cellRelations[i] = relationCounts[i] == 0 ? [] : new int[relationCounts[i]];
        }

        int[] filled = new int[keys.Count];
        for (int r = 0; r < relationCells.Length; r++)
        {
            foreach (int cell in relationCells[r])
            {
                if (filled[cell] == 0 || cellRelations[cell][filled[cell] - 1] != r)
                {
                    cellRelations[cell][filled[cell]++] = r;
                }
            }
        }

        for (int i = 0; i < keys.Count; i++)
        {
            if (filled[i] < cellRelations[i].Length)
            {
                cellRelations[i] = cellRelations[i][..filled[i]];
            }
        }

        CellRelations = cellRelations;
    }

    public IReadOnlyList<CellKey> Keys { get; }

    /// <summary>The numerator of each cell; null when the source gave none.</summary>
    public double?[] Values { get; }

    /// <summary>Whether each cell is hidden from the public (suppressed or without a number).</summary>
    public bool[] Hidden { get; }

    public int[][] RelationCells { get; }

    public double[][] RelationCoefficients { get; }

    public bool[] RelationIsPlainSum { get; }

    /// <summary>The relations each cell takes part in.</summary>
    public int[][] CellRelations { get; }

    /// <summary>Whether a hidden cell has a number to protect (a suppressed count rather than one the source never gave).</summary>
    public bool MustProtect(int cell) => Hidden[cell] && Values[cell] is not null;

    private static int Find(Dictionary<CellKey, int> index, CellKey key, AdditiveRelation relation) =>
        index.TryGetValue(key, out int cell)
            ? cell
            : throw new ArgumentException($"Relation {relation} names cell {key}, which is not in the table.", nameof(relation));
}
