namespace WelfareAtlas.Statistics.Funnels;

/// <summary>The kind of rate on a rate funnel.</summary>
public enum RateType
{
    /// <summary>A crude rate: events / population × multiplier.</summary>
    Crude,

    /// <summary>A directly standardised rate: the population is derived from events and rate, and fewer than 10 events are not assessed.</summary>
    DirectlyStandardised,
}
