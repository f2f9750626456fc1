namespace WelfareAtlas.Statistics.Inequality;

/// <summary>The gap and ratio between the best and the worst quintile of areas.</summary>
/// <param name="BestValue">The best quintile's value (the population-weighted mean of its areas' values).</param>
/// <param name="WorstValue">The worst quintile's value.</param>
/// <param name="Gap">Worst − best: positive when the worst quintile is higher (lower-is-better indicators), negative otherwise.</param>
/// <param name="Ratio">Worst / best; <see langword="null"/> when the best quintile's value is 0.</param>
/// <param name="BestAreas">How many areas are in the best quintile.</param>
/// <param name="WorstAreas">How many areas are in the worst quintile.</param>
public sealed record QuintileGap(double BestValue, double WorstValue, double Gap, double? Ratio, int BestAreas, int WorstAreas);
