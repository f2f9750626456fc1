namespace WelfareAtlas.Statistics.Trends;

/// <summary>One period of a proportion's time series.</summary>
/// <param name="Period">The period's position on a time axis (e.g. the year); equally spaced periods are usual but not required.</param>
/// <param name="Numerator">Cases, 0 ≤ numerator ≤ denominator; NaN when missing.</param>
/// <param name="Denominator">Population, &gt; 0; NaN when missing.</param>
public sealed record ProportionTrendPoint(double Period, double Numerator, double Denominator);
