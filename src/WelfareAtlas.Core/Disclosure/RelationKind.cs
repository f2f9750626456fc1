namespace WelfareAtlas.Disclosure;

/// <summary>Where an additive relation comes from.</summary>
public enum RelationKind
{
    /// <summary>A parent area is the sum of its children (city, major district, district, sub-district).</summary>
    AreaHierarchy,

    /// <summary>The city is the sum of its postal areas.</summary>
    PostalAreas,

    /// <summary>Both sexes are the sum of women and men.</summary>
    Sex,

    /// <summary>All ages are the sum of disjoint age bands.</summary>
    AgeBands,

    /// <summary>A total is the sum of the categories of a free dimension.</summary>
    Dimension,

    /// <summary>A pooled range of years is the sum of its single years.</summary>
    PooledYears,
}
