namespace WelfareAtlas.Statistics;

/// <summary>Why a statistic has no value.</summary>
public enum StatisticErrorKind
{
    /// <summary>The data break the method's rules (a negative count, a zero denominator, numerator above denominator).</summary>
    InvalidInput,

    /// <summary>A parameter is outside its range (a confidence level, a multiplier, a number of quantiles).</summary>
    InvalidArgument,

    /// <summary>An input value is missing, so the output is missing too.</summary>
    MissingValue,

    /// <summary>The method withholds the value by design (e.g. a DSR with fewer than 10 events).</summary>
    Suppressed,

    /// <summary>Too few data points for the method (e.g. a trend over fewer than five periods).</summary>
    InsufficientData,
}
