namespace WelfareAtlas.Indicators;

/// <summary>How often new data for an indicator arrives.</summary>
public enum Frequency
{
    /// <summary>Every month.</summary>
    Monthly,

    /// <summary>Every quarter.</summary>
    Quarterly,

    /// <summary>Once a year.</summary>
    Yearly,
}
