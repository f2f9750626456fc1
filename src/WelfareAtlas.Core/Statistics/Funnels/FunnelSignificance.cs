namespace WelfareAtlas.Statistics.Funnels;

/// <summary>Where a point lies against the funnel's control limits around the baseline.</summary>
public enum FunnelSignificance
{
    /// <summary>Within the 95 % limits.</summary>
    NotSignificant,

    /// <summary>Above the 95 % (2 sigma, p = 0.025) limit but not the 99.8 % one: "High (0.025)".</summary>
    HighAt95,

    /// <summary>Above the 99.8 % (3 sigma, p = 0.001) limit: "High (0.001)".</summary>
    HighAt998,

    /// <summary>Below the 95 % limit but not the 99.8 % one: "Low (0.025)".</summary>
    LowAt95,

    /// <summary>Below the 99.8 % limit: "Low (0.001)".</summary>
    LowAt998,

    /// <summary>A directly standardised rate from fewer than 10 events: not assessed.</summary>
    NotApplicableFewEvents,
}
