using System.Reflection;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Import.Geography;

/// <summary>
/// Finland's municipalities of the 2023 division, read from the National Land Survey's 1:4 500 000 boundaries
/// (<c>kuntajako_4500k</c>, CC BY 4.0, shipped in this assembly), and the store's whole geography: Helsinki's
/// divisions with every other municipality beside the city.
/// </summary>
/// <remarks>
/// Every municipality is an area of type <see cref="AreaType.City"/> with no parent: a peer of Helsinki
/// (<c>091</c>), not a part of it. Only Helsinki has areas within it. Names are the survey's Finnish and Swedish
/// names (the same text where the municipality has no Swedish name); the English name is the Finnish one, as
/// English texts of Finnish authorities write them. Codes that ended in mergers before 2023 are not areas: the
/// boundary data has no shape for them (see data/finland/SOURCES.md).
/// </remarks>
public static class FinlandGeography
{
    /// <summary>How many municipalities the 2023 division has.</summary>
    public const int MunicipalityCount = 309;

    /// <summary>Reads the 309 municipalities of 2023 with their simplified boundaries, ordered by code.</summary>
    /// <exception cref="InvalidDataException">The shipped data is inconsistent (a defect of the build, not of user input).</exception>
    public static GeographyDataset LoadMunicipalities()
    {
        JsonSerializerOptions geoJson = new();
        geoJson.Converters.Add(new GeoJsonConverterFactory());
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Geography/kunnat_2023_mml4500k_wgs84.geojson")
            ?? throw new InvalidDataException("The geography resource 'kunnat_2023_mml4500k_wgs84.geojson' is missing from the build.");
        using JsonDocument document = JsonDocument.Parse(stream);
        List<Area> areas = [];
        Dictionary<AreaCode, string> shapes = [];
        foreach (JsonElement feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            JsonElement properties = feature.GetProperty("properties");
            string natcode = properties.GetProperty("NATCODE").GetString()
                ?? throw new InvalidDataException("A municipality of kunnat_2023_mml4500k_wgs84.geojson has no NATCODE.");
            if (natcode.Length != 3 || !AreaCode.TryParse(natcode, out AreaCode code, out string? error))
            {
                throw new InvalidDataException($"NATCODE '{natcode}' of kunnat_2023_mml4500k_wgs84.geojson is not a 3-digit municipality code.");
            }

            string nameFi = properties.GetProperty("NAMEFIN").GetString() ?? natcode;
            string nameSv = properties.GetProperty("NAMESWE").GetString() ?? nameFi;
            Geometry geometry = feature.GetProperty("geometry").Deserialize<Geometry>(geoJson)
                ?? throw new InvalidDataException($"Municipality {natcode} of kunnat_2023_mml4500k_wgs84.geojson has no geometry.");
            areas.Add(new Area(code, AreaType.City, new LocalisedText(nameFi, nameSv, nameFi), null));
            if (!shapes.TryAdd(code, JsonSerializer.Serialize(BoundarySimplifier.Simplify(geometry), geoJson)))
            {
                throw new InvalidDataException($"Municipality {natcode} appears twice in kunnat_2023_mml4500k_wgs84.geojson.");
            }
        }

        if (areas.Count != MunicipalityCount)
        {
            throw new InvalidDataException($"kunnat_2023_mml4500k_wgs84.geojson has {areas.Count} municipalities; the 2023 division has {MunicipalityCount}.");
        }

        return new GeographyDataset([.. areas.OrderBy(a => a.Code.Value, StringComparer.Ordinal)], shapes, []);
    }

    /// <summary>
    /// The store's geography: Helsinki's (<see cref="HelsinkiGeography.Load"/>: the city, its districts and postal
    /// areas, the crosswalk) and the other 308 municipalities as the city's peers; Helsinki keeps its own names and
    /// gets its municipal boundary, so it can be drawn among the others.
    /// </summary>
    public static GeographyDataset LoadWithHelsinki()
    {
        GeographyDataset helsinki = HelsinkiGeography.Load();
        GeographyDataset municipalities = LoadMunicipalities();
        if (!municipalities.Shapes.TryGetValue(HelsinkiGeography.CityCode, out string? cityShape))
        {
            throw new InvalidDataException("Helsinki (091) is missing from kunnat_2023_mml4500k_wgs84.geojson.");
        }

        Dictionary<AreaCode, string> shapes = new(helsinki.Shapes) { [HelsinkiGeography.CityCode] = cityShape };
        List<Area> areas = [.. helsinki.Areas];
        foreach (Area municipality in municipalities.Areas.Where(a => a.Code != HelsinkiGeography.CityCode))
        {
            areas.Add(municipality);
            shapes[municipality.Code] = municipalities.Shapes[municipality.Code];
        }

        return new GeographyDataset(areas, shapes, helsinki.Overlaps);
    }
}
