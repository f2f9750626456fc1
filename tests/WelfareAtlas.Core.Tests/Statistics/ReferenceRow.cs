using System.Globalization;

namespace WelfareAtlas.Core.Tests.Statistics;

/// <summary>One data row of a reference CSV, by column name.</summary>
public sealed class ReferenceRow(string file, int line, IReadOnlyDictionary<string, string> cells)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string this[string column] =>
        cells.TryGetValue(column, out string? cell) ? cell : throw new KeyNotFoundException($"{File} has no column '{column}'.");

    /// <summary>The cell as a number in invariant culture; <c>NA</c> and empty cells are NaN.</summary>
    public double Number(string column)
    {
        string cell = this[column];
        return cell is "NA" or "" ? double.NaN : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public override string ToString() => $"{File} line {Line}";
}
