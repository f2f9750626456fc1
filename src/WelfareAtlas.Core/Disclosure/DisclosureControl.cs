using System.Collections;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Disclosure;

/// <summary>
/// The one place that decides what an audience may see of an indicator's observations: primary suppression by the
/// indicator's <see cref="DisclosureRule"/>, complementary suppression along every additive relation, and the audit
/// that proves no hidden count can be narrowed below the protection width. Every output path for the public (API,
/// CSV, XLSX, JSON-stat, maps, charts, tables) calls <see cref="Protect(Indicator, IReadOnlyList{Observation}, IReadOnlyList{Area}, IReadOnlyList{CrosswalkShare}, Audience)"/>
/// and shows only what it returns.
/// </summary>
/// <remarks>
/// What is protected is the numerator: the count of people or events. Denominators (populations at risk) are treated
/// as public, so a hidden numerator hides the cell's rate too (the rate times the denominator would give it back);
/// relations are among numerators of additive measures (count, proportion, crude rate). A cell of another measure
/// (a mean, a given value) takes part only in primary suppression. The public sees no number of a hidden cell, not
/// even its denominator. docs/statistics/disclosure-control.md.
/// </remarks>
public static class DisclosureControl
{
    /// <summary>The most bits a count cell the check for repeated cells spends on a grid of all keys before it takes a set instead.</summary>
    private const int GridBitsPerCell = 64;

    /// <summary>Protects <paramref name="observations"/> of <paramref name="indicator"/>, finding the relations from the areas and the crosswalk.</summary>
    /// <param name="indicator">The indicator, whose rule and measure apply.</param>
    /// <param name="observations">The indicator's current observations; one per cell.</param>
    /// <param name="areas">The areas with their parents (the hierarchy and the postal areas under the city).</param>
    /// <param name="crosswalk">The shares by which sub-district counts were apportioned from postal areas; empty when none.</param>
    /// <param name="audience">Who the result is for.</param>
    public static ProtectedTable Protect(
        Indicator indicator,
        IReadOnlyList<Observation> observations,
        IReadOnlyList<Area> areas,
        IReadOnlyList<CrosswalkShare> crosswalk,
        Audience audience)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(crosswalk);
        if (WithNothingHidden(indicator, observations, crosswalk.Count > 0, throwOnOtherIndicator: false) is { } table)
        {
            // The same check of the input as the full path: each count cell once.
            CheckEachCountOnce(indicator, observations);
            return audience == Audience.Public ? ForPublic(table) : table;
        }

