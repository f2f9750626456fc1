namespace WelfareAtlas.Areas;

/// <summary>What a crosswalk share is a share of.</summary>
public enum OverlapBasis
{
    /// <summary>Land and water area of the polygons: the fallback where population is unknown.</summary>
    Area,

    /// <summary>Resident population.</summary>
    Population,
}
