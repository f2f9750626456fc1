namespace WelfareAtlas.Statistics.Trends;

/// <summary>One period of a rate's (or any estimate's) time series, with its confidence interval.</summary>
/// <param name="Period">The period's position on a time axis (e.g. the year).</param>
/// <param name="Value">The value; NaN when missing.</param>
/// <param name="Interval">The value's confidence interval at <c>IntervalLevel</c> of the test; gives the value's standard error.</param>
public sealed record ValueTrendPoint(double Period, double Value, Interval Interval);
