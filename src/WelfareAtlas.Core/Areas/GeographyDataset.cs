namespace WelfareAtlas.Areas;

/// <summary>A city's areas with their web shapes and the crosswalk between area types that do not nest.</summary>
/// <param name="Areas">Every area, parents before their children.</param>
/// <param name="Shapes">
/// The boundary of each area as a GeoJSON geometry object (WGS 84 longitude/latitude, RFC 7946), simplified
/// for the web; the city has none of its own.
/// </param>
/// <param name="Overlaps">Postal area → sub-district shares.</param>
public sealed record GeographyDataset(
    IReadOnlyList<Area> Areas,
    IReadOnlyDictionary<AreaCode, string> Shapes,
    IReadOnlyList<AreaOverlap> Overlaps);