        return ProtectIndexed(indicator, observations, areas, crosswalk, audience);
    }

    /// <summary>
    /// The full protection with the relations found by integer positions (<see cref="IndexedRelations"/>): the same
    /// relations, suppression and audit as <see cref="AdditiveRelations.Build"/> with the overload that takes them (the
    /// reference, property-tested against this), without hashing a <see cref="CellKey"/> for every lookup.
    /// </summary>
    internal static ProtectedTable ProtectIndexed(
        Indicator indicator,
        IReadOnlyList<Observation> observations,
        IReadOnlyList<Area> areas,
        IReadOnlyList<CrosswalkShare> crosswalk,
        Audience audience)
    {
        CountIndex index = CountIndex.Of(indicator, observations);
        return Protect(indicator, observations, index, IndexedRelations.Build(index, areas, crosswalk), audience);
    }

    /// <summary>
    /// The table of an indicator whose rule hides none of its cells, without relations or audit (nothing is hidden, so
    /// nothing needs protecting); <see langword="null"/> when the rule hides a cell, or when the source withheld one
    /// and a crosswalk estimate may depend on it. The result equals what the full protection gives (property-tested):
    /// an estimate's weaker rule (no numerator minimum) cannot hide what the full rule does not. Most indicators (the
    /// population, the grocery shares) take this path, which spares relations and audits of hundreds of thousands of cells.
    /// </summary>
    internal static ProtectedTable? NothingToHide(Indicator indicator, IReadOnlyList<Observation> observations, bool hasEstimates)
    {
        // The same checks of the input as the full path: cells of this indicator, each once.
        CheckEachCountOnce(indicator, observations);
        return WithNothingHidden(indicator, observations, hasEstimates, throwOnOtherIndicator: true);
    }

    /// <summary>
    /// <see cref="NothingToHide"/> without its check for repeated cells; with <paramref name="throwOnOtherIndicator"/>
    /// false, an observation of another indicator gives <see langword="null"/>, so that the full path reports the
    /// errors of the input in its own order (a repeated cell first).
    /// </summary>
    private static ProtectedTable? WithNothingHidden(Indicator indicator, IReadOnlyList<Observation> observations, bool hasEstimates, bool throwOnOtherIndicator)
    {
        var cells = new ProtectedCell[observations.Count];
        for (int i = 0; i < observations.Count; i++)
        {
            Observation observation = observations[i];
            if (observation.Indicator != indicator.Id)
            {
                return throwOnOtherIndicator ? throw OtherIndicator(indicator, observations, i) : null;
            }

            (CellState state, SuppressionReason reason) = PrimarySuppression.Classify(indicator.Disclosure, indicator.Measure, observation);
            if (state.IsWithheld() || (hasEstimates && state == CellState.Unavailable))
            {
                return null;
            }

            cells[i] = new ProtectedCell(observation, state, reason);
        }

        AuditReport audit = new(indicator.Disclosure.ProtectionWidth, [], [], [], 0, 0);
        return new ProtectedTable(indicator.Id, Audience.Analyst, cells, audit, [], [], []);
    }

    /// <summary>Protects <paramref name="observations"/> of <paramref name="indicator"/> under the given relations.</summary>
    /// <param name="indicator">The indicator, whose rule and measure apply.</param>
    /// <param name="observations">The indicator's observations; one per cell.</param>
    /// <param name="relations">Additive relations among the count cells (<see cref="AdditiveRelations.Build"/>); every cell they name must be among the observations.</param>
    /// <param name="audience">Who the result is for.</param>
    public static ProtectedTable Protect(
        Indicator indicator,
        IReadOnlyList<Observation> observations,
        IReadOnlyList<AdditiveRelation> relations,
        Audience audience) =>
        Protect(indicator, observations, new RelationSet(relations, [], new Dictionary<CellKey, IReadOnlyList<CellKey>>()), audience);

    /// <summary>Protects <paramref name="observations"/> of <paramref name="indicator"/> under the given relations and apportioned cells.</summary>
    /// <param name="indicator">The indicator, whose rule and measure apply.</param>
    /// <param name="observations">The indicator's observations; one per cell.</param>
    /// <param name="relations">The relations and apportioned cells (<see cref="AdditiveRelations.Build"/>); every cell they name must be among the observations.</param>
    /// <param name="audience">Who the result is for.</param>
    public static ProtectedTable Protect(
        Indicator indicator,
        IReadOnlyList<Observation> observations,
        RelationSet relations,
        Audience audience)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(relations);
        DisclosureRule rule = indicator.Disclosure;
        var states = new CellState[observations.Count];
        var reasons = new SuppressionReason[observations.Count];
        var countCells = new List<int>();
        var apportioned = new List<int>();
        for (int i = 0; i < observations.Count; i++)
        {
            Observation observation = observations[i];
            if (observation.Indicator != indicator.Id)
            {
                throw OtherIndicator(indicator, observations, i);
            }

            if (relations.Apportioned.ContainsKey(CellKey.Of(observation)))
            {
                // An estimate is not a count of people: no numerator rule, only the denominator's; hidden below if it
                // depends on a hidden cell.
                (states[i], reasons[i]) = PrimarySuppression.Classify(rule with { MinimumNumerator = 0 }, indicator.Measure, observation);
                apportioned.Add(i);
                continue;
            }

            (states[i], reasons[i]) = PrimarySuppression.Classify(rule, indicator.Measure, observation);
            if (IsCount(indicator, observation))
            {
                countCells.Add(i);
            }
        }

        // Cells in key order, not input order: every choice of the suppression follows it, so the result does not
        // depend on the order the observations came in.
        countCells.Sort((a, b) => CellKey.Order.Compare(CellKey.Of(observations[a]), CellKey.Of(observations[b])));
        var table = new CountTable(
            [.. countCells.Select(i => CellKey.Of(observations[i]))],
            [.. countCells.Select(i => observations[i].Numerator)],
            [.. countCells.Select(i => IsHidden(states[i]))],
            relations.Relations);
        bool[] secondary = new bool[countCells.Count];
        AuditReport audit = SecondarySuppression.Apply(table, secondary, rule.ProtectionWidth);
        var hidden = new HashSet<CellKey>();
        for (int k = 0; k < countCells.Count; k++)
        {
            if (secondary[k])
            {
                states[countCells[k]] = CellState.SecondarySuppressed;
                reasons[countCells[k]] = SuppressionReason.Complementary;
            }

            if (table.Hidden[k])
            {
                hidden.Add(table.Keys[k]);
            }
        }

        foreach (int i in apportioned)
        {
            if (!IsHidden(states[i]) && relations.Apportioned[CellKey.Of(observations[i])].Any(hidden.Contains))
            {
                states[i] = CellState.SecondarySuppressed;
                reasons[i] = SuppressionReason.ApportionedFromHidden;
            }
        }

        var cells = new ProtectedCell[observations.Count];
        for (int i = 0; i < observations.Count; i++)
        {
            cells[i] = new ProtectedCell(observations[i], states[i], reasons[i]);
        }

        ProtectedTable analysts = new(indicator.Id, Audience.Analyst, cells, audit, relations.Relations, relations.Contradicted, [.. relations.Apportioned.Keys]);
        return audience == Audience.Public ? ForPublic(analysts) : analysts;
    }

    /// <summary>
    /// What the public may see of a table protected for analysts: hidden cells without their numbers and with the
    /// public state and reason, and the audit's ranges without the true counts inside them.
    /// </summary>
    /// <param name="table">A table from <see cref="Protect(Indicator, IReadOnlyList{Observation}, RelationSet, Audience)"/>.</param>
    public static ProtectedTable ForPublic(ProtectedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Audience == Audience.Public)
        {
            return table;
        }

        // The ranges may be shown (a reader can compute them); the true counts inside them may not.
        AuditReport audit = table.Audit with
        {
            Ranges = [.. table.Audit.Ranges.Select(range => range with { Value = null })],
            Failures = [.. table.Audit.Failures.Select(range => range with { Value = null })],
        };
        return table with
        {
            Audience = Audience.Public,
            Cells = [.. table.Cells.Select(ForPublic)],
            Audit = audit,
        };
    }

    /// <summary>
    /// What the public may see of one cell of a table protected for analysts, as <see cref="ForPublic(ProtectedTable)"/>
    /// gives it: a hidden cell without its numbers and with the public state and reason, any other cell itself (the
    /// same object). For a caller that takes a large table's public cells a part at a time.
    /// </summary>
    /// <param name="cell">A cell of a table from <see cref="Protect(Indicator, IReadOnlyList{Observation}, RelationSet, Audience)"/> for analysts.</param>
    public static ProtectedCell ForPublic(ProtectedCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return IsHidden(cell.State) ? ForPublic(cell.Observation, cell.State, cell.Reason) : cell;
    }

    /// <summary>The count cells of <paramref name="observations"/>: numerator by cell, null for a cell the source did not give.</summary>
    public static IReadOnlyDictionary<CellKey, double?> Counts(Indicator indicator, IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(observations);
        var counts = new Dictionary<CellKey, double?>();
        foreach (Observation observation in observations)
        {
            if (IsCount(indicator, observation) && !counts.TryAdd(CellKey.Of(observation), observation.Numerator))
            {
                throw new ArgumentException($"Cell {CellKey.Of(observation)} of '{indicator.Id}' appears twice.", nameof(observations));
            }
        }

        return counts;
    }

    /// <summary>
    /// Throws as <see cref="Counts"/> does when a count cell appears twice (the first repeat named), without building the
    /// dictionary of counts: cells are told apart by the numbers of their area, period and breakdown.
    /// </summary>
    /// <remarks>
    /// The numbers are found first and the cells then checked in the same order, so the first repeat is the one a set
    /// filled in observation order meets. The check is one bit per (area, period, breakdown) when that grid is at most
    /// <see cref="GridBitsPerCell"/> bits a cell (every indicator of the demos: areas × periods × breakdowns of one
    /// indicator are mostly present), else a set of the three numbers.
    /// </remarks>
    private static void CheckEachCountOnce(Indicator indicator, IReadOnlyList<Observation> observations)
    {
        KeyNumbers numbers = new();
        int[] areaOf = new int[observations.Count];
        int[] periodOf = new int[observations.Count];
        int[] breakdownOf = new int[observations.Count];
        bool[] isCount = new bool[observations.Count];
        int counts = 0;
        for (int i = 0; i < observations.Count; i++)
        {
            Observation observation = observations[i];
            if (IsCount(indicator, observation))
            {
                isCount[i] = true;
                areaOf[i] = numbers.AreaOf(observation.Area);
                periodOf[i] = numbers.PeriodOf(observation.Period);
                breakdownOf[i] = numbers.BreakdownOf(observation.Breakdown);
                counts++;
            }
        }

        long periods = numbers.Periods.Count;
        long breakdowns = numbers.Breakdowns.Count;
        double grid = (double)numbers.Areas.Count * periods * breakdowns;
        if (grid <= Math.Min(int.MaxValue, (double)GridBitsPerCell * Math.Max(counts, 1)))
        {
            var seen = new BitArray(numbers.Areas.Count * (int)periods * (int)breakdowns);
            for (int i = 0; i < observations.Count; i++)
            {
                if (!isCount[i])
                {
                    continue;
                }

                int cell = (int)((((areaOf[i] * periods) + periodOf[i]) * breakdowns) + breakdownOf[i]);
                if (seen[cell])
                {
                    throw RepeatedCount(indicator, observations, i);
                }

                seen[cell] = true;
            }

            return;
        }

        HashSet<(int, int, int)> seenKeys = new(counts);
        for (int i = 0; i < observations.Count; i++)
        {
            if (isCount[i] && !seenKeys.Add((areaOf[i], periodOf[i], breakdownOf[i])))
            {
                throw RepeatedCount(indicator, observations, i);
            }
        }
    }

    private static ArgumentException RepeatedCount(Indicator indicator, IReadOnlyList<Observation> observations, int i) =>
        new($"Cell {CellKey.Of(observations[i])} of '{indicator.Id}' appears twice.", nameof(observations));

    /// <summary>
    /// A hidden cell as the public sees it: no numbers, and one state and reason for every suppressed count, since
    /// "this one is small" or "this one is zero" would narrow what the suppression protects. An apportioned estimate
    /// keeps its reason: the hidden postal area behind it is visible anyway.
    /// </summary>
    private static ProtectedCell ForPublic(Observation observation, CellState state, SuppressionReason reason)
    {
        Observation empty = observation with { Numerator = null, Denominator = null, Value = null, Lower = null, Upper = null };
        return state == CellState.Unavailable
            ? new ProtectedCell(empty, state, reason)
            : new ProtectedCell(empty, CellState.Suppressed, reason == SuppressionReason.ApportionedFromHidden ? reason : SuppressionReason.Confidential);
    }

    /// <summary>
    /// The full protection over integer positions: what <see cref="Protect(Indicator, IReadOnlyList{Observation}, RelationSet, Audience)"/>
    /// does with the relations of <see cref="AdditiveRelations.Build"/>, step for step, with the same result.
    /// </summary>
    private static ProtectedTable Protect(
        Indicator indicator,
        IReadOnlyList<Observation> observations,
        CountIndex index,
        IndexedRelations relations,
        Audience audience)
    {
        DisclosureRule rule = indicator.Disclosure;
        DisclosureRule estimateRule = rule with { MinimumNumerator = 0 };
        var states = new CellState[observations.Count];
        var reasons = new SuppressionReason[observations.Count];
        var apportioned = new List<int>();
        int[] observationAt = new int[index.Count];
        Array.Fill(observationAt, -1);
        for (int i = 0; i < observations.Count; i++)
        {
            Observation observation = observations[i];
            if (observation.Indicator != indicator.Id)
            {
                throw OtherIndicator(indicator, observations, i);
            }

            int position = index.ObservationPositions[i];
            if (position >= 0 && relations.Apportioned[position] is not null)
            {
                // An estimate is not a count of people: no numerator rule, only the denominator's; hidden below if it
                // depends on a hidden cell.
                (states[i], reasons[i]) = PrimarySuppression.Classify(estimateRule, indicator.Measure, observation);
                apportioned.Add(i);
                continue;
            }

            (states[i], reasons[i]) = PrimarySuppression.Classify(rule, indicator.Measure, observation);
            if (IsCount(indicator, observation))
            {
                observationAt[position] = i;
            }
        }

        // The count table's cells are the positions of its observations, which are in key order already.
        int[] tableIndex = new int[index.Count];
        var countCells = new List<int>(index.Count);
        for (int position = 0; position < index.Count; position++)
        {
            tableIndex[position] = -1;
            if (observationAt[position] >= 0)
            {
                tableIndex[position] = countCells.Count;
                countCells.Add(position);
            }
        }

        var keys = new CellKey[countCells.Count];
        var values = new double?[countCells.Count];
        bool[] hiddenCells = new bool[countCells.Count];
        for (int k = 0; k < countCells.Count; k++)
        {
            int i = observationAt[countCells[k]];
            keys[k] = index.Keys[countCells[k]];
            values[k] = observations[i].Numerator;
            hiddenCells[k] = IsHidden(states[i]);
        }

        var relationCells = new int[relations.Holding.Count][];
        for (int r = 0; r < relationCells.Length; r++)
        {
            int[] positions = relations.Holding[r].Cells;
            int[] cells = new int[positions.Length];
            for (int t = 0; t < positions.Length; t++)
            {
                cells[t] = tableIndex[positions[t]];
            }

            relationCells[r] = cells;
        }

        var table = new CountTable(keys, values, hiddenCells, relationCells);
        bool[] secondary = new bool[countCells.Count];
        AuditReport audit = SecondarySuppression.Apply(table, secondary, rule.ProtectionWidth);
        bool[] hiddenAt = new bool[index.Count];
        for (int k = 0; k < countCells.Count; k++)
        {
            int i = observationAt[countCells[k]];
            if (secondary[k])
            {
                states[i] = CellState.SecondarySuppressed;
                reasons[i] = SuppressionReason.Complementary;
            }

            hiddenAt[countCells[k]] = table.Hidden[k];
        }

        foreach (int i in apportioned)
        {
            if (!IsHidden(states[i]) && Array.Exists(relations.Apportioned[index.ObservationPositions[i]]!, position => hiddenAt[position]))
            {
                states[i] = CellState.SecondarySuppressed;
                reasons[i] = SuppressionReason.ApportionedFromHidden;
            }
        }

        var protectedCells = new ProtectedCell[observations.Count];
        for (int i = 0; i < observations.Count; i++)
        {
            protectedCells[i] = new ProtectedCell(observations[i], states[i], reasons[i]);
        }

        ProtectedTable analysts = new(
            indicator.Id,
            Audience.Analyst,
            protectedCells,
            audit,
            IndexedRelations.ToRecords(index, relations.Holding),
            IndexedRelations.ToRecords(index, relations.Contradicted),
            [.. relations.Estimates.Select(position => index.Keys[position])]);
        return audience == Audience.Public ? ForPublic(analysts) : analysts;
    }

    private static ArgumentException OtherIndicator(Indicator indicator, IReadOnlyList<Observation> observations, int i) =>
        new($"Observation {i} ({CellKey.Of(observations[i])}) is of indicator '{observations[i].Indicator}', not '{indicator.Id}'.", nameof(observations));

    /// <summary>Whether <paramref name="observation"/> is a count cell: a numerator of an additive measure, or a cell of one the source did not give.</summary>
    internal static bool IsCount(Indicator indicator, Observation observation) =>
        indicator.Measure is Measure.Count or Measure.Proportion or Measure.CrudeRate
        && (observation.Numerator is not null || observation.Status != ObservationStatus.Available);

    private static bool IsHidden(CellState state) =>
        state is CellState.PrimarySuppressed or CellState.SecondarySuppressed or CellState.Unavailable;
}
