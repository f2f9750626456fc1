using WelfareAtlas.Indicators;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics.Comparisons;

namespace WelfareAtlas.Situation;

/// <summary>What the situational picture is built from.</summary>
/// <param name="Cells">The computed cells of one or more indicators, all periods.</param>
/// <param name="Polarity">Each indicator's polarity in the profile being read.</param>
/// <param name="Methods">How each indicator's numbers are computed, for the revisions' values and intervals; indicators without a method have their revisions skipped.</param>
/// <param name="Batches">The batch each current number came from, by key; a finding about a number not listed has no batch.</param>
/// <param name="Revisions">Current observations with the ones they superseded (the previous data vintage).</param>
public sealed record SituationInput(
    IReadOnlyList<IndicatorCell> Cells,
    Func<IndicatorId, Polarity> Polarity,
    IReadOnlyDictionary<IndicatorId, IndicatorMethod> Methods,
    IReadOnlyDictionary<ObservationKey, long> Batches,
    IReadOnlyList<ObservationRevision> Revisions)
{
    /// <summary>Which comparison decides "worse": the city (default) or the parent.</summary>
    public Benchmark Benchmark { get; init; } = Benchmark.City;

    /// <summary>The confidence level of the change and revision tests; 99.8 % by default, as for comparisons.</summary>
    public double ChangeLevel { get; init; } = 0.998;
}
