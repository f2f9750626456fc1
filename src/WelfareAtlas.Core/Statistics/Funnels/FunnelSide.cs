namespace WelfareAtlas.Statistics.Funnels;

/// <summary>Which control limit of a funnel.</summary>
internal enum FunnelSide
{
    Low,
    High,
}
