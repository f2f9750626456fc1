using System.Text;

namespace WelfareAtlas.Core.Tests.Statistics;

/// <summary>Reads the PHEindicatormethods reference vectors copied into TestData/phe (RFC 4180 CSV, invariant culture).</summary>
public static class ReferenceData
{
    public static IReadOnlyList<ReferenceRow> Load(string file)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "phe", file);
        List<List<string>> records = Parse(File.ReadAllText(path, Encoding.UTF8));
        List<string> header = records[0];
        var rows = new List<ReferenceRow>(records.Count - 1);
        for (int r = 1; r < records.Count; r++)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int c = 0; c < header.Count; c++)
            {
                cells[header[c]] = c < records[r].Count ? records[r][c] : string.Empty;
            }

            // Line numbers count the header as line 1 (no reference file has embedded newlines).
            rows.Add(new ReferenceRow(file, r + 1, cells));
        }

        return rows;
    }

    /// <summary>The indexes of the rows of <paramref name="file"/> that satisfy <paramref name="filter"/>, as theory data.</summary>
    public static TheoryData<int> RowIndexes(string file, Func<ReferenceRow, bool>? filter = null)
    {
        var data = new TheoryData<int>();
        IReadOnlyList<ReferenceRow> rows = Load(file);
        for (int i = 0; i < rows.Count; i++)
        {
            if (filter is null || filter(rows[i]))
            {
                data.Add(i);
            }
        }

        return data;
    }

    internal static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
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
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
