namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>The exponential smoothing models considered, all with additive errors (Hyndman et al. 2008, class 1).</summary>
public enum SmoothingModel
{
    /// <summary>Simple exponential smoothing, ETS(A,N,N): a level only.</summary>
    Simple,

    /// <summary>Holt's linear trend, ETS(A,A,N).</summary>
    HoltLinear,

    /// <summary>Additive damped trend, ETS(A,Ad,N).</summary>
    DampedTrend,

    /// <summary>Level and additive season, ETS(A,N,A).</summary>
    Seasonal,

    /// <summary>Holt–Winters additive, ETS(A,A,A).</summary>
    SeasonalHoltLinear,

    /// <summary>Damped trend with additive season, ETS(A,Ad,A).</summary>
    SeasonalDampedTrend,
}
