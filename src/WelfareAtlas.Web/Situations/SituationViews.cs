namespace WelfareAtlas.Web.Situations;

/// <summary>One finding of the situational picture.</summary>
/// <param name="Kind"><c>significant-change</c>, <c>significant-revision</c>, <c>worse-and-worsening</c>, <c>new-high</c>, <c>new-low</c> or <c>outlier</c>.</param>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Area">The area's code.</param>
/// <param name="Period">The period it is about (the latest; for a revision the period revised).</param>
/// <param name="Breakdown">The breakdown's key.</param>
/// <param name="Value">The value, on the indicator's scale.</param>
/// <param name="Reference">What it is set against: the previous period's value, the superseded value, the city's value, the previous extreme or the peers' median.</param>
/// <param name="ReferencePeriod">For a change: the period of <paramref name="Reference"/> (the previous one, or for a quarter, month or week the same one a year earlier); otherwise <see langword="null"/>.</param>
/// <param name="Worsening">For a change or revision: whether it is for the worse under the profile's polarity; <see langword="null"/> without a judgement.</param>
/// <param name="Score">The z statistic of a change or revision, the modified z-score of an outlier; <see langword="null"/> otherwise.</param>
/// <param name="Detail">The finding in English words.</param>
/// <param name="Batch">The import batch the value came from (outliers and revisions: for stewards to trace the delivery).</param>
/// <param name="PreviousBatch">For a revision: the batch whose value was superseded.</param>
/// <param name="Synthetic">Whether the indicator's data are synthetic demo data, never facts about the city.</param>
public sealed record FindingView(
    string Kind,
    string Indicator,
    string Area,
    string Period,
    string Breakdown,
    double Value,
    double? Reference,
    string? ReferencePeriod,
    bool? Worsening,
    double? Score,
    string Detail,
    long? Batch,
    long? PreviousBatch,
    bool Synthetic);

/// <summary>The findings of one kind, strongest first.</summary>
/// <param name="Kind">The kind's slug (as in <see cref="FindingView.Kind"/>).</param>
/// <param name="Total">How many there are.</param>
/// <param name="Findings">The strongest <c>limit</c> of them.</param>
public sealed record FindingGroupView(string Kind, int Total, IReadOnlyList<FindingView> Findings);

/// <summary>The situational picture of the city (every area's findings) or of one area.</summary>
/// <param name="Area">The area's code; <see langword="null"/> for the whole city.</param>
/// <param name="Profile">The profile whose polarity judged "worse".</param>
/// <param name="Audience"><c>public</c> or <c>analyst</c>: the cells it was read from; outliers are for analysts (stewards) only, and the public sees only the revisions of numbers it is shown whose replaced number was publishable too.</param>
/// <param name="ComputeRun">The latest compute run the cells come from.</param>
/// <param name="Groups">One group per kind the audience may see, in a fixed order.</param>
public sealed record SituationView(string? Area, string Profile, string Audience, long ComputeRun, IReadOnlyList<FindingGroupView> Groups);
