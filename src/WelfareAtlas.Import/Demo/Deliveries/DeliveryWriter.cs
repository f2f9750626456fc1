using System.Globalization;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using WelfareAtlas.Import.Text;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Import.Demo.Deliveries;

/// <summary>
/// Writes delivery files as Finnish producers do: CSV with <c>;</c>, decimal comma and UTF-8 (with or without BOM)
/// or Windows-1252; XLSX with numeric cells. The output depends only on the rows: the same rows give the same bytes.
/// </summary>
public static partial class DeliveryWriter
{
    /// <summary>The timestamp stamped on every entry of an XLSX package, so that the bytes do not depend on the clock.</summary>
    private static readonly DateTimeOffset FixedEntryTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes <paramref name="file"/> into <paramref name="directory"/>; returns the number of data rows.</summary>
    public static long Write(DeliveryFile file, string directory)
    {
        string path = Path.Combine(directory, file.Layout.FileName);
        return file.Layout.Format == DeliveryFormat.Csv ? WriteCsv(file, path) : WriteXlsx(file, path);
    }

    private static long WriteCsv(DeliveryFile file, string path)
    {
        DeliveryLayout layout = file.Layout;
        Encoding encoding = layout.Encoding switch
        {
            DeliveryEncoding.Utf8Bom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
            DeliveryEncoding.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
            _ => TextEncodings.Windows1252,
        };
        NumberFormatInfo numbers = new() { NumberDecimalSeparator = layout.DecimalSeparator.ToString(), NegativeSign = "-" };
        string[] formats = [.. layout.Columns.Select(column => "F" + column.Decimals.ToString(CultureInfo.InvariantCulture))];
        using FileStream stream = new(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using StreamWriter writer = new(stream, encoding, 1 << 16) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(layout.Delimiter, layout.Columns.Select(column => Quote(column.Header, layout.Delimiter))));
        long count = 0;
        Span<char> buffer = stackalloc char[64];
        foreach (DeliveryRow row in file.Rows())
        {
            int number = 0;
            for (int i = 0; i < layout.Columns.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(layout.Delimiter);
                }

                DeliveryColumn column = layout.Columns[i];
                if (column.IsNumber)
                {
                    double? value = row.Numbers[number++];
                    if (row.Suppressed && column.Role is ColumnRole.Numerator or ColumnRole.Value)
                    {
                        writer.Write(layout.SuppressedSymbol);
                    }
                    else if (value is { } v && v.TryFormat(buffer, out int written, formats[i], numbers))
                    {
                        writer.Write(buffer[..written]);
                    }
                }
                else
                {
                    writer.Write(Quote(Text(layout, column, row), layout.Delimiter));
                }
            }

            writer.WriteLine();
            count++;
        }

        return count;
    }

    private static long WriteXlsx(DeliveryFile file, string path)
    {
        DeliveryLayout layout = file.Layout;
        long count = 0;
        IEnumerable<Dictionary<string, object?>> Rows()
        {
            foreach (DeliveryRow row in file.Rows())
            {
                Dictionary<string, object?> cells = new(layout.Columns.Count, StringComparer.Ordinal);
                int number = 0;
                foreach (DeliveryColumn column in layout.Columns)
                {
                    if (column.IsNumber)
                    {
                        double? value = row.Numbers[number++];
                        cells[column.Header] = row.Suppressed && column.Role is ColumnRole.Numerator or ColumnRole.Value
                            ? layout.SuppressedSymbol
                            : value is { } v ? (column.Decimals == 0 ? (object)(long)Math.Round(v) : Math.Round(v, column.Decimals)) : null;
                    }
                    else
                    {
                        cells[column.Header] = Text(layout, column, row);
                    }
                }

                count++;
                yield return cells;
            }
        }

        if (File.Exists(path))
        {
            File.Delete(path);
        }

        MiniExcel.SaveAs(path, Rows(), sheetName: layout.SheetName);
        StampEntries(path);
        return count;
    }

    /// <summary>
    /// Makes the package depend only on its content: every entry's time becomes <see cref="FixedEntryTime"/> (MiniExcel
    /// stamps the current time) and MiniExcel's random relationship ids (<c>R</c> + a GUID) become <c>rId1</c>, <c>rId2</c>, ….
    /// </summary>
    private static void StampEntries(string path)
    {
        string stamped = path + ".stamped";
        Dictionary<string, string> ids = new(StringComparer.Ordinal);
        using (ZipArchive source = ZipFile.OpenRead(path))
        using (ZipArchive target = ZipFile.Open(stamped, ZipArchiveMode.Create))
        {
            foreach (ZipArchiveEntry entry in source.Entries)
            {
                ZipArchiveEntry copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedEntryTime;
                using Stream from = entry.Open();
                using Stream to = copy.Open();
                if (entry.FullName.EndsWith(".rels", StringComparison.Ordinal) || entry.FullName == "xl/workbook.xml")
                {
                    using StreamReader reader = new(from, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
                    string xml = RelationshipId().Replace(reader.ReadToEnd(), match =>
                    {
                        if (!ids.TryGetValue(match.Value, out string? id))
                        {
                            id = "rId" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                            ids[match.Value] = id;
                        }

                        return id;
                    });
                    byte[] bytes = Encoding.UTF8.GetBytes(xml);
                    to.Write(bytes);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        File.Move(stamped, path, overwrite: true);
    }

    /// <summary>The text written for a non-number column of <paramref name="row"/>.</summary>
    internal static string Text(DeliveryLayout layout, DeliveryColumn column, DeliveryRow row) => column.Role switch
    {
        ColumnRole.AreaCode => row.Area.Value,
        ColumnRole.AreaName => row.AreaName ?? string.Empty,
        ColumnRole.Period => FormatPeriod(row.Period, layout.PeriodForm),
        ColumnRole.Sex => layout.SexCodes[row.Breakdown.Sex],
        ColumnRole.Age => layout.AgeCodes[row.Breakdown.Age],
        ColumnRole.Category => layout.CategoryCodes[row.Breakdown.Category ?? string.Empty],
        _ => string.Empty,
    };

    /// <summary>A period in <paramref name="form"/>: <c>2024</c>, <c>2024Q3</c> or <c>2024-07</c>.</summary>
    public static string FormatPeriod(Period period, PeriodForm form) => form switch
    {
        PeriodForm.Quarter => string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}Q{period.Part}"),
        PeriodForm.Month => string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}-{period.Part:D2}"),
        _ => period.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    [System.Text.RegularExpressions.GeneratedRegex("R[0-9a-f]{32}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RelationshipId();

    private static string Quote(string text, char delimiter) =>
        text.AsSpan().IndexOfAny([delimiter, '"', '\r', '\n']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
