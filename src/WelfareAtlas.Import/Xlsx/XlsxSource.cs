using System.Runtime.CompilerServices;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;

namespace WelfareAtlas.Import.Xlsx;

/// <summary>An opened worksheet: its header and its rows as raw text cells. Open one with <see cref="XlsxFileReader.OpenAsync"/>.</summary>
public sealed class XlsxSource
{
    private readonly string path;

    internal XlsxSource(string path, string sheet, IReadOnlyList<string> sheetNames, int headerRow, IReadOnlyList<string> header, ReadReport report)
    {
        this.path = path;
        Sheet = sheet;
        SheetNames = sheetNames;
        HeaderRow = headerRow;
        Header = header;
        Report = report;
    }

    /// <summary>File name (without directory).</summary>
    public string File => Report.File;

    /// <summary>The worksheet being read.</summary>
    public string Sheet { get; }

    /// <summary>All worksheet names of the workbook, in order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>1-based row of the header; 0 when the sheet has none.</summary>
    public int HeaderRow { get; }

    /// <summary>The column names (trimmed; empty for a blank header cell), or A, B, … when there is no header.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Problems found so far.</summary>
    public ReadReport Report { get; }

    /// <summary>Index of the column named <paramref name="name"/> (ordinal), or -1.</summary>
    public int ColumnIndex(string name) => TabularHeader.IndexOf(Header, name);

    /// <summary>
    /// Streams the rows below the header, one <see cref="TabularRow"/> per non-empty sheet row with its row number.
    /// Cells hold text as the sheet shows it in invariant form: numbers as round-trip decimals with a point
    /// (<c>80.1</c>), dates as ISO 8601, booleans as TRUE/FALSE. Formula cells give their cached value; nothing is
    /// evaluated. A cell right of the last header column that is not empty is reported and dropped.
    /// </summary>
    public async IAsyncEnumerable<TabularRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // MiniExcel's reader is synchronous and lazy; yielding once keeps the caller's context free.
        await Task.Yield();
        IEnumerator<IReadOnlyList<string>> rows = XlsxFileReader.QueryRows(path, Sheet, Report).GetEnumerator();
        using (rows)
        {
            int rowNumber = 0;
            while (XlsxFileReader.MoveNext(rows, Report))
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowNumber++;
                IReadOnlyList<string> cells = rows.Current;
                if (rowNumber <= HeaderRow || cells.All(c => c.Length == 0))
                {
                    continue;
                }

                for (int i = Header.Count; i < cells.Count; i++)
                {
                    if (cells[i].Length > 0)
                    {
                        Report.Warning("XLSX_CELL_OUTSIDE_HEADER", "The cell is right of the last header column; it is dropped.", rowNumber, i + 1, $"{Sheet}!{TabularRow.ColumnName(i)}{rowNumber}", cells[i]);
                    }
                }

                string[] padded = new string[Header.Count];
                for (int i = 0; i < padded.Length; i++)
                {
                    padded[i] = i < cells.Count ? cells[i] : string.Empty;
                }

                yield return new TabularRow(File, rowNumber, Sheet, padded);
            }
        }
    }
}
