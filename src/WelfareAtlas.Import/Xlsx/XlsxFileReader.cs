using System.Globalization;
using System.Xml;
using MiniExcelLibs;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.Xlsx;

/// <summary>
/// Opens XLSX workbooks with MiniExcel and streams a worksheet as raw text rows with sheet and cell positions.
/// A file that is not a readable workbook gives a problem, not an exception.
/// </summary>
public static class XlsxFileReader
{
    /// <summary>Opens a worksheet of <paramref name="path"/>; <see langword="null"/> when it cannot be read, with the reason in <paramref name="report"/>.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="options">Sheet and header row, or <see cref="XlsxReadOptions.Detect"/>.</param>
    /// <param name="report">Receives problems now and while the rows are read.</param>
    /// <param name="cancellationToken">Cancels the header scan.</param>
    public static async Task<XlsxSource?> OpenAsync(string path, XlsxReadOptions options, ReadReport report, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        FileInfo file = new(path);
        if (file.Length == 0)
        {
            report.Error("XLSX_EMPTY", "The file is empty.");
            return null;
        }

        List<string>? sheets = Guard(() => MiniExcel.GetSheetNames(path), report);
        if (sheets is null)
        {
            return null;
        }

        if (sheets.Count == 0)
        {
            report.Error("XLSX_NO_SHEETS", "The workbook has no worksheets.");
            return null;
        }

        string sheet = options.SheetName ?? sheets[0];
        if (!sheets.Contains(sheet, StringComparer.Ordinal))
        {
            report.Error("XLSX_NO_SUCH_SHEET", $"The workbook has no sheet \"{sheet}\"; it has {string.Join(", ", sheets.Select(s => $"\"{s}\""))}.", value: sheet);
            return null;
        }

        int headerRow = 0;
        IReadOnlyList<string>? header = null;
        IEnumerator<IReadOnlyList<string>> rows = QueryRows(path, sheet, report).GetEnumerator();
        using (rows)
        {
            int rowNumber = 0;
            int widest = 0;
            while (MoveNext(rows, report))
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowNumber++;
                widest = Math.Max(widest, rows.Current.Count);
                bool empty = rows.Current.All(c => c.Length == 0);
                if (options.HeaderRow is { } declared ? rowNumber == declared : !empty)
                {
                    headerRow = rowNumber;
                    header = [.. rows.Current.Select(c => c.Trim())];
                    break;
                }

                if (options.HeaderRow == 0 && rowNumber > 100)
                {
                    break;
                }
            }

            if (options.HeaderRow == 0)
            {
                header = [.. Enumerable.Range(0, widest).Select(Tabular.TabularRow.ColumnName)];
                headerRow = 0;
            }

            if (report.HasErrors)
            {
                return null;
            }

            if (header is null)
            {
                report.Error("XLSX_NO_HEADER", options.HeaderRow is { } row ? $"Sheet \"{sheet}\" has no row {row}." : $"Sheet \"{sheet}\" is empty.", options.HeaderRow, location: sheet);
                return null;
            }

            // Trailing blank header cells come from formatting, not data.
            int width = header.Count;
            while (width > 0 && header[width - 1].Length == 0)
            {
                width--;
            }

            header = [.. header.Take(width)];
            if (headerRow > 0 && !MoveNextNonEmpty(rows, report))
            {
                report.Warning("XLSX_HEADER_ONLY", $"Sheet \"{sheet}\" has a header but no data rows.", headerRow, location: sheet);
            }
        }

        return new XlsxSource(path, sheet, sheets, headerRow, header, report);
    }

    /// <summary>The rows of <paramref name="sheet"/> as cell texts, from row 1, one entry per sheet row (MiniExcel fills gaps with empty rows).</summary>
    internal static IEnumerable<IReadOnlyList<string>> QueryRows(string path, string sheet, ReadReport report)
    {
        IEnumerable<dynamic>? rows = Guard(() => MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet), report);
        if (rows is null)
        {
            yield break;
        }

        foreach (object row in rows)
        {
            IDictionary<string, object?> cells = (IDictionary<string, object?>)row;
            yield return [.. cells.Values.Select(Text)];
        }
    }

    /// <summary>Advances <paramref name="rows"/>, turning a broken workbook part into a problem.</summary>
    internal static bool MoveNext(IEnumerator<IReadOnlyList<string>> rows, ReadReport report) =>
        Guard(() => rows.MoveNext() ? (bool?)true : false, report) ?? false;

    private static bool MoveNextNonEmpty(IEnumerator<IReadOnlyList<string>> rows, ReadReport report)
    {
        while (MoveNext(rows, report))
        {
            if (rows.Current.Any(c => c.Length > 0))
            {
                return true;
            }
        }

        return false;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("s", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Runs a MiniExcel call, reporting the failures a damaged or non-XLSX file causes instead of throwing them.</summary>
    private static T? Guard<T>(Func<T> read, ReadReport report)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException or InvalidOperationException or NotSupportedException or FormatException or KeyNotFoundException or IndexOutOfRangeException)
        {
            report.Error("XLSX_INVALID", $"The file is not a readable XLSX workbook: {exception.Message}");
            return default;
        }
    }
}
