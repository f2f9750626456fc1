namespace WelfareAtlas.Web.Profiles;

/// <summary>An indicator named in a summary, with the size of its difference from the benchmark.</summary>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Value">The area's value.</param>
/// <param name="BenchmarkValue">The benchmark's value; <see langword="null"/> for a worsening indicator the benchmark has no value for (JSON has no NaN).</param>
/// <param name="Ratio">The area's value over the benchmark's; <see langword="null"/> when the benchmark is zero.</param>
public sealed record SummaryItem(string Indicator, TextView Name, double Value, double? BenchmarkValue, double? Ratio);

/// <summary>
/// The plain-language summary of an area's profile: where it is significantly better or worse than the benchmark
/// (at 95 %), largest differences first, and which indicators are getting worse.
/// </summary>
/// <param name="Compared">Indicators that could be compared with the benchmark.</param>
/// <param name="Concerns">Significantly worse than the benchmark, the largest difference first.</param>
/// <param name="Strengths">Significantly better than the benchmark, the largest difference first.</param>
/// <param name="Worsening">Indicators with a significantly worsening recent trend.</param>
/// <param name="Text">The summary as sentences.</param>
public sealed record ProfileSummary(
    int Compared,
    IReadOnlyList<SummaryItem> Concerns,
    IReadOnlyList<SummaryItem> Strengths,
    IReadOnlyList<SummaryItem> Worsening,
    TextView Text);
