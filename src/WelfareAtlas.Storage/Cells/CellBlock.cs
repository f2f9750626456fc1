namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// Up to <see cref="MostCells"/> cells of one indicator for one audience, as one row of <c>cell_blocks</c> holds them
/// (migration <c>0014_cell_blocks</c>): column by column, each column's values one after another, the whole compressed
/// with Brotli. A compute run stored 851 thousand Helsinki cells as rows of 37 columns before, and DuckDB's write of a
/// value costs about 70 ns whatever the form (docs/PERFORMANCE.md, "Profile cells"): 2–3 s a run. As blocks a cell
/// takes about 47 bytes (the national demo's 14.7 million cells: 684 MB); every reader of cells reads whole indicators
/// anyway (<see cref="CellSnapshot"/>), so nothing reads a single cell by SQL.
/// </summary>
/// <remarks>
/// <para>
/// Format 1, before compression: the cell count (unsigned LEB128), then the columns (<see cref="Column"/>) in order. An
/// integer column is one unsigned LEB128 number a cell: 0 for NULL, else the value zigzag-encoded plus one (so a key or
/// count takes one or two bytes; <see cref="long.MinValue"/> has no code). A number column is a bitmap of which cells
/// have a value (bit <c>i % 8</c> of byte <c>i / 8</c>), then the values present as little-endian IEEE 754 binary64,
/// bit for bit.
/// </para>
/// <para>
/// The keys are those of <c>cell_rows</c> before (0013): periods into <c>observation_periods</c>, every text into
/// <c>cell_texts</c> (<see cref="CellKeys"/>, <see cref="CellDictionary"/>).
/// </para>
/// </remarks>
internal static partial class CellBlock
{
    /// <summary>The format this code writes and reads; stored with each block.</summary>
    public const int Format = 1;

    /// <summary>A column of a block, in the order the format stores them.</summary>
    public enum Column
    {
        AreaKey,
        AreaTypeKey,
        PeriodKey,
        BreakdownKey,
        BatchId,
        DerivationKey,
        DisclosureKey,
        DisclosureReasonKey,
        Numerator,
        Denominator,
        Value,
        Lower95,
        Upper95,
        Lower998,
        Upper998,
        IntervalMethodKey,
        NoValueKindKey,
        NoValueReasonKey,
        CityKey,
        CityValue,
        City95Key,
        City998Key,
        CityReasonKey,
        ParentKey,
        ParentValue,
        Parent95Key,
        Parent998Key,
        ParentReasonKey,
        Quintile,
        Rank,
        PeerCount,
        TrendKey,
        TrendSlope,
        TrendReasonKey,
    }

    /// <summary>
    /// How many cells a block holds at most: about 50 KB compressed (86 KB at most in the national demo). DuckDB keeps a BLOB larger than its storage block
    /// (256 KB) apart, pinned in memory until its transaction commits and rewritten whole at every checkpoint: blocks of
    /// whole parts (up to 250 thousand cells, about 1 MB each) made the national demo's run fail to commit under the
    /// 512 MB DuckDB has during imports, while the same bytes in rows of 32 KB were written in one transaction in 3–5 s
    /// (docs/PERFORMANCE.md).
    /// </summary>
    public const int MostCells = 1024;

    /// <summary>How many columns a block has.</summary>
    public const int ColumnCount = (int)Column.TrendReasonKey + 1;

    /// <summary>Whether each column holds numbers (binary64) rather than integers, by <see cref="Column"/>.</summary>
    public static readonly bool[] IsNumber = [.. Enumerable.Range(0, ColumnCount).Select(column => (Column)column is
        Column.Numerator or Column.Denominator or Column.Value or Column.Lower95 or Column.Upper95 or Column.Lower998
        or Column.Upper998 or Column.CityValue or Column.ParentValue or Column.TrendSlope)];

    /// <summary>How many of the columns hold integers; every cell takes at least a byte in each.</summary>
    private static readonly int IntegerColumns = IsNumber.Count(number => !number);

    /// <summary>Brotli's quality for blocks: the fastest; the columns repeat so much that it still takes them to about a third.</summary>
    private const int Quality = 1;

    private const int Window = 22;
}
