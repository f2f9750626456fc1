using System.Globalization;
using System.Text;
using WelfareAtlas.Import.Tabular;

namespace WelfareAtlas.Import.Csv;

/// <summary>What a mapping spec may declare about a CSV file; anything left <see langword="null"/> is detected.</summary>
public sealed record CsvReadOptions
{
    /// <summary>Options that detect everything.</summary>
    public static CsvReadOptions Detect { get; } = new();

    /// <summary>The text encoding; <see langword="null"/> detects it (BOM, else strict UTF-8, else Windows-1252).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The field delimiter; <see langword="null"/> detects it among <c>;</c> <c>,</c> tab and <c>|</c>.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// The 1-based physical line that holds the column names; lines before it (a title, a blank line) are skipped.
    /// <see langword="null"/> detects it: the first line with as many fields as the rows that follow.
    /// 0 means the file has no header: columns are named <c>1</c>, <c>2</c>, ….
    /// </summary>
    public int? HeaderLine { get; init; }

    /// <summary>The decimal separator; <see langword="null"/> takes it from <see cref="Culture"/>, or detects it from the data.</summary>
    public DecimalSeparator? DecimalSeparator { get; init; }

    /// <summary>The culture the file was written in (e.g. <c>fi-FI</c>); used only for its decimal separator.</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>
    /// The longest field accepted, in characters (default 65 536). A longer field is an error for its row, which is
    /// skipped: no statistical cell is that long, and a runaway quote would otherwise swallow the file.
    /// </summary>
    public int MaxFieldLength { get; init; } = 65_536;
}
