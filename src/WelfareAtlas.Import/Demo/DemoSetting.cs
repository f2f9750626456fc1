using WelfareAtlas.Areas;
using WelfareAtlas.Import.Demo.National;
using WelfareAtlas.Import.Geography;
using WelfareAtlas.Import.Paavo;
using WelfareAtlas.Indicators;
using WelfareAtlas.Population;

namespace WelfareAtlas.Import.Demo;

/// <summary>
/// Everything the delivery builders share for one run: the areas with their structure, the population
/// denominators, the time windows, the planted worsening trends and the seed.
/// </summary>
public sealed class DemoSetting
{
    private readonly Dictionary<(IndicatorId, AreaCode), List<Worsening>> worsenings;

    private DemoSetting(DemoScale scale, int seed, IReadOnlyList<DemoArea> postalAreas, IReadOnlyList<DemoArea> registerAreas, PopulationTable population, PaavoData? paavo, IReadOnlyList<Worsening> worsening, NationalAreas? national = null)
    {
        Geography = national?.Geography;
        Municipalities = national?.Municipalities ?? [];
        Scale = scale;
        Seed = seed;
        PostalAreas = postalAreas;
        RegisterAreas = registerAreas;
        Population = population;
        Paavo = paavo;
        Worsenings = worsening;
        worsenings = worsening.GroupBy(w => (w.Indicator, w.Area)).ToDictionary(group => group.Key, group => group.ToList());
        int last = 2025;
        FirstRegisterYear = scale == DemoScale.City ? 2015 : 2016;
        LastYear = last;
        FirstRecentYear = scale == DemoScale.City ? 2021 : 2016;
        FirstQuarterYear = scale == DemoScale.City ? 2019 : 2016;
        FirstSportsYear = scale == DemoScale.City ? 2019 : 2016;
    }

    /// <summary>The number of synthetic municipalities of <c>atlas demo --scale national</c>.</summary>
    public const int NationalMunicipalities = NationalGeography.DefaultMunicipalities;

    /// <summary>The scale.</summary>
    public DemoScale Scale { get; }

    /// <summary>The seed every random draw derives from.</summary>
    public int Seed { get; }

    /// <summary>The areas of the PUHTI-like deliveries (Helsinki's postal areas, or the synthetic areas).</summary>
    public IReadOnlyList<DemoArea> PostalAreas { get; }

    /// <summary>The areas of the city's register deliveries (Helsinki's sub-districts, or the synthetic areas).</summary>
    public IReadOnlyList<DemoArea> RegisterAreas { get; }

    /// <summary>The area kind written to the manifests of the PUHTI-like deliveries.</summary>
    public string PostalKind => Scale == DemoScale.City ? "postal-area" : "synthetic-postal-area";

    /// <summary>The area kind written to the manifests of the register deliveries.</summary>
    public string RegisterKind => Scale == DemoScale.City ? "sub-district" : "synthetic-sub-district";

    /// <summary>
    /// The synthetic geography of the national scale (municipalities, their divisions, postal areas and the crosswalk),
    /// written as a file beside the deliveries; <see langword="null"/> at the city scale, whose areas are Helsinki's real ones.
    /// </summary>
    public GeographyDataset? Geography { get; }

    /// <summary>The synthetic municipalities of the national scale (the areas of the Sotkanet-like delivery); empty at the city scale.</summary>
    public IReadOnlyList<DemoArea> Municipalities { get; }

    /// <summary>Population by area, year, sex and band: the denominators.</summary>
    public PopulationTable Population { get; }

    /// <summary>The real Paavo data (city scale only).</summary>
    public PaavoData? Paavo { get; }

    /// <summary>The planted worsening trends.</summary>
    public IReadOnlyList<Worsening> Worsenings { get; }

    /// <summary>The first year of the register deliveries and the population file.</summary>
    public int FirstRegisterYear { get; }

    /// <summary>The last year of every delivery.</summary>
    public int LastYear { get; }

    /// <summary>The first year of the monthly PUHTI-like deliveries (January).</summary>
    public int FirstRecentYear { get; }

    /// <summary>The first year of the quarterly payment-default delivery.</summary>
    public int FirstQuarterYear { get; }

    /// <summary>The first year of the sports-licence delivery.</summary>
    public int FirstSportsYear { get; }

    /// <summary>Builds the setting of <paramref name="scale"/> from Helsinki's real geography and Paavo data.</summary>
    public static DemoSetting Create(DemoScale scale, int seed) =>
        Create(scale, seed, NationalMunicipalities);

    /// <summary>
    /// Builds the setting of <paramref name="scale"/>; the national scale with <paramref name="municipalities"/> synthetic
    /// municipalities (fewer than the default only to keep tests fast).
    /// </summary>
    public static DemoSetting Create(DemoScale scale, int seed, int municipalities)
    {
        GeographyDataset geography = HelsinkiGeography.Load();
        PaavoData paavo = PaavoData.Load();
        PopulationTable population = PopulationEstimator.Estimate(paavo.Populations(), geography.Areas, geography.Overlaps, 2015, 2025);
        Random random = new(seed);
        List<DemoArea> postal = HelsinkiPostalAreas(paavo, random);
        return scale == DemoScale.City
            ? new DemoSetting(scale, seed, postal, SubDistricts(geography, paavo, population, postal, random), population, paavo, Worsening.Helsinki)
            : National(seed, municipalities, postal, population, random);
    }

