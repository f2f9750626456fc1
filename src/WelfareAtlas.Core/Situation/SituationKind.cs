namespace WelfareAtlas.Situation;

/// <summary>What a finding of the situational picture says.</summary>
public enum SituationKind
{
    /// <summary>The latest value differs significantly from the previous period's.</summary>
    SignificantChange,

    /// <summary>A newer data vintage (import batch) changed a delivered number significantly: the value now against the value it superseded.</summary>
    SignificantRevision,

    /// <summary>Significantly worse than the benchmark and significantly worsening: the list planners act on first.</summary>
    WorseAndWorsening,

    /// <summary>The latest value is the highest of the area's series.</summary>
    NewHigh,

    /// <summary>The latest value is the lowest of the area's series.</summary>
    NewLow,

    /// <summary>The value is far from its peers' (modified z-score): for a data steward to check, with the batch it came from, before anyone reads it as news.</summary>
    Outlier,
}
