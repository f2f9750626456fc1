namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>The range a series' values live in, which decides the scale the model is fitted on.</summary>
public enum ForecastScale
{
    /// <summary>Any real number: fitted as it is.</summary>
    Unbounded,

    /// <summary>Proportions in [0, 1]: fitted on the logit scale, so forecasts and limits stay inside (0, 1).</summary>
    Proportion,

    /// <summary>Non-negative values (rates, counts, money): fitted on the log scale with a small offset for zeros, so limits stay ≥ 0.</summary>
    NonNegative,
}
