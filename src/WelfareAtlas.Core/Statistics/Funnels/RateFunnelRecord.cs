namespace WelfareAtlas.Statistics.Funnels;

/// <summary>One area's rate for a rate funnel.</summary>
/// <param name="Events">Events, ≥ 0.</param>
/// <param name="Rate">The rate per multiplier (crude or directly standardised); may be NaN when there are no events and a denominator is given.</param>
/// <param name="Denominator">The population, needed when there are no events (the rate then says nothing about it); <see langword="null"/> when not known.</param>
public sealed record RateFunnelRecord(double Events, double Rate, double? Denominator = null);
