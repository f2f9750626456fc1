namespace WelfareAtlas.Statistics.Comparisons;

/// <summary>Which direction is good for an indicator in a profile.</summary>
public enum Polarity
{
    /// <summary>No judgement: differences are reported as higher or lower.</summary>
    NoJudgement,

    /// <summary>A higher value is better (e.g. school completion).</summary>
    HigherIsBetter,

    /// <summary>A lower value is better (e.g. mortality).</summary>
    LowerIsBetter,
}
