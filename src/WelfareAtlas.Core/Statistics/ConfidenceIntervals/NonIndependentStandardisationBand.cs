namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>
/// One age band and event frequency of an area for direct standardisation of non-independent events
/// (people who can have the event more than once).
/// </summary>
/// <param name="AgeBand">The age band's label; rows of one band share its population and standard weight.</param>
/// <param name="EventFrequency">f: how many events each of these people had, ≥ 1.</param>
/// <param name="Individuals">The number of people with exactly f events, ≥ 0; NaN counts as 0.</param>
/// <param name="Population">The band's population, &gt; 0.</param>
/// <param name="StandardPopulation">The standard population's weight for the band, ≥ 0.</param>
public sealed record NonIndependentStandardisationBand(
    string AgeBand,
    double EventFrequency,
    double Individuals,
    double Population,
    double StandardPopulation);
