namespace WelfareAtlas.Statistics.Inequality;

/// <summary>The slope and relative index of inequality of one population across its quantiles.</summary>
/// <param name="Sii">
/// Slope index of inequality: the modelled difference in value between the top (cumulative rank 1) and the bottom
/// (rank 0) of the scale, × multiplier.
/// </param>
/// <param name="Rii">Relative index of inequality: the modelled value at rank 1 divided by that at rank 0 (inverted for a negative multiplier).</param>
/// <param name="Intercept">The modelled value at rank 0 (× |multiplier| under the transform).</param>
/// <param name="Intervals">Simulated intervals, one per requested level.</param>
/// <param name="Warnings">Cautions from the reference (e.g. more than 10 quantiles).</param>
public sealed record SlopeIndexResult(
    double Sii,
    double Rii,
    double Intercept,
    IReadOnlyList<SlopeIndexInterval> Intervals,
    IReadOnlyList<string> Warnings);
