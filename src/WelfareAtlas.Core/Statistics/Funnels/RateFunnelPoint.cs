namespace WelfareAtlas.Statistics.Funnels;

/// <summary>Where an area is drawn on a rate funnel.</summary>
/// <param name="Rate">The rate to plot; <see langword="null"/> for a DSR from fewer than 10 events.</param>
/// <param name="PopulationPerYear">The x position: the (derived) population per year of data; <see langword="null"/> with the rate.</param>
public sealed record RateFunnelPoint(double? Rate, double? PopulationPerYear);
