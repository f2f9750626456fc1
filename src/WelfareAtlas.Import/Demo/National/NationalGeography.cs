using System.Globalization;
using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;
using WelfareAtlas.Population;

namespace WelfareAtlas.Import.Demo.National;

/// <summary>
/// The synthetic country of the national scale: municipalities (type city), each divided like Helsinki into major
/// districts, districts and sub-districts, with postal areas that cut across its sub-districts and meet them through
/// a crosswalk; the population of every postal area and sub-district, 2016–2025. Codes and names in
/// docs/demo-data.md ("National scale").
/// </summary>
/// <remarks>
/// Every code is 10 digits and begins with <c>999</c>, which is no Finnish municipality's code: a 10-digit code is
/// never a postal code (5 digits) or a municipality code (3 digits), and a kokotunnus begins with its real
/// municipality's code, so no synthetic code can name a real area. Municipality <c>m</c> is <c>999mmm0000</c>, its
/// major district <c>k</c> <c>999mmmk000</c>, district <c>d</c> of it <c>999mmmkd00</c>, sub-district <c>s</c> of that
/// <c>999mmmkdss</c>, postal area <c>p</c> <c>999mmm9ppp</c> (major district 9 is never used).
/// </remarks>
internal static class NationalGeography
{
    /// <summary>The number of synthetic municipalities of <c>atlas demo --scale national</c>.</summary>
    public const int DefaultMunicipalities = 300;

    /// <summary>The three digits every synthetic code begins with: no Finnish municipality has this code.</summary>
    public const string CodePrefix = "999";

    /// <summary>The first year of the national population and deliveries.</summary>
    public const int FirstYear = 2016;

    /// <summary>The last year of the national population and deliveries.</summary>
    public const int LastYear = 2025;

    /// <summary>Builds the country.</summary>
    /// <param name="municipalities">How many municipalities (1–999; tests use a few).</param>
    /// <param name="helsinki">Helsinki's postal areas with their deprivation: the templates of the synthetic postal areas.</param>
    /// <param name="helsinkiPopulation">Helsinki's population: each synthetic postal area copies a template's age and sex structure.</param>
    /// <param name="random">The run's random source.</param>
    public static NationalAreas Create(int municipalities, IReadOnlyList<DemoArea> helsinki, PopulationTable helsinkiPopulation, Random random)
    {
        if (municipalities is < 1 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(municipalities), municipalities, "The national scale has 1–999 synthetic municipalities.");
        }

        List<DemoArea> templates = [.. helsinki.Where(area => helsinkiPopulation.Count(area.Code, 2023, Observations.Sex.Total) >= 500)];
        List<Area> areas = [];
        List<AreaOverlap> overlaps = [];
        List<DemoArea> cities = [];
        List<DemoArea> postalAreas = [];
        List<DemoArea> subDistricts = [];
        PopulationTable population = new();
        for (int m = 1; m <= municipalities; m++)
        {
            string prefix = CodePrefix + m.ToString("D3", CultureInfo.InvariantCulture);
            string municipalityFi = $"Synteettinen kunta {m:D3}";
            string municipalitySv = $"Syntetisk kommun {m:D3}";
            string municipalityEn = $"Synthetic municipality {m:D3}";
            AreaCode city = Code(prefix, "0000");
            areas.Add(new Area(city, AreaType.City, new LocalisedText(municipalityFi, municipalitySv, municipalityEn), null));

            // Most municipalities are small: one major district of one or two districts; every tenth is a larger town.
            int majors = m % 10 == 0 ? 2 : 1;
            int districtsPerMajor = m % 3 == 0 ? 1 : 2;
            int subDistrictsPerDistrict = m % 8 == 0 ? 3 : 2;
            List<AreaCode> subs = [];
            for (int k = 1; k <= majors; k++)
            {
                AreaCode major = Code(prefix, Invariant($"{k}000"));
                areas.Add(new Area(major, AreaType.MajorDistrict, Names(municipalityFi, municipalitySv, municipalityEn, "suurpiiri", "stordistrikt", "major district", Invariant($"{k}")), city));
                for (int d = 1; d <= districtsPerMajor; d++)
                {
                    AreaCode district = Code(prefix, Invariant($"{k}{d}00"));
                    areas.Add(new Area(district, AreaType.District, Names(municipalityFi, municipalitySv, municipalityEn, "peruspiiri", "grunddistrikt", "district", Invariant($"{k}{d}")), major));
                    for (int s = 1; s <= subDistrictsPerDistrict; s++)
                    {
                        AreaCode sub = Code(prefix, Invariant($"{k}{d}{s:D2}"));
                        areas.Add(new Area(sub, AreaType.SubDistrict, Names(municipalityFi, municipalitySv, municipalityEn, "osa-alue", "delområde", "sub-district", Invariant($"{k}{d}{s:D2}")), district));
                        subs.Add(sub);
                    }
                }
            }

            // Postal areas straddle neighbouring sub-districts: postal area j lies partly in sub-district j and partly
            // in j + 1, so every sub-district is reached and none by one postal area alone (except the ends).
            int postalCount = subs.Count - 1;
            List<DemoArea> municipalityPostal = [];
            for (int p = 1; p <= postalCount; p++)
            {
                AreaCode code = Code(prefix, Invariant($"9{p:D3}"));
                areas.Add(new Area(code, AreaType.PostalArea, Names(municipalityFi, municipalitySv, municipalityEn, "postinumeroalue", "postnummerområde", "postal area", Invariant($"9{p:D3}")), city));
                double share = Math.Round(0.4 + (0.5 * random.NextDouble()), 3);
                overlaps.Add(new AreaOverlap(code, subs[p - 1], share, OverlapBasis.Area));
                overlaps.Add(new AreaOverlap(code, subs[p], Math.Round(1 - share, 3), OverlapBasis.Area));

                DemoArea template = templates[random.Next(templates.Count)];
                double target = 3000 * Math.Exp(0.6 * Sampling.Normal(random));
                double scale = target / helsinkiPopulation.Count(template.Code, 2023, Observations.Sex.Total);
                for (int year = FirstYear; year <= LastYear; year++)
                {
                    population.Set(code, year, [.. helsinkiPopulation.Cells(template.Code, year).Select(cell => (int)Math.Round(cell * scale))]);
                }

                DemoArea postal = new(
                    code,
                    Invariant($"{municipalityFi}, postinumeroalue 9{p:D3}"),
                    template.Deprivation + (0.4 * Sampling.Normal(random)),
                    template.UnemploymentRate,
                    Sampling.Normal(random));
                municipalityPostal.Add(postal);
            }

            postalAreas.AddRange(municipalityPostal);
            subDistricts.AddRange(SubDistricts(subs, municipalityFi, overlaps, municipalityPostal, population, random));
            cities.Add(Weighted(city, municipalityFi, municipalityPostal.Select(area => (area, (double)population.Count(area.Code, 2023, Observations.Sex.Total))), random));
        }

