namespace WelfareAtlas.Import.Mapping;

/// <summary>Which part of a workbook holds the table.</summary>
public sealed record XlsxSpec
{
    /// <summary>The sheet's name; <see langword="null"/> for the first.</summary>
    public string? Sheet { get; init; }

    /// <summary>The 1-based row with the column names; <see langword="null"/> detects it.</summary>
    public int? HeaderRow { get; init; }
}
