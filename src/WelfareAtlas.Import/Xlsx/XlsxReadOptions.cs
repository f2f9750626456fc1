namespace WelfareAtlas.Import.Xlsx;

/// <summary>What a mapping spec may declare about a workbook; anything left <see langword="null"/> is detected.</summary>
public sealed record XlsxReadOptions
{
    /// <summary>Options that read the first sheet and detect the header row.</summary>
    public static XlsxReadOptions Detect { get; } = new();

    /// <summary>The worksheet to read; <see langword="null"/> reads the first one.</summary>
    public string? SheetName { get; init; }

    /// <summary>
    /// The 1-based sheet row that holds the column names; rows above it are skipped. <see langword="null"/> takes
    /// the first row that is not empty. 0 means the sheet has no header: columns are named A, B, C, ….
    /// </summary>
    public int? HeaderRow { get; init; }
}
