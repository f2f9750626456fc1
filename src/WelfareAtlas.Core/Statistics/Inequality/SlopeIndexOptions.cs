namespace WelfareAtlas.Statistics.Inequality;

/// <summary>How to compute the slope and relative index of inequality.</summary>
/// <param name="ValueType">Normal, rate or proportion.</param>
/// <param name="Multiplier">Scales the SII (100 for percentage points); a negative multiplier reverses the polarity and inverts the RII.</param>
/// <param name="Transform">Fit the regression on the log (rates) or logit (proportions) scale and transform back.</param>
/// <param name="Repetitions">Monte-Carlo draws for the intervals, ≥ 1000; the reference's default is 100 000.</param>
public sealed record SlopeIndexOptions(
    InequalityValueType ValueType,
    double Multiplier = 1,
    bool Transform = false,
    int Repetitions = 100_000)
{
    /// <summary>The interval levels; 95 % when not set.</summary>
    public IReadOnlyList<ConfidenceLevel> Levels { get; init; } = [ConfidenceLevel.Percent95];
}
