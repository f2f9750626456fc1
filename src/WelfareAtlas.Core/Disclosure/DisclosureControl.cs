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
public static partial class DisclosureControl
{
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
