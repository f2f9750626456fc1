namespace WelfareAtlas.Statistics.Comparisons;

/// <summary>The outcome of comparing an area with a benchmark.</summary>
public enum Significance
{
    /// <summary>Not compared: a value, an interval or the benchmark is missing (the reason is given alongside).</summary>
    NotCompared,

    /// <summary>The benchmark lies within the area's interval.</summary>
    Similar,

    /// <summary>Significantly better than the benchmark (indicators with polarity).</summary>
    Better,

    /// <summary>Significantly worse than the benchmark (indicators with polarity).</summary>
    Worse,

    /// <summary>Significantly higher than the benchmark (indicators without polarity).</summary>
    Higher,

    /// <summary>Significantly lower than the benchmark (indicators without polarity).</summary>
    Lower,
}
