namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>Indirectly standardised ratios (e.g. SMR × 100) and rates, with Poisson intervals of the observed count.</summary>
/// <remarks>
/// Breslow &amp; Day (1987), Statistical Methods in Cancer Research vol. II, ch. 2; as in PHEindicatormethods
/// <c>calculate_ISRatio</c> and <c>calculate_ISRate</c>. E = Σ xrefᵢ/nrefᵢ · nᵢ and O = Σ xᵢ (or a given total).
/// Ratio: O/E × reference value, limits = Poisson limits of O / E × reference value.
/// Rate: O/E × reference rate, with reference rate = Σxref / Σnref × multiplier.
/// Poisson limits are exact below 10 observed events and Byars from 10; there is no small-count suppression.
/// Edge behaviour: a band with population 0 adds nothing to E; missing counts are 0; E = 0 (which the
/// reference lets through as Inf/NaN) is reported as an invalid input.
/// </remarks>
public static class IndirectlyStandardised
{
    /// <summary>Computes the ratio O/E × <paramref name="referenceValue"/> (1 for a plain ratio, 100 for an SMR).</summary>
    /// <param name="bands">The area's age bands with the reference bands.</param>
    /// <param name="referenceValue">Scale of the ratio; &gt; 0.</param>
    /// <param name="observedTotal">O when given separately (e.g. events not known by age); otherwise Σ events.</param>
    public static StatisticResult<IndirectStandardisationResult> Ratio(
        IReadOnlyList<IndirectStandardisationBand> bands,
        double referenceValue = 1,
        double? observedTotal = null) =>
        Compute(bands, referenceValue, observedTotal, multiplier: null);

    /// <summary>Computes the rate O/E × reference rate, per <paramref name="multiplier"/>.</summary>
    /// <param name="bands">The area's age bands with the reference bands.</param>
    /// <param name="multiplier">Scale, e.g. 100 000; &gt; 0.</param>
    /// <param name="observedTotal">O when given separately; otherwise Σ events.</param>
    public static StatisticResult<IndirectStandardisationResult> Rate(
        IReadOnlyList<IndirectStandardisationBand> bands,
        double multiplier = CrudeRate.DefaultMultiplier,
        double? observedTotal = null) =>
        Compute(bands, scale: 0, observedTotal, multiplier);

    private static StatisticResult<IndirectStandardisationResult> Compute(
        IReadOnlyList<IndirectStandardisationBand> bands,
        double scale,
        double? observedTotal,
        double? multiplier)
    {
        StatisticError? error = Proportion.ValidateMultiplier(multiplier ?? scale);
        if (error is not null)
        {
            return StatisticResult<IndirectStandardisationResult>.Failure(error);
        }

        double observed = 0;
        double expected = 0;
        double referenceEvents = 0;
        double referencePopulation = 0;
        foreach (IndirectStandardisationBand band in bands)
        {
            double events = NaToZero(band.Events);
            double population = NaToZero(band.Population);
            double bandReferenceEvents = NaToZero(band.ReferenceEvents);
            if (events < 0 || bandReferenceEvents < 0)
            {
                return Invalid("numerators must all be greater than or equal to zero");
            }

            if (population < 0)
            {
                return Invalid("denominators must all be greater than or equal to zero");
            }

            if (!(band.ReferencePopulation > 0) || double.IsInfinity(band.ReferencePopulation))
            {
                return Invalid("reference populations must all be greater than zero");
            }

            observed += events;
            expected += bandReferenceEvents / band.ReferencePopulation * population;
            referenceEvents += bandReferenceEvents;
            referencePopulation += band.ReferencePopulation;
        }

        if (observedTotal is double given)
        {
            if (!(given >= 0) || double.IsInfinity(given))
            {
                return Invalid("numerators must all be greater than or equal to zero");
            }

            observed = given;
        }

        if (!(expected > 0) || double.IsInfinity(expected))
        {
            return Invalid("the expected count is zero: no reference events in the bands where the area has population");
        }

        double? referenceRate = multiplier is double perPopulation ? referenceEvents / referencePopulation * perPopulation : null;
        double factor = (referenceRate ?? scale) / expected;
        var estimate = new Estimate(
            observed * factor,
            PoissonInterval.Compute(observed, ConfidenceLevel.Percent95).Scale(factor),
            PoissonInterval.Compute(observed, ConfidenceLevel.Percent998).Scale(factor),
            PoissonInterval.MethodFor(observed));
        return StatisticResult<IndirectStandardisationResult>.Success(
            new IndirectStandardisationResult(observed, expected, referenceRate, estimate));
    }

    private static double NaToZero(double value) => double.IsNaN(value) ? 0 : value;

    private static StatisticResult<IndirectStandardisationResult> Invalid(string message) =>
        StatisticResult<IndirectStandardisationResult>.Failure(StatisticError.InvalidInput(message));
}
