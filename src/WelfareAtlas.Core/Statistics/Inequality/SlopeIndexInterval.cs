namespace WelfareAtlas.Statistics.Inequality;

/// <summary>Simulated confidence intervals of the SII and RII at one level.</summary>
/// <param name="Level">The confidence level.</param>
/// <param name="Sii">The SII's interval, on the multiplier's scale.</param>
/// <param name="Rii">The RII's interval.</param>
public sealed record SlopeIndexInterval(ConfidenceLevel Level, Interval Sii, Interval Rii);
