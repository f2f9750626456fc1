namespace WelfareAtlas.Statistics.Funnels;

/// <summary>How a ratio funnel's limits are expressed.</summary>
public enum RatioType
{
    /// <summary>Observed / expected − 1 (a relative difference in counts).</summary>
    Count,

    /// <summary>Observed / expected × 100 (an indirectly standardised ratio).</summary>
    IndirectlyStandardisedRatio,
}
