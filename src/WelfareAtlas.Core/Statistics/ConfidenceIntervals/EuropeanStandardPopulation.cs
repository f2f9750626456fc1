namespace WelfareAtlas.Statistics.ConfidenceIntervals;

/// <summary>The European Standard Population 2013: the default standard for directly standardised rates.</summary>
/// <remarks>
/// Eurostat (2013), "Revision of the European Standard Population: report of Eurostat's task force",
/// table 3.1; the same 19 bands as PHEindicatormethods' <c>esp2013</c>. Totals 100 000.
/// </remarks>
public static class EuropeanStandardPopulation
{
    private static readonly double[] Weights2013 =
    [
        5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000,
        7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000,
    ];

    private static readonly string[] Bands2013 =
    [
        "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
        "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+",
    ];

    /// <summary>The 19 weights of ESP 2013, from age 0–4 to 90+.</summary>
    public static IReadOnlyList<double> Esp2013 => Weights2013;

    /// <summary>The 19 age band labels of ESP 2013, in the order of <see cref="Esp2013"/>.</summary>
    public static IReadOnlyList<string> Esp2013AgeBands => Bands2013;
}
