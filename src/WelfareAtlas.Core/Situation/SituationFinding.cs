using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Situation;

/// <summary>One finding of the situational picture.</summary>
/// <param name="Kind">What it says.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area.</param>
/// <param name="Period">The period the finding is about (the latest one; for a revision, the period revised).</param>
/// <param name="Breakdown">The part of the population.</param>
/// <param name="Value">The value in <paramref name="Period"/>, on the indicator's scale.</param>
/// <param name="Reference">What it is set against: the previous period's value, the superseded value, the benchmark's value, the series' previous extreme, or the peers' median.</param>
/// <param name="Worsening">For a change or revision: whether it is for the worse under the profile's polarity; <see langword="null"/> without a judgement.</param>
/// <param name="Score">How strong it is: the z statistic of a change or revision, the chi-square of the trend, the modified z-score of an outlier; <see langword="null"/> for highs and lows.</param>
/// <param name="Detail">The finding in words (English; the user interface words it in each language from the fields).</param>
/// <param name="Batch">The import batch the value came from; <see langword="null"/> when the caller did not say.</param>
/// <param name="PreviousBatch">For a revision: the batch whose value was superseded; otherwise <see langword="null"/>.</param>
/// <param name="ReferencePeriod">
/// For a change: the period of <paramref name="Reference"/> (the one before, or the same quarter, month or week a year
/// earlier, which a reader cannot tell from the value alone); otherwise <see langword="null"/>.
/// </param>
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
    string Detail,
    long? Batch = null,
    long? PreviousBatch = null,
    Period? ReferencePeriod = null);
