namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>A directly standardised rate (DSR) with Dobson's confidence intervals at 95 % and 99.8 %.</summary>
/// <remarks>
/// Dobson et al. (1991), "Confidence intervals for weighted sums of Poisson parameters", Statistics in Medicine
/// 10:457-462; as in PHEindicatormethods <c>calculate_dsr</c>. With wᵢ the standard weights:
/// value = Σ(xᵢwᵢ/nᵢ) / Σwᵢ × multiplier; var = Σ(xᵢ(wᵢ/nᵢ)²) / (Σwᵢ)²; T = Σxᵢ;
/// limits = value + √(var/T) · (Byars(T) − T) × multiplier, with Byars' lower and upper limits of T.
/// Non-independent events: var = Σ_f f² var_f and the events per band are Σ_f f·x_f.
/// Edge behaviour: fewer than 10 events in total gives no value ("dsr NA for total count &lt; 10") but the totals;
/// a missing event count is 0; populations must be &gt; 0 and present; standard weights ≥ 0 and present.
/// The European Standard Population 2013 is the default standard; any other standard may be given per band.
/// </remarks>
public static class DirectlyStandardisedRate
{
    /// <summary>Fewer events than this in total suppress the rate.</summary>
    public const double MinimumTotalCount = 10;

    /// <summary>Computes a DSR with the European Standard Population 2013, band by band from age 0–4 to 90+.</summary>
    /// <param name="events">Events per band (19 values).</param>
    /// <param name="populations">Population per band (19 values).</param>
    /// <param name="multiplier">Scale, e.g. 100 000; &gt; 0.</param>
    public static StatisticResult<DirectlyStandardisedRateResult> ComputeEsp2013(
        IReadOnlyList<double> events,
        IReadOnlyList<double> populations,
        double multiplier = CrudeRate.DefaultMultiplier)
    {
        IReadOnlyList<double> weights = EuropeanStandardPopulation.Esp2013;
        if (events.Count != weights.Count || populations.Count != weights.Count)
        {
            return StatisticResult<DirectlyStandardisedRateResult>.Failure(StatisticError.InvalidInput(
                $"the European Standard Population 2013 has {weights.Count} age bands; the data must have one row per band"));
        }

        var bands = new StandardisationBand[weights.Count];
        for (int i = 0; i < bands.Length; i++)
        {
            bands[i] = new StandardisationBand(events[i], populations[i], weights[i]);
        }

        return Compute(bands, multiplier);
    }

    /// <summary>Computes a DSR for independent events with the standard weights given per band.</summary>
    /// <param name="bands">The area's age bands.</param>
    /// <param name="multiplier">Scale, e.g. 100 000; &gt; 0.</param>
    public static StatisticResult<DirectlyStandardisedRateResult> Compute(
        IReadOnlyList<StandardisationBand> bands,
        double multiplier = CrudeRate.DefaultMultiplier)
    {
        StatisticError? error = Proportion.ValidateMultiplier(multiplier);
        if (error is not null)
        {
            return StatisticResult<DirectlyStandardisedRateResult>.Failure(error);
        }

        double weightedRates = 0;
        double weightedVariance = 0;
        double totalWeight = 0;
        double totalCount = 0;
        double totalPopulation = 0;
        foreach (StandardisationBand band in bands)
        {
            error = ValidateBand(band.Events, band.Population, band.StandardPopulation);
            if (error is not null)
            {
                return StatisticResult<DirectlyStandardisedRateResult>.Failure(error);
            }

            double events = double.IsNaN(band.Events) ? 0 : band.Events;
            double weightPerPerson = band.StandardPopulation / band.Population;
            weightedRates += events * weightPerPerson;
            weightedVariance += events * weightPerPerson * weightPerPerson;
            totalWeight += band.StandardPopulation;
            totalCount += events;
            totalPopulation += band.Population;
        }

        return Success(weightedRates, weightedVariance, totalWeight, totalCount, totalPopulation, multiplier, IntervalMethod.Dobson);
    }

