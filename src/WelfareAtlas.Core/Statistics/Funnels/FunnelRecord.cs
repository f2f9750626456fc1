namespace WelfareAtlas.Statistics.Funnels;

/// <summary>One area's counts for a proportion or ratio funnel.</summary>
/// <param name="Numerator">Cases (proportions) or observed events (ratios), ≥ 0.</param>
/// <param name="Denominator">Population (proportions) or expected events (ratios), &gt; 0.</param>
public sealed record FunnelRecord(double Numerator, double Denominator);
