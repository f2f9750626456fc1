using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Statistics.Trends;

namespace WelfareAtlas.ProfileCells;

/// <summary>Applies a profile's polarity to a judgement-free comparison or trend.</summary>
public static class PolarityJudgement
{
    /// <summary>Higher/Lower become Better/Worse by <paramref name="polarity"/>; Similar and Not compared stay.</summary>
    public static Significance Judge(Significance raw, Polarity polarity) => (raw, polarity) switch
    {
        (Significance.Higher, Polarity.HigherIsBetter) or (Significance.Lower, Polarity.LowerIsBetter) => Significance.Better,
        (Significance.Higher, Polarity.LowerIsBetter) or (Significance.Lower, Polarity.HigherIsBetter) => Significance.Worse,
        _ => raw,
    };

    /// <summary>Whether an increasing or decreasing trend is a worsening under <paramref name="polarity"/>; <see langword="null"/> for no judgement or no significant trend.</summary>
    public static bool? IsWorsening(TrendDirection direction, Polarity polarity) => (direction, polarity) switch
    {
        (TrendDirection.Increasing, Polarity.LowerIsBetter) or (TrendDirection.Decreasing, Polarity.HigherIsBetter) => true,
        (TrendDirection.Increasing, Polarity.HigherIsBetter) or (TrendDirection.Decreasing, Polarity.LowerIsBetter) => false,
        _ => null,
    };
}
