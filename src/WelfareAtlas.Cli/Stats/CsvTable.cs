using System.Text;
using WelfareAtlas.Spreadsheets;

namespace WelfareAtlas.Cli.Stats;

/// <summary>A CSV file in memory: a header and rows of text cells (RFC 4180: commas, double quotes, CRLF or LF).</summary>
internal sealed class CsvTable
{
    public CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

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
        List<List<string>> records = Parse(reader.ReadToEnd());
        if (records.Count == 0)
        {
            return new CsvTable([], []);
        }

        return new CsvTable(records[0], records.Skip(1).Cast<IReadOnlyList<string>>().ToList());
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

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        bool fieldStarted = false;
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
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
                    }

                    field.Clear();
                    record = [];
                    fieldStarted = false;
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
        }

        return records;
    }
}
