namespace WelfareAtlas.Import.Cubes;

/// <summary>What a dimension stands for, as far as the source says (JSON-stat <c>role</c>; PX <c>TIMEVAL</c> and <c>CONTVARIABLE</c>).</summary>
public enum DimensionRole
{
    /// <summary>The source does not say: a breakdown such as sex or age, or an area the source does not mark.</summary>
    None,

    /// <summary>Time periods.</summary>
    Time,

    /// <summary>Geographic areas.</summary>
    Geo,

    /// <summary>Measures: each category is a different quantity with its own unit.</summary>
    Metric,
}
