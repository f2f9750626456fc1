namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>One age band of an area for direct standardisation.</summary>
/// <param name="Events">Events in the band, ≥ 0; NaN (missing) counts as 0, as in the reference.</param>
/// <param name="Population">The band's population, &gt; 0.</param>
/// <param name="StandardPopulation">The standard population's weight for the band, ≥ 0.</param>
public sealed record StandardisationBand(double Events, double Population, double StandardPopulation);
