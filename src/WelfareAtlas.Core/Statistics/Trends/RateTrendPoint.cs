namespace WelfareAtlas.Statistics.Trends;

/// <summary>One period of a crude rate's time series, as counts.</summary>
/// <param name="Period">The period's position on a time axis (e.g. the year).</param>
/// <param name="Events">Events, ≥ 0; NaN when missing.</param>
/// <param name="Population">Population or person-years, &gt; 0; NaN when missing.</param>
public sealed record RateTrendPoint(double Period, double Events, double Population);
