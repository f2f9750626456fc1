namespace WelfareAtlas.Import.Cubes;

/// <summary>One value of a dimension: a code and its labels.</summary>
/// <param name="Code">The identifier: PX <c>CODES</c> (or the value text when there are none), JSON-stat category id.</param>
/// <param name="Label">The label, with translations.</param>
public sealed record CubeCategory(string Code, CubeText Label)
{
    /// <summary>The unit when the category is a metric; <see langword="null"/> otherwise.</summary>
    public CubeUnit? Unit { get; init; }

    /// <summary>PX <c>PRECISION</c>: decimals shown for this value when more than the table's; <see langword="null"/> when not given.</summary>
    public int? Precision { get; init; }

    /// <summary>Codes of the child categories (JSON-stat <c>child</c>, PX <c>HIERARCHIES</c>); empty when none.</summary>
    public IReadOnlyList<string> Children { get; init; } = [];
}
