using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;

namespace WelfareAtlas.Import.Crosswalks;

/// <summary>
/// Inhabitants per Helsinki postal area and year from Statistics Finland's Paavo ("Inhabitants, total (HE)",
/// 2020–2023, CC BY 4.0), shipped in this assembly.
/// </summary>
public static class PaavoPopulation
{
    /// <summary>The Paavo variable used.</summary>
    public const string Variable = "Inhabitants, total (HE)";

    /// <summary>Population by (postal code, year); postal areas whose population Paavo suppresses (<c>-1</c>) or lacks are absent.</summary>
    public static IReadOnlyDictionary<(string PostalCode, int Year), double> Load()
    {
        Dictionary<(string, int), double> population = [];
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Geography/paavo_helsinki_2020_2023_long.csv")
            ?? throw new InvalidDataException("The Paavo resource is missing from the build.");
        using CsvReader csv = new(new StreamReader(stream), new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            if (csv.GetField("variable") == Variable
                && double.TryParse(csv.GetField("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out double inhabitants)
                && inhabitants >= 0)
            {
                population[(csv.GetField("postal_code")!, int.Parse(csv.GetField("year")!, CultureInfo.InvariantCulture))] = inhabitants;
            }
        }

        return population;
    }
}
