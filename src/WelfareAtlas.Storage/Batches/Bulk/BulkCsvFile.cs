namespace WelfareAtlas.Storage.Batches.Bulk;

/// <summary>A delimited UTF-8 file as the streaming reader opened it, for DuckDB's own CSV reader to read the same way.</summary>
/// <param name="Path">The file.</param>
/// <param name="Delimiter">The field delimiter: <c>;</c>, <c>,</c>, tab or <c>|</c>.</param>
/// <param name="HeaderLine">The 1-based line of the column names; the data rows follow it.</param>
/// <param name="Columns">How many columns the header has; every row must have as many fields.</param>
/// <param name="Lines">Physical lines in the file (line breaks, plus one for a last line without one).</param>
/// <param name="HasQuotes">Whether the file has a <c>"</c> anywhere; without one no field can span lines or hold a stray quote.</param>
public sealed record BulkCsvFile(string Path, char Delimiter, int HeaderLine, int Columns, long Lines, bool HasQuotes);
