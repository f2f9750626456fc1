namespace WelfareAtlas.Areas;

/// <summary>Areas (a city's divisions, and municipalities as its peers) with their web shapes and the crosswalk between area types that do not nest.</summary>
/// <param name="Areas">Every area, parents before their children.</param>
/// <param name="Shapes">
/// The boundary of each area as a GeoJSON geometry object (WGS 84 longitude/latitude, RFC 7946), simplified
/// for the web; an area without one (Helsinki in the city's own division data) is drawn nowhere.
/// </param>
/// <param name="Overlaps">Postal area → sub-district shares.</param>
public sealed record GeographyDataset(
    IReadOnlyList<Area> Areas,
    IReadOnlyDictionary<AreaCode, string> Shapes,
    IReadOnlyList<AreaOverlap> Overlaps);