    /// <summary>
    /// Computes a DSR for non-independent events: rows per age band and event frequency, each counting the
    /// people who had that many events.
    /// </summary>
    /// <param name="bands">The area's rows (age band × event frequency).</param>
    /// <param name="multiplier">Scale, e.g. 100 000; &gt; 0.</param>
    public static StatisticResult<DirectlyStandardisedRateResult> ComputeNonIndependent(
        IReadOnlyList<NonIndependentStandardisationBand> bands,
        double multiplier = CrudeRate.DefaultMultiplier)
    {
        StatisticError? error = Proportion.ValidateMultiplier(multiplier);
        if (error is not null)
        {
            return StatisticResult<DirectlyStandardisedRateResult>.Failure(error);
        }

        var populationByBand = new Dictionary<string, (double Population, double StandardPopulation)>(StringComparer.Ordinal);
        var eventsByBand = new Dictionary<string, double>(StringComparer.Ordinal);
        double weightedVariance = 0;
        foreach (NonIndependentStandardisationBand band in bands)
        {
            error = ValidateBand(band.Individuals, band.Population, band.StandardPopulation);
            if (error is not null)
            {
                return StatisticResult<DirectlyStandardisedRateResult>.Failure(error);
            }

            if (!double.IsFinite(band.EventFrequency) || band.EventFrequency < 0)
            {
                return StatisticResult<DirectlyStandardisedRateResult>.Failure(
                    StatisticError.InvalidInput("eventfreq field must not have any missing values"));
            }

            if (populationByBand.TryGetValue(band.AgeBand, out var known))
            {
                if (known.Population != band.Population || known.StandardPopulation != band.StandardPopulation)
                {
                    return StatisticResult<DirectlyStandardisedRateResult>.Failure(StatisticError.InvalidInput(
                        "There are rows with the same grouping variables and ageband but with different populations (n) or standard populations(stdpop)"));
                }
            }
            else
            {
                populationByBand[band.AgeBand] = (band.Population, band.StandardPopulation);
                eventsByBand[band.AgeBand] = 0;
            }

            double individuals = double.IsNaN(band.Individuals) ? 0 : band.Individuals;
            double frequency = band.EventFrequency;
            double weightPerPerson = band.StandardPopulation / band.Population;
            weightedVariance += frequency * frequency * individuals * weightPerPerson * weightPerPerson;
            eventsByBand[band.AgeBand] += frequency * individuals;
        }

        double weightedRates = 0;
        double totalWeight = 0;
        double totalCount = 0;
        double totalPopulation = 0;
        foreach ((string ageBand, (double population, double standardPopulation)) in populationByBand)
        {
            double events = eventsByBand[ageBand];
            weightedRates += events * standardPopulation / population;
            totalWeight += standardPopulation;
            totalCount += events;
            totalPopulation += population;
        }

        return Success(weightedRates, weightedVariance, totalWeight, totalCount, totalPopulation, multiplier, IntervalMethod.DobsonNonIndependent);
    }

    private static StatisticError? ValidateBand(double events, double population, double standardPopulation)
    {
        if (double.IsNaN(population))
        {
            return StatisticError.InvalidInput("field n cannot have missing values");
        }

        if (double.IsNaN(standardPopulation))
        {
            return StatisticError.InvalidInput("field stdpop cannot have missing values");
        }

        if (events < 0 || double.IsInfinity(events))
        {
            return StatisticError.InvalidInput("numerators must all be greater than or equal to zero");
        }

        if (population <= 0 || double.IsInfinity(population))
        {
            return StatisticError.InvalidInput("denominators must all be greater than zero");
        }

        if (standardPopulation < 0 || double.IsInfinity(standardPopulation))
        {
            return StatisticError.InvalidInput("stdpop must all be greater than or equal to zero");
        }

        return null;
    }

    private static StatisticResult<DirectlyStandardisedRateResult> Success(
        double weightedRates,
        double weightedVariance,
        double totalWeight,
        double totalCount,
        double totalPopulation,
        double multiplier,
        IntervalMethod method)
    {
        if (totalCount < MinimumTotalCount)
        {
            return StatisticResult<DirectlyStandardisedRateResult>.Success(new DirectlyStandardisedRateResult(
                totalCount,
                totalPopulation,
                null,
                StatisticError.Suppressed("dsr NA for total count < 10")));
        }

        if (totalWeight <= 0)
        {
            return StatisticResult<DirectlyStandardisedRateResult>.Failure(
                StatisticError.InvalidInput("the standard population has no weight"));
        }

        double value = weightedRates / totalWeight * multiplier;
        double variance = weightedVariance / (totalWeight * totalWeight);
        double spread = Math.Sqrt(variance / totalCount) * multiplier;
        Interval Limits(ConfidenceLevel level) => new(
            value + (spread * (Byars.LowerUnchecked(totalCount, level.Z) - totalCount)),
            value + (spread * (Byars.UpperUnchecked(totalCount, level.Z) - totalCount)));

        var estimate = new Estimate(value, Limits(ConfidenceLevel.Percent95), Limits(ConfidenceLevel.Percent998), method);
        return StatisticResult<DirectlyStandardisedRateResult>.Success(
            new DirectlyStandardisedRateResult(totalCount, totalPopulation, estimate, null));
    }
}
