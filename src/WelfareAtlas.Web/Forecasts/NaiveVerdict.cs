namespace WelfareAtlas.Web.Forecasts;

/// <summary>
/// How the backtested forecasts did against the naive forecasts, in the terms the verdict beside a forecast names:
/// the last value carried forward (naive) and, for monthly and quarterly series, the same period a year earlier
/// (seasonal naive).
/// </summary>
internal enum NaiveVerdict
{
    /// <summary>Lower MASE than the naive forecast; there is no seasonal naive forecast to compare with.</summary>
    BeatsNaive,

    /// <summary>Lower MASE than both the naive and the seasonal naive forecast.</summary>
    BeatsBothNaives,

    /// <summary>The last value carried forward was at least as accurate (the seasonal naive, if any, was not).</summary>
    LastValueAtLeastAsAccurate,

    /// <summary>The same period a year earlier was at least as accurate; the last value carried forward was not.</summary>
    YearEarlierAtLeastAsAccurate,

    /// <summary>Both the last value carried forward and the same period a year earlier were at least as accurate.</summary>
    BothAtLeastAsAccurate,
}