        return new NationalAreas(new GeographyDataset(areas, new Dictionary<AreaCode, string>(), overlaps), cities, postalAreas, subDistricts, population);
    }

    /// <summary>
    /// The sub-districts' population (each cell the sum of the postal areas' cells times their shares, rounded) and
    /// their structure (the population-weighted mean of the postal areas reaching them), as for Helsinki.
    /// </summary>
    private static IEnumerable<DemoArea> SubDistricts(List<AreaCode> subs, string municipality, List<AreaOverlap> overlaps, List<DemoArea> postal, PopulationTable population, Random random)
    {
        Dictionary<AreaCode, DemoArea> postalByCode = postal.ToDictionary(area => area.Code);
        foreach (AreaCode sub in subs)
        {
            List<AreaOverlap> pieces = [.. overlaps.Where(o => o.To == sub && postalByCode.ContainsKey(o.From))];
            for (int year = FirstYear; year <= LastYear; year++)
            {
                double[] cells = new double[2 * PopulationBands.Count];
                foreach (AreaOverlap piece in pieces)
                {
                    IReadOnlyList<int> from = population.Cells(piece.From, year);
                    for (int i = 0; i < cells.Length; i++)
                    {
                        cells[i] += piece.Share * from[i];
                    }
                }

                population.Set(sub, year, [.. cells.Select(cell => (int)Math.Round(cell))]);
            }

            yield return Weighted(
                sub,
                Invariant($"{municipality}, osa-alue {sub.Value[6..]}"),
                pieces.Select(piece => (postalByCode[piece.From], piece.Share * population.Count(piece.From, 2023, Observations.Sex.Total))),
                random);
        }
    }

    private static DemoArea Weighted(AreaCode code, string name, IEnumerable<(DemoArea Area, double Weight)> parts, Random random)
    {
        double weight = 0;
        double deprivation = 0;
        double unemployment = 0;
        foreach ((DemoArea area, double w) in parts)
        {
            weight += w;
            deprivation += w * area.Deprivation;
            unemployment += w * area.UnemploymentRate;
        }

        return new DemoArea(code, name, weight > 0 ? deprivation / weight : 0, weight > 0 ? unemployment / weight : 0, Sampling.Normal(random));
    }

    private static AreaCode Code(string prefix, string rest) => AreaCode.Parse(prefix + rest);

    private static LocalisedText Names(string fi, string sv, string en, string typeFi, string typeSv, string typeEn, string number) =>
        new($"{fi}, {typeFi} {number}", $"{sv}, {typeSv} {number}", $"{en}, {typeEn} {number}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
