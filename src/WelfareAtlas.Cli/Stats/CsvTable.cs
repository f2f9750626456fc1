using System.Text;
using WelfareAtlas.Spreadsheets;

namespace WelfareAtlas.Cli.Stats;

/// <summary>A CSV file in memory: a header and rows of text cells (RFC 4180: commas, double quotes, CRLF or LF).</summary>
internal sealed class CsvTable
{
    /// <param name="header">The column names.</param>
    /// <param name="rows">The records after the header.</param>
    /// <param name="rowLines">The line of the file each row starts on (1-based); <see langword="null"/>: one line each, right after a one-line header.</param>
    public CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<int>? rowLines = null)
    {
        Header = header;
        Rows = rows;
        this.rowLines = rowLines;
    }

    private readonly IReadOnlyList<int>? rowLines;

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The line of the file row <paramref name="row"/> starts on (1-based), for messages: blank lines and fields over several lines before it count.</summary>
    public int LineOf(int row) => rowLines?[row] ?? row + 2;

    /// <summary>The index of <paramref name="column"/> (exact, case-sensitive), or −1.</summary>
    public int IndexOf(string column)
    {
        for (int i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads a whole CSV; the first record is the header. A leading byte-order mark is dropped.</summary>
    public static CsvTable Read(TextReader reader)
    {
        List<int> lines = [];
        List<List<string>> records = Parse(reader.ReadToEnd(), lines);
        if (records.Count == 0)
        {
            return new CsvTable([], []);
        }

        return new CsvTable(records[0], records.Skip(1).Cast<IReadOnlyList<string>>().ToList(), lines.Skip(1).ToList());
    }

    /// <summary>Writes the table with LF line ends, quoting cells that need it; a cell a spreadsheet would run as a formula gets an apostrophe (<see cref="FormulaNeutraliser"/>).</summary>
    public void Write(TextWriter writer)
    {
        WriteRecord(writer, Header);
        foreach (IReadOnlyList<string> row in Rows)
        {
            WriteRecord(writer, row);
        }
    }

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            string cell = FormulaNeutraliser.Neutralise(cells[i]);
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }

        writer.Write('\n');
    }

    /// <param name="text">The whole file.</param>
    /// <param name="lines">Filled with the line each record starts on (1-based).</param>
    private static List<List<string>> Parse(string text, List<int> lines)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        bool fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                line++;
            }

            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (fieldStarted || field.Length > 0 || record.Count > 0)
                    {
                        record.Add(field.ToString());
                        records.Add(record);
                        lines.Add(recordLine);
                    }

                    field.Clear();
                    record = [];
                    fieldStarted = false;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (fieldStarted || field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
            lines.Add(recordLine);
        }

        return records;
    }
}
