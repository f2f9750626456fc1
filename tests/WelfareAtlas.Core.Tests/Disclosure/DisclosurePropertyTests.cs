using FsCheck;
using FsCheck.Xunit;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Observations;

namespace WelfareAtlas.Core.Tests.Disclosure;

/// <summary>Invariants of disclosure control over random hierarchies and counts (FsCheck), see <see cref="RandomTable"/>.</summary>
public sealed class DisclosurePropertyTests
{
    [Property(MaxTest = 60)]
    public bool Protect_RandomHierarchy_AuditPasses(NonNegativeInt seed)
    {
        RandomTable random = RandomTable.Create(seed.Get);

        ProtectedTable table = Protect(random, random.Observations);

        return table.Audit.Passed && table.Audit.Ranges.All(range => range.Range.Width >= random.Rule.ProtectionWidth - 1e-6);
    }

    [Property(MaxTest = 60)]
    public bool Protect_RandomHierarchy_IndependentAuditOfTheOutputPasses(NonNegativeInt seed)
    {
        // Audit again from the public output alone (which cells are hidden) plus the true counts.
        RandomTable random = RandomTable.Create(seed.Get);
        ProtectedTable table = Protect(random, random.Observations);

        AuditCell[] cells = [.. table.Cells.Zip(random.Observations, (cell, truth) => new AuditCell(cell.Key, truth.Numerator, cell.IsHidden))];
        AuditReport again = DisclosureAudit.Run(cells, table.Relations, random.Rule.ProtectionWidth);

        // Every cell with a small count is hidden, so the independent audit covers them all.
        return again.Passed
            && random.Observations.Where(Small(random)).All(o => again.Ranges.Any(range => range.Cell == CellKey.Of(o)));
    }

    [Property(MaxTest = 60)]
    public bool Protect_RandomHierarchy_NoPublishedCellBelowTheThreshold(NonNegativeInt seed)
    {
        RandomTable random = RandomTable.Create(seed.Get);
        ProtectedTable table = Protect(random, random.Observations);
        Func<Observation, bool> small = Small(random);

        return table.Cells.Where(cell => !cell.IsHidden).All(cell => !small(cell.Observation));
    }

    [Property(MaxTest = 40)]
    public bool Protect_ShuffledInput_SameStateForEveryCell(NonNegativeInt seed)
    {
        RandomTable random = RandomTable.Create(seed.Get);
        Observation[] shuffled = [.. random.Observations];
        new Random(seed.Get + 1).Shuffle(shuffled);

        Dictionary<CellKey, CellState> first = Protect(random, random.Observations).Cells.ToDictionary(cell => cell.Key, cell => cell.State);
        Dictionary<CellKey, CellState> second = Protect(random, shuffled).Cells.ToDictionary(cell => cell.Key, cell => cell.State);

        return first.Count == second.Count && first.All(pair => second[pair.Key] == pair.Value);
    }

    [Property(MaxTest = 40)]
    public bool Protect_RandomHierarchy_PublishedCellsUnchangedAndHiddenOnesEmpty(NonNegativeInt seed)
    {
        RandomTable random = RandomTable.Create(seed.Get);
        ProtectedTable table = Protect(random, random.Observations);

        return table.Cells.Zip(random.Observations).All(pair => pair.First.IsHidden
            ? pair.First.Observation.Numerator is null && pair.First.Observation.Denominator is null && pair.First.Key == CellKey.Of(pair.Second)
            : pair.First.Observation == pair.Second);
    }

    [Property(MaxTest = 60)]
    public bool NothingToHide_WhereItApplies_EqualsTheFullProtection(NonNegativeInt seed)
    {
        // Large counts (the random table's counts × 100, so its sums still hold) hide nothing unless a zero is not
        // publishable; the short path must then give every cell the state and reason the full protection gives.
        RandomTable random = RandomTable.Create(seed.Get);
        Observation[] large = [.. random.Observations.Select(o => o with { Numerator = o.Numerator * 100, Denominator = o.Denominator * 100 })];

        ProtectedTable? quick = DisclosureControl.NothingToHide(random.Indicator, large, hasEstimates: false);
        ProtectedTable full = DisclosureControl.Protect(
            random.Indicator, large, AdditiveRelations.Build(DisclosureControl.Counts(random.Indicator, large), random.Areas, []), Audience.Analyst);

        bool fullHidesNothing = full.Cells.All(cell => !cell.State.IsWithheld());
        return quick is null
            ? !fullHidesNothing
            : fullHidesNothing && quick.Audit.Passed && quick.Cells.Zip(full.Cells).All(pair => pair.First == pair.Second);
    }

    private static Func<Observation, bool> Small(RandomTable random) => observation =>
        observation.Numerator is { } n
        && ((n > 0 && n < random.Rule.MinimumNumerator) || (n == 0 && !random.Rule.ZeroPublishable && random.Rule.MinimumNumerator > 0));

    [Property(MaxTest = 60)]
    public bool ForPublic_EachCell_SameAsThePublicTable(NonNegativeInt seed)
    {
        // The compute run takes a large indicator's public cells a part at a time, cell by cell.
        RandomTable random = RandomTable.Create(seed.Get);
        ProtectedTable analysts = DisclosureControl.Protect(random.Indicator, random.Observations, random.Areas, [], Audience.Analyst);

        ProtectedTable published = DisclosureControl.ForPublic(analysts);

        return analysts.Cells.Select((cell, i) => (Cell: DisclosureControl.ForPublic(cell), Expected: published.Cells[i], Analysts: cell)).All(
            pair => pair.Cell == pair.Expected && (pair.Analysts.IsHidden ? pair.Cell.Observation.Numerator is null : ReferenceEquals(pair.Cell, pair.Analysts)));
    }

    private static ProtectedTable Protect(RandomTable random, IReadOnlyList<Observation> observations) =>
        DisclosureControl.Protect(random.Indicator, observations, random.Areas, [], Audience.Public);
}
