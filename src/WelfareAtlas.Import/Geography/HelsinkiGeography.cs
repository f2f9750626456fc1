using System.Globalization;
using System.Reflection;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using WelfareAtlas.Areas;
using WelfareAtlas.Localisation;

namespace WelfareAtlas.Import.Geography;

/// <summary>
/// Helsinki's real statistical areas, read from the City of Helsinki's open boundary data (division of February
/// 2024, CC BY 4.0) and Statistics Finland's Paavo postal-area names (CC BY 4.0), both shipped in this assembly.
/// </summary>
/// <remarks>
/// The hierarchy comes from <c>helsinki_area_hierarchy.csv</c> (each sub-district's district and major
/// district); names from the boundary layers; postal-area names from Paavo, which has them in Finnish only,
/// so the Swedish and English names of postal areas repeat the Finnish one. The postal area → sub-district
/// shares are by area (see <see cref="OverlapBasis.Area"/>); the city publishes no population-weighted key.
/// </remarks>
public static class HelsinkiGeography
{
    /// <summary>Helsinki's municipality code.</summary>
    public static AreaCode CityCode { get; } = AreaCode.Parse("091");

    private static readonly LocalisedText CityNames = new("Helsinki", "Helsingfors", "Helsinki");

    /// <summary>Reads and simplifies the whole geography: 1 city, 8 major districts, 34 districts, 148 sub-districts, 84 postal areas.</summary>
    /// <exception cref="InvalidDataException">The shipped data is inconsistent (a defect of the build, not of user input).</exception>
    public static GeographyDataset Load()
    {
        JsonSerializerOptions geoJson = new();
        geoJson.Converters.Add(new GeoJsonConverterFactory());

        List<Area> areas = [new Area(CityCode, AreaType.City, CityNames, null)];
        Dictionary<AreaCode, string> shapes = [];

        foreach (BoundaryFeature feature in ReadFeatures("helsinki_suurpiirit.geojson", geoJson, "kokotunnus").OrderBy(f => f.Code, StringComparer.Ordinal))
        {
            AreaCode code = AreaCode.Parse(feature.Code);
            LocalisedText names = new(
                PlaceNames.TitleCase(feature.NameFi),
                PlaceNames.TitleCase(feature.NameSv),
                PlaceNames.MajorDistrictInEnglish(feature.NameFi));
            areas.Add(new Area(code, AreaType.MajorDistrict, names, CityCode));
            shapes[code] = feature.Shape;
        }

        Dictionary<string, HierarchyRow> hierarchy = ReadHierarchy();
        Dictionary<string, string> districtParents = hierarchy.Values
            .GroupBy(row => row.DistrictCode, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(row => row.MajorDistrictCode).Distinct(StringComparer.Ordinal).Single(), StringComparer.Ordinal);

        foreach (BoundaryFeature feature in ReadFeatures("helsinki_peruspiirit.geojson", geoJson, "kokotunnus").OrderBy(f => f.Code, StringComparer.Ordinal))
        {
            if (!districtParents.TryGetValue(feature.Code, out string? parent))
            {
                throw new InvalidDataException($"District {feature.Code} of helsinki_peruspiirit.geojson has no sub-district in helsinki_area_hierarchy.csv.");
            }

            AreaCode code = AreaCode.Parse(feature.Code);
            string nameFi = PlaceNames.TitleCase(feature.NameFi);
            areas.Add(new Area(code, AreaType.District, new LocalisedText(nameFi, PlaceNames.TitleCase(feature.NameSv), nameFi), AreaCode.Parse(parent)));
            shapes[code] = feature.Shape;
        }

        foreach (BoundaryFeature feature in ReadFeatures("helsinki_osaalueet.geojson", geoJson, "kokotunnus").OrderBy(f => f.Code, StringComparer.Ordinal))
        {
            if (!hierarchy.TryGetValue(feature.Code, out HierarchyRow? row))
            {
                throw new InvalidDataException($"Sub-district {feature.Code} of helsinki_osaalueet.geojson is missing from helsinki_area_hierarchy.csv.");
            }

            AreaCode code = AreaCode.Parse(feature.Code);
            areas.Add(new Area(code, AreaType.SubDistrict, new LocalisedText(feature.NameFi, feature.NameSv, feature.NameFi), AreaCode.Parse(row.DistrictCode)));
            shapes[code] = feature.Shape;
        }

        Dictionary<string, string> postalNames = ReadPostalNames();
        foreach (BoundaryFeature feature in ReadFeatures("helsinki_postinumeroalueet.geojson", geoJson, "tunnus").OrderBy(f => f.Code, StringComparer.Ordinal))
        {
            if (!postalNames.TryGetValue(feature.Code, out string? name))
            {
                throw new InvalidDataException($"Postal area {feature.Code} of helsinki_postinumeroalueet.geojson has no name in the Paavo data.");
            }

            AreaCode code = AreaCode.Parse(feature.Code);
            areas.Add(new Area(code, AreaType.PostalArea, LocalisedText.Same(name), CityCode));
            shapes[code] = feature.Shape;
        }

        return new GeographyDataset(areas, shapes, ReadOverlaps());
    }