    /// <summary>A seed for one file, derived from the run's seed and the file's key (FNV-1a), the same in every process.</summary>
    public int SeedFor(string key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return unchecked((int)(hash ^ (uint)Seed * 2654435761u));
    }

    /// <summary>
    /// The planted change for <paramref name="indicator"/> in <paramref name="area"/> at period <paramref name="index"/> of
    /// <paramref name="count"/>: 0 before the last periods, then the step times how far into them the period is. A series
    /// of <paramref name="perYear"/> periods a year (12 months, 4 quarters) worsens by years: every period of the last
    /// twelve months (or four quarters) is as far into the change as the year it ends.
    /// </summary>
    public double WorseningShift(IndicatorId indicator, AreaCode area, int index, int count, string? category = null, int perYear = 1)
    {
        if (!worsenings.TryGetValue((indicator, area), out List<Worsening>? list))
        {
            return 0;
        }

        double shift = 0;
        foreach (Worsening worsening in list)
        {
            int into = worsening.Periods - ((count - 1 - index) / perYear);
            if (into > 0 && (worsening.Category is null || worsening.Category == category))
            {
                shift += into * worsening.StepPerPeriod;
            }
        }

        return shift;
    }

    private static List<DemoArea> HelsinkiPostalAreas(PaavoData paavo, Random random)
    {
        int year = paavo.Years[^1];
        List<(AreaCode Code, double[] Measures, double Unemployment)> rows = [];
        foreach (AreaCode code in paavo.PostalAreas)
        {
            double Ratio(string numerator, string denominator)
            {
                double below = paavo.Value(code, year, denominator);
                return below > 0 ? paavo.Value(code, year, numerator) / below : double.NaN;
            }

            double employed = paavo.Value(code, year, "Employed (PT)");
            double unemployed = paavo.Value(code, year, "Unemployed (PT)");
            double unemployment = employed + unemployed > 0 ? unemployed / (employed + unemployed) : double.NaN;
            double tertiary = (paavo.Value(code, year, "Academic degree - Lowest level tertiary and lower university level degrees (KO)")
                + paavo.Value(code, year, "Academic degree - Higher university level degree (KO)")) / Math.Max(1, paavo.Value(code, year, "Aged 18 or over, total (KO)"));
            rows.Add((code, [
                unemployment,
                Ratio("Inhabitants belonging to the lowest income category (HR)", "Aged 18 or over, total (HR)"),
                Ratio("Basic level studies (KO)", "Aged 18 or over, total (KO)"),
                Ratio("One-parent households with children (TE)", "Households with children (TE)"),
                -tertiary,
            ], unemployment));
        }

        // Areas with too few residents (00230 has none) take the city's mean, deprivation 0.
        bool[] usable = [.. rows.Select(row => paavo.Value(row.Code, year, "Inhabitants, total (HE)") >= 100 && row.Measures.All(double.IsFinite))];
        double[] score = new double[rows.Count];
        for (int measure = 0; measure < 5; measure++)
        {
            double[] values = [.. rows.Where((_, i) => usable[i]).Select(row => row.Measures[measure])];
            double mean = values.Average();
            double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
            for (int i = 0; i < rows.Count; i++)
            {
                score[i] += usable[i] ? (rows[i].Measures[measure] - mean) / sd / 5 : 0;
            }
        }

        double scoreMean = score.Where((_, i) => usable[i]).Average();
        double scoreSd = Math.Sqrt(score.Where((_, i) => usable[i]).Sum(s => (s - scoreMean) * (s - scoreMean)) / (usable.Count(u => u) - 1));
        return [.. rows.Select((row, i) => new DemoArea(
            row.Code,
            paavo.Names[row.Code],
            usable[i] ? (score[i] - scoreMean) / scoreSd : 0,
            double.IsFinite(row.Unemployment) ? row.Unemployment : 0,
            Sampling.Normal(random)))];
    }

    private static List<DemoArea> SubDistricts(GeographyDataset geography, PaavoData paavo, PopulationTable population, List<DemoArea> postal, Random random)
    {
        int year = paavo.Years[^1];
        Dictionary<AreaCode, DemoArea> byCode = postal.ToDictionary(area => area.Code);
        List<DemoArea> result = [];
        foreach (Area area in geography.Areas.Where(area => area.Type == AreaType.SubDistrict).OrderBy(area => area.Code.Value, StringComparer.Ordinal))
        {
            double weight = 0;
            double deprivation = 0;
            double unemployment = 0;
            foreach (AreaOverlap overlap in geography.Overlaps.Where(overlap => overlap.To == area.Code && overlap.Share >= PopulationEstimator.MinimumShare))
            {
                double w = overlap.Share * population.Count(overlap.From, year, Observations.Sex.Total);
                weight += w;
                deprivation += w * byCode[overlap.From].Deprivation;
                unemployment += w * byCode[overlap.From].UnemploymentRate;
            }

            result.Add(new DemoArea(
                area.Code,
                area.Names.Fi,
                weight > 0 ? deprivation / weight : 0,
                weight > 0 ? unemployment / weight : 0,
                Sampling.Normal(random)));
        }

        return result;
    }

    private static DemoSetting National(int seed, int municipalities, List<DemoArea> helsinki, PopulationTable helsinkiPopulation, Random random)
    {
        NationalAreas national = NationalGeography.Create(municipalities, helsinki, helsinkiPopulation, random);
        return new DemoSetting(DemoScale.National, seed, national.PostalAreas, national.SubDistricts, national.Population, null, [], national);
    }
}
