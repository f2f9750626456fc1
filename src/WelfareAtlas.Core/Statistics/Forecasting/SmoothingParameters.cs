namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>The smoothing parameters and initial states of one exponential smoothing model.</summary>
/// <param name="Alpha">Level smoothing, in (0, 1).</param>
/// <param name="Beta">Trend smoothing, in (0, α); 0 without a trend.</param>
/// <param name="Gamma">Season smoothing, in (0, 1 − α); 0 without a season.</param>
/// <param name="Phi">Trend damping, in [0.8, 0.98] for a damped trend; 1 for an undamped trend.</param>
/// <param name="Level">The initial level ℓ₀.</param>
/// <param name="Trend">The initial trend b₀; 0 without a trend.</param>
/// <param name="Season">The initial seasonal states s₁₋ₘ … s₀ (summing to 0); empty without a season.</param>
public sealed record SmoothingParameters(double Alpha, double Beta, double Gamma, double Phi, double Level, double Trend, IReadOnlyList<double> Season);
