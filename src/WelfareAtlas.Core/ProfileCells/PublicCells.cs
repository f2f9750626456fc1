using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Observations;
using WelfareAtlas.Statistics;

namespace WelfareAtlas.ProfileCells;

/// <summary>
/// The public's cells of an indicator whose disclosure control hides some count: computed from the protected
/// observations, so that no comparison, rank, quintile or trend the public sees comes from a hidden number.
/// </summary>
public static class PublicCells
{
    private static readonly StatisticError Withheld = StatisticError.Suppressed("suppressed to protect privacy");

    /// <summary>
    /// What the public sees of an analysts' cell (<see cref="DisclosureControl.ForPublic(ProtectedCell)"/>); when the
    /// audit failed (<paramref name="auditPassed"/> false), the protection could not be proven and every count is withheld.
    /// </summary>
    public static ProtectedCell Of(ProtectedCell analysts, bool auditPassed) => DisclosureControl.ForPublic(
        auditPassed || analysts.State == CellState.Unavailable
            ? analysts
            : analysts with { State = CellState.SecondarySuppressed, Reason = SuppressionReason.Complementary });

    /// <summary>
    /// The cells of <paramref name="published"/>, the public's protected cells of <paramref name="observations"/> in
    /// the same order; a withheld cell has no value. Where the public's observation is the analysts' own (the same
    /// object) the analysts' estimate in <paramref name="analystCells"/> is taken instead of estimating it again.
    /// </summary>
    public static IReadOnlyList<IndicatorCell> Compute(
        IndicatorMethod method,
        IReadOnlyDictionary<AreaCode, Area> areas,
        IReadOnlyList<ProtectedCell> published,
        IReadOnlyList<Observation> observations,
        IReadOnlyList<IndicatorCell> analystCells)
    {
        IndicatorCell?[] bySource = new IndicatorCell?[observations.Count];
        foreach (IndicatorCell cell in analystCells)
        {
            bySource[cell.SourceIndex] = cell;
        }

        return CellCalculator.Compute(
            method,
            areas,
            published.Select(cell => cell.Observation),
            i => published[i].State.IsWithheld() ? Withheld : null,
            i => bySource[i] is { } cell && ReferenceEquals(published[i].Observation, observations[i])
                ? cell.Estimate is { } estimate ? StatisticResult<Estimate>.Success(estimate) : StatisticResult<Estimate>.Failure(cell.NoValue!)
                : null);
    }
}
