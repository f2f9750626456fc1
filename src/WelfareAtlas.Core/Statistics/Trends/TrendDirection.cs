namespace WelfareAtlas.Statistics.Trends;

/// <summary>The recent trend of an indicator in an area.</summary>
public enum TrendDirection
{
    /// <summary>No trend could be tested (the reason is given alongside).</summary>
    CannotBeCalculated,

    /// <summary>No significant change over the last five points.</summary>
    NoSignificantChange,

    /// <summary>Significantly increasing.</summary>
    Increasing,

    /// <summary>Significantly decreasing.</summary>
    Decreasing,
}
