namespace WelfareAtlas.Import.Mapping;

/// <summary>What a spec declares about a CSV file; anything left out is detected.</summary>
public sealed record CsvSpec
{
    /// <summary>The delimiter: <c>;</c>, <c>,</c>, <c>\t</c> or <c>|</c>.</summary>
    public string? Delimiter { get; init; }

    /// <summary><c>comma</c> or <c>point</c>.</summary>
    public string? DecimalSeparator { get; init; }

    /// <summary>An encoding name (<c>utf-8</c>, <c>windows-1252</c>, <c>iso-8859-1</c>).</summary>
    public string? Encoding { get; init; }

    /// <summary>The 1-based line with the column names; 0 for none.</summary>
    public int? HeaderLine { get; init; }
}
