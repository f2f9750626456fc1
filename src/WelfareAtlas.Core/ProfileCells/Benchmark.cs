namespace WelfareAtlas.ProfileCells;

/// <summary>Which area an area is set against.</summary>
public enum Benchmark
{
    /// <summary>The whole city.</summary>
    City,

    /// <summary>The enclosing area (the district of a sub-district, and so on).</summary>
    Parent,
}
