namespace WelfareAtlas.Disclosure;

/// <summary>
/// Complementary suppression: hides further publishable cells until every hidden count passes the audit.
/// </summary>
/// <remarks>
/// Deterministic heuristic in two stages. (1) To a fixpoint: in every relation that contains a hidden count and
/// either exactly one hidden cell (it could be recovered by subtraction) or, for a plain sum with a published total,
/// hidden parts whose known sum is below the protection width, hide the relation's smallest published cell (ties by
/// cell order). (2) Audit; for each failing cell whose relations gained no hidden cell yet in this round, hide the
/// smallest published cell of its relations (if it has none, and nothing else was hidden this round, the smallest of
/// any relation of its component); run stage 1 again and re-audit, until the audit passes or no published cell is left
/// to hide. Only the components that changed are solved again.
/// </remarks>
internal static class SecondarySuppression
{
    private const double MassTolerance = 1e-9;

    /// <summary>Hides cells of <paramref name="table"/> (recording them in <paramref name="secondary"/>) and returns the final audit.</summary>
    public static AuditReport Apply(CountTable table, bool[] secondary, double protectionWidth)
    {
        var engine = new AuditEngine(table, protectionWidth);
        if (protectionWidth <= 0)
        {
            return engine.Run();
        }

        FixPoint(table, secondary, protectionWidth, Enumerable.Range(0, table.RelationCells.Length));
        while (true)
        {
            AuditReport report = engine.Run(out var failing);
            if (failing.Count == 0)
            {
                return report;
            }

            // One more hidden cell for each failing cell whose relations gained none yet this round: fewer rounds
            // than one per component, without hiding a cell for every failure of the same relation.
            var added = new List<int>();
            var touched = new HashSet<int>();
            foreach ((int[] _, int[] relations, List<int> cells) in failing)
            {
                foreach (int cell in cells)
                {
                    if (table.CellRelations[cell].Any(touched.Contains))
                    {
                        continue;
                    }

                    int candidate = Smallest(table, table.CellRelations[cell]);
                    if (candidate < 0 && added.Count == 0)
                    {
                        candidate = Smallest(table, relations);
                    }

                    if (candidate >= 0)
                    {
                        Hide(table, secondary, candidate);
                        added.Add(candidate);
                        touched.UnionWith(table.CellRelations[candidate]);
                    }
                }
            }

            if (added.Count == 0)
            {
                return report;
            }

            FixPoint(table, secondary, protectionWidth, added.SelectMany(cell => table.CellRelations[cell]));
        }
    }

    private static void FixPoint(CountTable table, bool[] secondary, double protectionWidth, IEnumerable<int> start)
    {
        var queue = new Queue<int>();
        var queued = new bool[table.RelationCells.Length];
        foreach (int r in start)
        {
            if (!queued[r])
            {
                queued[r] = true;
                queue.Enqueue(r);
            }
        }

        while (queue.TryDequeue(out int r))
        {
            queued[r] = false;
            if (!Exposed(table, r, protectionWidth))
            {
                continue;
            }

            int candidate = Smallest(table, [r]);
            if (candidate < 0)
            {
                continue;
            }

            Hide(table, secondary, candidate);
            foreach (int next in table.CellRelations[candidate])
            {
                if (!queued[next])
                {
                    queued[next] = true;
                    queue.Enqueue(next);
                }
            }
        }
    }

    /// <summary>Whether relation <paramref name="r"/> obviously gives away a hidden count.</summary>
    private static bool Exposed(CountTable table, int r, double protectionWidth)
    {
        int[] cells = table.RelationCells[r];
        int hidden = 0;
        bool protects = false;
        foreach (int cell in cells)
        {
            if (table.Hidden[cell])
            {
                hidden++;
                protects |= table.MustProtect(cell);
            }
        }

        if (!protects)
        {
            return false;
        }

        if (hidden == 1)
        {
            return true;
        }

        if (!table.RelationIsPlainSum[r] || table.Hidden[cells[0]])
        {
            return false;
        }

        // Total published: the hidden parts add up to what the published parts leave, and none can exceed it.
        double mass = table.Values[cells[0]]!.Value;
        for (int t = 1; t < cells.Length; t++)
        {
            if (!table.Hidden[cells[t]])
            {
                mass -= table.Values[cells[t]]!.Value;
            }
        }

        return mass < protectionWidth - MassTolerance;
    }

    /// <summary>The published cell with the smallest count among the relations, ties by cell order; −1 if none.</summary>
    private static int Smallest(CountTable table, IEnumerable<int> relations)
    {
        int best = -1;
        foreach (int r in relations)
        {
            foreach (int cell in table.RelationCells[r])
            {
                if (table.Hidden[cell])
                {
                    continue;
                }

                if (best < 0 || IsBefore(table, cell, best))
                {
                    best = cell;
                }
            }
        }

        return best;
    }

    private static bool IsBefore(CountTable table, int cell, int other)
    {
        int byValue = table.Values[cell]!.Value.CompareTo(table.Values[other]!.Value);
        return byValue != 0 ? byValue < 0 : CellKey.Order.Compare(table.Keys[cell], table.Keys[other]) < 0;
    }

    private static void Hide(CountTable table, bool[] secondary, int cell)
    {
        table.Hidden[cell] = true;
        secondary[cell] = true;
    }
}
