using System.Globalization;

namespace WelfareAtlas.Import.Tabular;

/// <summary>One data row of a CSV file or a worksheet: raw text cells and where they came from.</summary>
/// <param name="File">File name the row was read from.</param>
/// <param name="Line">1-based physical line where the row starts (CSV) or sheet row number (XLSX).</param>
/// <param name="Sheet">Worksheet name for XLSX; <see langword="null"/> for CSV.</param>
/// <param name="Cells">The cell texts as written, unparsed; one per header column (XLSX rows are padded with empty cells).</param>
public sealed record TabularRow(string File, int Line, string? Sheet, IReadOnlyList<string> Cells)
{
    /// <summary>0-based indexes of cells that look like spreadsheet formulas (see <see cref="FormulaGuard"/>); empty for most rows.</summary>
    public IReadOnlyList<int> FormulaLikeCells { get; } = FindFormulaLike(Cells);

    /// <summary>Where cell <paramref name="column"/> (0-based) is, for messages: <c>line 5, field 3</c> or <c>Sheet1!C5</c>.</summary>
    public string Position(int column) => Sheet is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}, field {column + 1}")
        : string.Create(CultureInfo.InvariantCulture, $"{Sheet}!{ColumnName(column)}{Line}");

    /// <summary>The spreadsheet column letters of 0-based <paramref name="column"/>: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int column)
    {
        string name = string.Empty;
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static int[] FindFormulaLike(IReadOnlyList<string> cells)
    {
        List<int>? found = null;
        for (int i = 0; i < cells.Count; i++)
        {
            if (FormulaGuard.LooksLikeFormula(cells[i]))
            {
                (found ??= []).Add(i);
            }
        }

        return found?.ToArray() ?? [];
    }
}