    private static List<BoundaryFeature> ReadFeatures(string resource, JsonSerializerOptions geoJson, string codeProperty)
    {
        using Stream stream = OpenResource(resource);
        using JsonDocument document = JsonDocument.Parse(stream);
        List<BoundaryFeature> features = [];
        foreach (JsonElement feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            JsonElement properties = feature.GetProperty("properties");
            string code = properties.GetProperty(codeProperty).GetString()
                ?? throw new InvalidDataException($"A feature of {resource} has no '{codeProperty}'.");
            Geometry geometry = feature.GetProperty("geometry").Deserialize<Geometry>(geoJson)
                ?? throw new InvalidDataException($"Feature {code} of {resource} has no geometry.");
            string shape = JsonSerializer.Serialize(BoundarySimplifier.Simplify(geometry), geoJson);
            features.Add(new BoundaryFeature(
                code,
                properties.GetProperty("nimi_fi").GetString() ?? code,
                properties.GetProperty("nimi_se").GetString() ?? code,
                shape));
        }

        return features;
    }

    private static Dictionary<string, HierarchyRow> ReadHierarchy()
    {
        Dictionary<string, HierarchyRow> rows = new(StringComparer.Ordinal);
        using CsvReader csv = OpenCsv("helsinki_area_hierarchy.csv");
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            string subDistrict = csv.GetField("osaalue_kokotunnus")!;
            rows.Add(subDistrict, new HierarchyRow(csv.GetField("peruspiiri_kokotunnus")!, csv.GetField("suurpiiri_kokotunnus")!));
        }

        return rows;
    }

    private static Dictionary<string, string> ReadPostalNames()
    {
        Dictionary<string, string> names = new(StringComparer.Ordinal);
        using CsvReader csv = OpenCsv("paavo_helsinki_2020_2023_long.csv");
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            names.TryAdd(csv.GetField("postal_code")!, csv.GetField("postal_area_name")!);
        }

        return names;
    }

    private static List<AreaOverlap> ReadOverlaps()
    {
        List<AreaOverlap> overlaps = [];
        using CsvReader csv = OpenCsv("postinumero_osaalue_overlap.csv");
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            double share = double.Parse(csv.GetField("share_of_postal_area")!, NumberStyles.Float, CultureInfo.InvariantCulture);
            overlaps.Add(new AreaOverlap(
                AreaCode.Parse(csv.GetField("postal_code")!),
                AreaCode.Parse(csv.GetField("osaalue_kokotunnus")!),
                share,
                OverlapBasis.Area));
        }

        return overlaps;
    }

    private static CsvReader OpenCsv(string resource) =>
        new(new StreamReader(OpenResource(resource)), new CsvConfiguration(CultureInfo.InvariantCulture));

    private static Stream OpenResource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Geography/" + name)
        ?? throw new InvalidDataException($"The geography resource '{name}' is missing from the build.");

    private sealed record BoundaryFeature(string Code, string NameFi, string NameSv, string Shape);

    private sealed record HierarchyRow(string DistrictCode, string MajorDistrictCode);
}
