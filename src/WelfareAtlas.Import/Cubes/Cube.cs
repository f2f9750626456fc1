namespace WelfareAtlas.Import.Cubes;

/// <summary>
/// A multi-dimensional table read from a PX or JSON-stat file: metadata, dimensions, and one value or status per
/// combination of categories, stored row-major (the last dimension changes fastest), as both formats lay them out.
/// </summary>
public sealed class Cube
{
    private readonly double?[] values;
    private readonly IReadOnlyDictionary<int, string> statuses;
    private readonly int[] strides;

    /// <summary>Builds a cube; <paramref name="values"/> must hold one entry per combination of categories.</summary>
    /// <param name="file">File name the cube was read from.</param>
    /// <param name="metadata">What the cube is about.</param>
    /// <param name="dimensions">The dimensions, in cell-layout order.</param>
    /// <param name="values">Row-major values; <see langword="null"/> for a missing cell.</param>
    /// <param name="statuses">Status symbol per cell index, for the cells that have one.</param>
    public Cube(string file, CubeMetadata metadata, IReadOnlyList<CubeDimension> dimensions, double?[] values, IReadOnlyDictionary<int, string> statuses)
    {
        File = file;
        Metadata = metadata;
        Dimensions = dimensions;
        this.values = values;
        this.statuses = statuses;
        strides = new int[dimensions.Count];
        int stride = 1;
        for (int i = dimensions.Count - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= dimensions[i].Categories.Count;
        }

        if (stride != values.Length)
        {
            throw new ArgumentException($"The dimensions have {stride} combinations but {values.Length} values were given.", nameof(values));
        }
    }

    /// <summary>File name the cube was read from.</summary>
    public string File { get; }

    /// <summary>What the cube is about.</summary>
    public CubeMetadata Metadata { get; }

    /// <summary>The dimensions, in cell-layout order (PX: STUB then HEADING; JSON-stat: <c>id</c>).</summary>
    public IReadOnlyList<CubeDimension> Dimensions { get; }

    /// <summary>Number of cells: the product of the dimension sizes.</summary>
    public int CellCount => values.Length;

    /// <summary>All cells in row-major order, built as they are enumerated.</summary>
    public IEnumerable<CubeCell> Cells
    {
        get
        {
            for (int index = 0; index < values.Length; index++)
            {
                yield return CellAt(index);
            }
        }
    }

    /// <summary>The cell at row-major <paramref name="index"/>.</summary>
    public CubeCell CellAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, values.Length);
        string[] codes = new string[Dimensions.Count];
        int rest = index;
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = Dimensions[i].Categories[rest / strides[i]].Code;
            rest %= strides[i];
        }

        return new CubeCell(index, codes, values[index], statuses.GetValueOrDefault(index));
    }

    /// <summary>The cell with one category code per dimension, in dimension order; <see langword="null"/> when a code is unknown.</summary>
    public CubeCell? Find(params string[] codes)
    {
        if (codes.Length != Dimensions.Count)
        {
            return null;
        }

        int index = 0;
        for (int i = 0; i < codes.Length; i++)
        {
            int position = Dimensions[i].IndexOf(codes[i]);
            if (position < 0)
            {
                return null;
            }

            index += position * strides[i];
        }

        return CellAt(index);
    }
}
