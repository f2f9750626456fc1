using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Statistics.Quantiles;

namespace WelfareAtlas.Statistics.Inequality;

/// <summary>Ranks areas into quintiles by their own values and compares the best quintile with the worst.</summary>
/// <remarks>
/// The areas are assigned to quintiles with <see cref="QuantileAssigner"/> (the reference's rule, ties sharing a
/// quintile); a quintile's value is the mean of its areas' values weighted by their populations (a plain mean when
/// no populations are given). Best and worst follow the indicator's polarity. Edge behaviour: missing values are
/// left out; fewer than five areas with values, or an indicator without polarity, give a typed error.
/// </remarks>
public static class QuintileGapCalculator
{
    private const int Quintiles = 5;

    /// <summary>Computes the gap and ratio.</summary>
    /// <param name="values">One value per area; NaN when missing.</param>
    /// <param name="polarity">Which direction is better; <see cref="Polarity.NoJudgement"/> is rejected.</param>
    /// <param name="populations">The areas' populations as weights (same order); <see langword="null"/> for equal weights.</param>
    public static StatisticResult<QuintileGap> Compute(IReadOnlyList<double> values, Polarity polarity, IReadOnlyList<double>? populations = null)
    {
        if (polarity == Polarity.NoJudgement)
        {
            return StatisticResult<QuintileGap>.Failure(
                StatisticError.InvalidArgument("best and worst quintiles need an indicator with a polarity"));
        }

        if (populations is not null && (populations.Count != values.Count || populations.Any(p => !(p > 0) || double.IsInfinity(p))))
        {
            return StatisticResult<QuintileGap>.Failure(
                StatisticError.InvalidInput("populations must be given for every area and be greater than zero"));
        }

        // Quintile 1 holds the highest values.
        QuantileAssignment assignment = QuantileAssigner.Assign(values, Quintiles, invert: true).GetValueOrThrow();
        if (assignment.Warning is not null)
        {
            return StatisticResult<QuintileGap>.Failure(
                StatisticError.InsufficientData("fewer than five areas have values, so there are no quintiles"));
        }

        (double highest, int highestAreas) = QuintileValue(values, populations, assignment, 1);
        (double lowest, int lowestAreas) = QuintileValue(values, populations, assignment, Quintiles);
        bool higherIsBetter = polarity == Polarity.HigherIsBetter;
        double best = higherIsBetter ? highest : lowest;
        double worst = higherIsBetter ? lowest : highest;
        return StatisticResult<QuintileGap>.Success(new QuintileGap(
            best,
            worst,
            worst - best,
            best == 0 ? null : worst / best,
            higherIsBetter ? highestAreas : lowestAreas,
            higherIsBetter ? lowestAreas : highestAreas));
    }

    private static (double Value, int Areas) QuintileValue(
        IReadOnlyList<double> values,
        IReadOnlyList<double>? populations,
        QuantileAssignment assignment,
        int quintile)
    {
        double weighted = 0;
        double weights = 0;
        int areas = 0;
        for (int i = 0; i < values.Count; i++)
        {
            if (assignment.Quantiles[i] == quintile)
            {
                double weight = populations?[i] ?? 1;
                weighted += weight * values[i];
                weights += weight;
                areas++;
            }
        }

        return (weighted / weights, areas);
    }
}
