namespace WelfareAtlas.Areas;

/// <summary>The kinds of statistical area the product knows.</summary>
/// <remarks>
/// Helsinki's nested division is city → major district (suurpiiri, 8) → district (peruspiiri, 34) →
/// sub-district (osa-alue, 148). Postal areas (84) cut across it and meet it only through a crosswalk.
/// </remarks>
public enum AreaType
{
    /// <summary>
    /// A municipality seen as a whole (Helsinki: <c>091</c>); Finland's other municipalities are cities too, peers of
    /// Helsinki without parents or areas within them.
    /// </summary>
    City,

    /// <summary>Suurpiiri / stordistrikt.</summary>
    MajorDistrict,

    /// <summary>Peruspiiri / grunddistrikt.</summary>
    District,

    /// <summary>Osa-alue / delområde.</summary>
    SubDistrict,

    /// <summary>Postinumeroalue / postnummerområde, as in Statistics Finland's Paavo data.</summary>
    PostalArea,
}
