using System.Runtime.CompilerServices;
using System.Text;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Import.Text;

namespace WelfareAtlas.Import.Csv;

/// <summary>
/// An opened CSV file: what was detected or declared about it, its header, and its rows as a stream.
/// Open one with <see cref="CsvFileReader.OpenAsync"/>.
/// </summary>
public sealed class CsvSource
{
    private readonly string path;
    private readonly int maxFieldLength;

    internal CsvSource(string path, DetectedEncoding encoding, char delimiter, int headerLine, IReadOnlyList<string> header, DecimalSeparator decimalSeparator, int maxFieldLength, ReadReport report)
    {
        this.path = path;
        Encoding = encoding;
        Delimiter = delimiter;
        HeaderLine = headerLine;
        Header = header;
        DecimalSeparator = decimalSeparator;
        this.maxFieldLength = maxFieldLength;
        Report = report;
    }

    /// <summary>File name (without directory).</summary>
    public string File => Report.File;

    /// <summary>The encoding used, and whether it was declared or detected.</summary>
    public DetectedEncoding Encoding { get; }

    /// <summary>The field delimiter used.</summary>
    public char Delimiter { get; }

    /// <summary>1-based line of the header; 0 when the file has none.</summary>
    public int HeaderLine { get; }

    /// <summary>The column names (trimmed), or <c>1</c>, <c>2</c>, … when the file has no header.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The decimal separator to parse numbers with (declared or detected).</summary>
    public DecimalSeparator DecimalSeparator { get; }

    /// <summary>Problems found so far: detection warnings, then row problems as <see cref="ReadRowsAsync"/> goes.</summary>
    public ReadReport Report { get; }

    /// <summary>Index of the column named <paramref name="name"/> (ordinal, case-sensitive), or -1.</summary>
    public int ColumnIndex(string name) => TabularHeader.IndexOf(Header, name);

    /// <summary>
    /// Streams the data rows after the header. Blank lines are skipped silently. A row with the wrong number of
    /// fields, an unclosed quote or an over-long field is reported with its line and skipped; reading goes on.
    /// Bytes that are not valid in the encoding are reported per row.
    /// </summary>
    public async IAsyncEnumerable<TabularRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65_536, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            stream.Position = Encoding.PreambleLength;
            Encoding decoding = (Encoding)Encoding.Encoding.Clone();
            decoding.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
            using StreamReader reader = new(stream, decoding, detectEncodingFromByteOrderMarks: false);
            CsvTokenizer tokenizer = new(reader, Delimiter, maxFieldLength, Report);
            while (await tokenizer.ReadAsync(cancellationToken).ConfigureAwait(false) is { } record)
            {
                if (record.Line <= HeaderLine || record.IsBroken || record.IsBlank)
                {
                    continue;
                }

                if (record.Fields.Count != Header.Count)
                {
                    Report.Error("CSV_FIELD_COUNT", $"The row has {record.Fields.Count} fields but the {(HeaderLine > 0 ? "header" : "table")} has {Header.Count}; the row is skipped.", record.Line, Math.Min(record.Fields.Count, Header.Count) + 1, value: string.Join(Delimiter, record.Fields));
                    continue;
                }

                for (int i = 0; i < record.Fields.Count; i++)
                {
                    if (record.Fields[i].Contains('\uFFFD', StringComparison.Ordinal))
                    {
                        Report.Error("CSV_BAD_BYTES", $"Field {i + 1} has bytes that are not valid {Encoding.Name} (mixed encodings?); they read as U+FFFD.", record.Line, i + 1, value: record.Fields[i]);
                    }
                }

                yield return new TabularRow(File, record.Line, null, record.Fields);
            }
        }
    }
}
