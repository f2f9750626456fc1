namespace WelfareAtlas.Import.Cubes;

/// <summary>One dimension (PX variable) of a cube.</summary>
/// <param name="Id">The identifier: the PX variable name in the default language (or its <c>VARIABLECODE</c>), the JSON-stat dimension id.</param>
/// <param name="Label">The name, with translations.</param>
/// <param name="Role">What the dimension stands for.</param>
/// <param name="Categories">The values in source order; the order fixes the layout of the cells.</param>
public sealed record CubeDimension(string Id, CubeText Label, DimensionRole Role, IReadOnlyList<CubeCategory> Categories)
{
    /// <summary>PX <c>TIMEVAL</c> time scale such as <c>A1</c> (annual), <c>Q1</c>, <c>M1</c>, <c>H1</c>, <c>W1</c>; <see langword="null"/> when not given.</summary>
    public string? TimeScale { get; init; }

    /// <summary>
    /// PX <c>ELIMINATION</c>: <see langword="true"/> when the dimension may be left out of a selection
    /// (summed over, or represented by <see cref="EliminationCode"/>).
    /// </summary>
    public bool CanEliminate { get; init; }

    /// <summary>The code of the category that stands for "all" when the dimension is eliminated; <see langword="null"/> when the values are to be summed or elimination is not allowed.</summary>
    public string? EliminationCode { get; init; }

    /// <summary>Position of the category with <paramref name="code"/>, or -1.</summary>
    public int IndexOf(string code)
    {
        for (int i = 0; i < Categories.Count; i++)
        {
            if (string.Equals(Categories[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
