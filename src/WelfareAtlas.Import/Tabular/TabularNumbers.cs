using System.Globalization;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.Tabular;

/// <summary>
/// Parses the numbers in raw CSV/XLSX cells with a known decimal separator, never with the machine's culture,
/// and reports cells that are not numbers with their file, line, column and value.
/// </summary>
public static class TabularNumbers
{
    private static readonly NumberFormatInfo CommaFormat = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00A0",
        NegativeSign = "-",
    };

    /// <summary>
    /// Whether <paramref name="text"/> is a missing-value marker rather than a number: empty, or the statistical
    /// dot codes and dashes (<c>.</c> <c>..</c> … <c>-</c> <c>–</c>) that Finnish and Nordic statistics use.
    /// </summary>
    public static bool IsMissingMarker(string text)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan().Trim();
        return trimmed.IsEmpty || trimmed is "-" or "–" or "—" || (trimmed.Length <= 6 && !trimmed.ContainsAnyExcept('.'));
    }

    /// <summary>
    /// Parses <paramref name="text"/> as a number written with <paramref name="separator"/>. With a decimal comma,
    /// spaces, no-break spaces and narrow no-break spaces are accepted as group separators and U+2212 as a minus
    /// sign, as Finnish locales write them. No group separator is accepted with a decimal point, where a comma
    /// would be ambiguous.
    /// </summary>
    public static bool TryParse(string text, DecimalSeparator separator, out double value)
    {
        string trimmed = text.Trim();
        if (separator == DecimalSeparator.Point)
        {
            return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        string normalised = trimmed.Replace('\u2212', '-').Replace(' ', '\u00A0').Replace('\u202F', '\u00A0');
        if (normalised.Contains('.', StringComparison.Ordinal))
        {
            // A point in a decimal-comma file is a mistake to report, not a thousands separator to guess about.
            value = 0;
            return false;
        }

        return double.TryParse(normalised, NumberStyles.Float | NumberStyles.AllowThousands, CommaFormat, out value);
    }

    /// <summary>
    /// The number in cell <paramref name="column"/> (0-based) of <paramref name="row"/>: <see langword="null"/> for a
    /// missing-value marker (see <see cref="IsMissingMarker"/>) or for a cell that is not a number, which is also
    /// reported to <paramref name="report"/> as <c>CELL_NOT_NUMBER</c> with its position.
    /// </summary>
    public static double? ParseCell(TabularRow row, int column, DecimalSeparator separator, ReadReport report)
    {
        if (column < 0 || column >= row.Cells.Count)
        {
            report.Error("CELL_MISSING", $"The row has no field {column + 1}.", row.Line, column + 1, row.Position(column));
            return null;
        }

        string text = row.Cells[column];
        if (IsMissingMarker(text))
        {
            return null;
        }

        if (TryParse(text, separator, out double value))
        {
            return value;
        }

        string expected = separator == DecimalSeparator.Comma ? "a number with a decimal comma" : "a number with a decimal point";
        report.Error("CELL_NOT_NUMBER", $"\"{ImportProblem.Shorten(text)}\" is not {expected}.", row.Line, column + 1, row.Position(column), text);
        return null;
    }
}
