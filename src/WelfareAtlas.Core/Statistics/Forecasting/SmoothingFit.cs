namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>One exponential smoothing model fitted to a series.</summary>
/// <param name="Model">The model.</param>
/// <param name="SeasonLength">m, the periods in a season (12 for months); 1 without a season.</param>
/// <param name="Parameters">The fitted parameters and initial states.</param>
/// <param name="FinalLevel">ℓₙ, the level after the last observation.</param>
/// <param name="FinalTrend">bₙ, the trend after the last observation; 0 without a trend.</param>
/// <param name="FinalSeason">The last m seasonal states, oldest first; empty without a season.</param>
/// <param name="Variance">σ², the one-step error variance: SSE / (n − k).</param>
/// <param name="Aicc">The corrected Akaike information criterion, n·ln(SSE/n) + 2k + 2k(k + 1)/(n − k − 1).</param>
/// <param name="ParameterCount">k: smoothing parameters, initial states and σ.</param>
/// <param name="Observations">n, the length of the series.</param>
public sealed record SmoothingFit(
    SmoothingModel Model,
    int SeasonLength,
    SmoothingParameters Parameters,
    double FinalLevel,
    double FinalTrend,
    IReadOnlyList<double> FinalSeason,
    double Variance,
    double Aicc,
    int ParameterCount,
    int Observations);
