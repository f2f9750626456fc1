using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Situation;

/// <summary>One finding of the situational picture.</summary>
/// <param name="Kind">What it says.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area.</param>
/// <param name="Period">The period the finding is about (the latest one).</param>
/// <param name="Breakdown">The part of the population.</param>
/// <param name="Value">The value in <paramref name="Period"/>.</param>
/// <param name="Reference">What it is set against: the previous period's value, the benchmark's value, the series' previous extreme, or the peers' median.</param>
/// <param name="Worsening">For a change: whether it is for the worse under the profile's polarity; <see langword="null"/> without a judgement.</param>
/// <param name="Score">How strong it is: the z statistic of a change, the modified z-score of an outlier; <see langword="null"/> for the others.</param>
/// <param name="Detail">The finding in words (English; the user interface words it in each language from the fields).</param>
public sealed record SituationFinding(
    SituationKind Kind,
    IndicatorId Indicator,
    AreaCode Area,
    Period Period,
    Breakdown Breakdown,
    double Value,
    double? Reference,
    bool? Worsening,
    double? Score,
    string Detail);
