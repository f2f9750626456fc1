namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>A directly standardised rate, or the reason it was withheld, with the totals it came from.</summary>
/// <param name="TotalCount">T: the total number of events.</param>
/// <param name="TotalPopulation">The total population over the bands.</param>
/// <param name="Estimate">The rate and its intervals; <see langword="null"/> when suppressed.</param>
/// <param name="Suppression">Why the rate was withheld (T &lt; 10); <see langword="null"/> when it was not.</param>
public sealed record DirectlyStandardisedRateResult(
    double TotalCount,
    double TotalPopulation,
    Estimate? Estimate,
    StatisticError? Suppression);
