using WelfareAtlas.Import.Csv;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;

namespace WelfareAtlas.Import.Mapping;

/// <summary>A file opened for mapping: its column names (or cube dimension ids and <c>value</c>) and its rows.</summary>
/// <param name="Header">The column names.</param>
/// <param name="DecimalSeparator">How numbers are written in it.</param>
/// <param name="Rows">The rows, read once, lazily.</param>
public sealed record SourceTable(IReadOnlyList<string> Header, DecimalSeparator DecimalSeparator, IAsyncEnumerable<SourceRow> Rows)
{
    /// <summary>The column a cube's cell values are in.</summary>
    public const string CubeValueColumn = "value";

    /// <summary>The CSV file as opened (encoding, delimiter, header line) when the table is one; otherwise <see langword="null"/>.</summary>
    public CsvSource? Csv { get; init; }

    /// <summary>The 0-based index of <paramref name="name"/> (exact, else ignoring case), or -1.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (int i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i].Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reports that the spec names a column the file does not have, listing the ones it has.</summary>
    internal void ReportMissing(string name, string role, ReadReport report) =>
        report.Error("SPEC_COLUMN_MISSING", $"The mapping's {role} column \"{name}\" is not in the file; it has: {string.Join(", ", Header.Select(h => $"\"{ImportProblem.Shorten(h)}\""))}.", value: name);
}
