namespace WelfareAtlas.Statistics.Funnels;

/// <summary>A funnel plot's control limits: the baseline and 100 points along the x axis.</summary>
/// <param name="Baseline">The centre line (the overall average × multiplier); <see langword="null"/> for ratios, whose baseline is the reference value.</param>
/// <param name="Points">The points, ascending in <see cref="FunnelPoint.X"/>.</param>
public sealed record FunnelLimits(double? Baseline, IReadOnlyList<FunnelPoint> Points);
