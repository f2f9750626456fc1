namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>One age band of an area for indirect standardisation, with the reference population's band.</summary>
/// <param name="Events">Observed events in the area's band, ≥ 0; NaN counts as 0.</param>
/// <param name="Population">The area's band population, ≥ 0 (0 allowed: the band then expects no events); NaN counts as 0.</param>
/// <param name="ReferenceEvents">Events in the reference population's band, ≥ 0; NaN counts as 0.</param>
/// <param name="ReferencePopulation">The reference population's band, &gt; 0.</param>
public sealed record IndirectStandardisationBand(
    double Events,
    double Population,
    double ReferenceEvents,
    double ReferencePopulation);
