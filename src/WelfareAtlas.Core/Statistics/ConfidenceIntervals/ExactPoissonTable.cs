namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>
/// Exact Poisson limits of the integer counts 0–9 at one confidence level, computed once so that bulk rate
/// intervals need no chi-square quantile per cell.
/// </summary>
public sealed class ExactPoissonTable
{
    private readonly double[] _lower;
    private readonly double[] _upper;

    /// <summary>Precomputes the limits at <paramref name="level"/>.</summary>
    public ExactPoissonTable(ConfidenceLevel level)
    {
        Level = level;
        int size = (int)PoissonInterval.ExactBelow;
        _lower = new double[size];
        _upper = new double[size];
        for (int events = 0; events < size; events++)
        {
            _lower[events] = ExactPoisson.Lower(events, level);
            _upper[events] = ExactPoisson.Upper(events, level);
        }
    }

    /// <summary>The level of the limits.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>Lower limits on the event scale, indexed by the count 0–9.</summary>
    public ReadOnlySpan<double> Lower => _lower;

    /// <summary>Upper limits on the event scale, indexed by the count 0–9.</summary>
    public ReadOnlySpan<double> Upper => _upper;
}
