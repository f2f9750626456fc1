using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;
using WelfareAtlas.Areas;
using WelfareAtlas.Population;

namespace WelfareAtlas.Import.Paavo;

/// <summary>
/// Statistics Finland's Paavo statistics for Helsinki's 84 postal areas, 2020–2023 (CC BY 4.0), read from the long
/// table compiled into this assembly (<c>data/paavo/paavo_helsinki_2020_2023_long.csv</c>).
/// </summary>
public sealed class PaavoData
{
    /// <summary>Paavo's age-band variables, in the order of <see cref="PopulationBands.All"/>.</summary>
    public static IReadOnlyList<string> BandVariables { get; } =
    [
        "0-2 years (HE)", "3-6 years (HE)", "7-12 years (HE)", "13-15 years (HE)", "16-17 years (HE)", "18-19 years (HE)",
        "20-24 years (HE)", "25-29 years (HE)", "30-34 years (HE)", "35-39 years (HE)", "40-44 years (HE)", "45-49 years (HE)",
        "50-54 years (HE)", "55-59 years (HE)", "60-64 years (HE)", "65-69 years (HE)", "70-74 years (HE)", "75-79 years (HE)",
        "80-84 years (HE)", "85 years or over (HE)",
    ];

    private readonly Dictionary<(string Postal, int Year, string Variable), double> values;

    private PaavoData(Dictionary<(string, int, string), double> values, IReadOnlyList<AreaCode> postalAreas, IReadOnlyDictionary<AreaCode, string> names, IReadOnlyList<int> years)
    {
        this.values = values;
        PostalAreas = postalAreas;
        Names = names;
        Years = years;
    }

    /// <summary>The postal areas, by code.</summary>
    public IReadOnlyList<AreaCode> PostalAreas { get; }

    /// <summary>The Finnish name of each postal area.</summary>
    public IReadOnlyDictionary<AreaCode, string> Names { get; }

    /// <summary>The years, ascending (2020–2023).</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Reads the compiled-in table.</summary>
    /// <exception cref="InvalidDataException">The resource is missing (a defect of the build).</exception>
    public static PaavoData Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Geography/paavo_helsinki_2020_2023_long.csv")
            ?? throw new InvalidDataException("The Paavo resource is missing from the build.");
        using CsvReader csv = new(new StreamReader(stream), new CsvConfiguration(CultureInfo.InvariantCulture));
        Dictionary<(string, int, string), double> values = [];
        SortedDictionary<string, string> names = new(StringComparer.Ordinal);
        SortedSet<int> years = [];
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            string postal = csv.GetField("postal_code")!;
            int year = int.Parse(csv.GetField("year")!, NumberStyles.None, CultureInfo.InvariantCulture);
            values[(postal, year, csv.GetField("variable")!)] = double.Parse(csv.GetField("value")!, NumberStyles.Float, CultureInfo.InvariantCulture);
            names.TryAdd(postal, csv.GetField("postal_area_name")!);
            years.Add(year);
        }

        return new PaavoData(
            values,
            [.. names.Keys.Select(AreaCode.Parse)],
            names.ToDictionary(pair => AreaCode.Parse(pair.Key), pair => pair.Value),
            [.. years]);
    }

    /// <summary>The value of Paavo <paramref name="variable"/> (its English label) for an area and year; throws <see cref="KeyNotFoundException"/> when absent.</summary>
    public double Value(AreaCode postal, int year, string variable) => values[(postal.Value, year, variable)];

    /// <summary>Every postal area's population by band and by sex, every year.</summary>
    public IReadOnlyList<PostalPopulation> Populations() =>
    [
        .. from postal in PostalAreas
           from year in Years
           select new PostalPopulation(
               postal,
               year,
               [.. BandVariables.Select(variable => (int)Value(postal, year, variable))],
               (int)Value(postal, year, "Females (HE)"),
               (int)Value(postal, year, "Males (HE)")),
    ];
}
