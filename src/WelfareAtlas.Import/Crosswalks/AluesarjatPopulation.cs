using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;
using WelfareAtlas.Areas;

namespace WelfareAtlas.Import.Crosswalks;

/// <summary>
/// Helsinki's population by sub-district (osa-alue) on 1 January of each year 1962–2010, from the Helsinki Region's
/// Aluesarjat database (CC BY 4.0 on HRI, attribution "Helsingin seudun aluesarjat -tilastokanta ja Tilastokeskus";
/// data/helsinki/aluesarjat_2010/SOURCES.md), shipped in this assembly: the crosswalk's densities where the store has
/// no population of a sub-district.
/// </summary>
/// <remarks>
/// The rows of level <c>osa-alue</c> and age group <c>Väestö yhteensä</c> (all ages) of
/// <c>helsinki_population_by_agegroup_1962_2010.csv</c>; <c>..</c> (hidden: mostly small areas) and <c>.</c> (the area
/// did not exist) are unknown. The 2010 division is joined to today's by code: a 2010 code that is one of today's
/// sub-districts is that sub-district; one that is not (Lauttasaari 310, Ruskeasuo 160, Sörnäinen 100, Hermanni 210,
/// split since) is a zone of the sub-districts whose code with its last digit made 0 is it (311–314, …), which share
/// its density. Sub-districts new since 2010 (Honkasuo, Alppikylä, Aluemeri) have no count.
/// </remarks>
public static class AluesarjatPopulation
{
    /// <summary>The age group of the total.</summary>
    public const string Total = "Väestö yhteensä";

    /// <summary>The zones of <paramref name="subDistricts"/> (today's codes) that the table has a count for; each year's count as published.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or malformed (a defect of the build).</exception>
    public static IReadOnlyList<PopulationZone> Load(IEnumerable<AreaCode> subDistricts)
    {
        Dictionary<string, Dictionary<int, double>> counts = Read();
        HashSet<string> today = [.. subDistricts.Select(code => code.Value)];
        List<PopulationZone> zones = [];
        foreach ((string code, Dictionary<int, double> population) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            List<AreaCode> members = today.Contains(code)
                ? [AreaCode.Parse(code)]
                : [.. today.Where(member => !counts.ContainsKey(member) && member[..^1] + "0" == code).Order(StringComparer.Ordinal).Select(AreaCode.Parse)];
            if (members.Count > 0 && population.Count > 0)
            {
                zones.Add(new PopulationZone(members, population));
            }
        }

        return zones;
    }

    private static Dictionary<string, Dictionary<int, double>> Read()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Aluesarjat/helsinki_population_by_agegroup_1962_2010.csv")
            ?? throw new InvalidDataException("The Aluesarjat population resource is missing from the build.");
        using CsvReader csv = new(new StreamReader(stream), new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        (string Header, int Year)[] years = [.. csv.HeaderRecord!.Where(h => h.StartsWith('y')).Select(h => (h, int.Parse(h[1..], NumberStyles.None, CultureInfo.InvariantCulture)))];
        Dictionary<string, Dictionary<int, double>> counts = new(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (csv.GetField("level") != "osa-alue" || csv.GetField("Ikäryhmä") != Total)
            {
                continue;
            }

            Dictionary<int, double> population = [];
            foreach ((string header, int year) in years)
            {
                if (double.TryParse(csv.GetField(header), NumberStyles.None, CultureInfo.InvariantCulture, out double residents))
                {
                    population[year] = residents;
                }
            }

            counts.Add(csv.GetField("kokotunnus")!, population);
        }

        return counts;
    }
}
