namespace WelfareAtlas.Statistics.Inequality;

/// <summary>One quantile (e.g. a deprivation decile) of a population, for the slope and relative index of inequality.</summary>
/// <param name="Quantile">The quantile's rank, 1 = the first (e.g. most deprived) end of the scale.</param>
/// <param name="Population">The quantile's population, &gt; 0.</param>
/// <param name="Value">The indicator's value in the quantile (a proportion as 0–1, not a percentage).</param>
/// <param name="StandardError">
/// The value's standard error on the value type's scale (identity, log or logit); <see langword="null"/> to derive it
/// from <paramref name="Interval95"/>.
/// </param>
/// <param name="Interval95">The value's 95 % confidence interval; used when no standard error is given, and required with the transform.</param>
public sealed record InequalityQuantile(
    int Quantile,
    double Population,
    double Value,
    double? StandardError = null,
    Interval? Interval95 = null);
