using System.Globalization;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Import.Text;

namespace WelfareAtlas.Import.Csv;

/// <summary>
/// Opens delimited text files (CSV, semicolon-separated, TSV): detects or takes the encoding, delimiter, header line
/// and decimal separator from the start of the file (<see cref="ReadHeadAsync"/>: whole lines, however long, up to a
/// bound), then streams the rows as raw text cells (<see cref="CsvSource.ReadRowsAsync"/>).
/// </summary>
public static class CsvFileReader
{
    /// <summary>The least the detection reads: the first 64 KB, or the whole file when it is smaller.</summary>
    private const int SampleBytes = 65_536;

    /// <summary>
    /// The most the detection reads: 16 MiB. A file whose first lines are longer than that (a runaway quote, a huge
    /// field in the header's neighbourhood) is detected from what fits.
    /// </summary>
    private const int MaxHeadBytes = 16 << 20;

    /// <summary>
    /// Line feeds the detection reads past: the header line and the records the sniffer inspects, one more so that the
    /// last of them is whole.
    /// </summary>
    private const int HeadLines = CsvSniffer.RecordsToInspect + 2;

    /// <summary>
    /// Opens <paramref name="path"/>; <see langword="null"/> when it cannot be read as a table at all (empty, binary,
    /// no header, a declared delimiter the file does not use), with the reason in <paramref name="report"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">What the mapping spec declares; <see cref="CsvReadOptions.Detect"/> to detect everything.</param>
    /// <param name="report">Receives detection warnings now and row problems while the rows are read.</param>
    /// <param name="cancellationToken">Cancels the sample read.</param>
    public static async Task<CsvSource?> OpenAsync(string path, CsvReadOptions options, ReadReport report, CancellationToken cancellationToken = default)
    {
        (byte[] sample, bool isWholeFile) = await ReadHeadAsync(path, cancellationToken).ConfigureAwait(false);
        if (sample.Length == 0)
        {
            report.Error("CSV_EMPTY", "The file is empty.");
            return null;
        }

        // Binary bytes are told first: random bytes hold well-formed UTF-8 pairs by chance, and an encoding warning
        // about them would come before the one problem that matters.
        DetectedEncoding? bom = TextEncodings.FromByteOrderMark(sample);
        if ((options.Encoding ?? bom?.Encoding)?.CodePage is not (1200 or 1201 or 12000 or 12001)
            && TextEncodings.LooksBinary(sample.AsSpan(bom?.PreambleLength ?? 0)))
        {
            report.Error("CSV_BINARY", "The file is not text (it contains NUL or other control bytes); it is not CSV.");
            return null;
        }

        DetectedEncoding encoding = ChooseEncoding(sample, isWholeFile, options, report);
        string text = encoding.Encoding.GetString(sample, encoding.PreambleLength, sample.Length - encoding.PreambleLength);
        char delimiter = options.Delimiter ?? await CsvSniffer.DetectDelimiterAsync(text, isWholeFile, options.MaxFieldLength, cancellationToken).ConfigureAwait(false);
        List<CsvRecord> records = await CsvSniffer.RecordsAsync(text, delimiter, isWholeFile, options.MaxFieldLength, cancellationToken).ConfigureAwait(false);
        if (!await DeclaredDelimiterFitsAsync(text, isWholeFile, options, delimiter, records, report, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        int headerLine = options.HeaderLine ?? CsvSniffer.DetectHeaderLine(records);
        IReadOnlyList<string> header;
        if (headerLine == 0)
        {
            int width = CsvSniffer.Consistency(records).Fields;
            header = [.. Enumerable.Range(1, Math.Max(width, 1)).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        }
        else
        {
            CsvRecord? headerRecord = records.FirstOrDefault(r => r.Line == headerLine);
            if (headerRecord is null || headerRecord.IsBlank)
            {
                report.Error("CSV_NO_HEADER", $"Line {headerLine} should hold the column names but it is {(headerRecord is null ? "past the end of the file or of the lines read to detect it" : "blank")}.", headerLine);
                return null;
            }

            header = [.. headerRecord.Fields.Select(f => f.Trim())];
            if (!records.Any(r => r.Line > headerLine && !r.IsBlank))
            {
                report.Warning("CSV_HEADER_ONLY", "The file has a header but no data rows.", headerLine);
            }

            foreach (IGrouping<string, string> duplicate in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                report.Warning("CSV_DUPLICATE_COLUMN", $"The column name \"{duplicate.Key}\" appears {duplicate.Count()} times; refer to these columns by position.", headerLine, value: duplicate.Key);
            }
        }

        DecimalSeparator decimalSeparator = options.DecimalSeparator
            ?? (options.Culture is { } culture
                ? (culture.NumberFormat.NumberDecimalSeparator == "," ? DecimalSeparator.Comma : DecimalSeparator.Point)
                : CsvSniffer.DetectDecimalSeparator(records.Where(r => r.Line > headerLine && !r.IsBroken)));
        return new CsvSource(path, encoding, delimiter, headerLine, header, decimalSeparator, options.MaxFieldLength, report);
    }

    private static DetectedEncoding ChooseEncoding(byte[] sample, bool isWholeFile, CsvReadOptions options, ReadReport report)
    {
        DetectedEncoding? bom = TextEncodings.FromByteOrderMark(sample);
        if (options.Encoding is { } declared)
        {
            int skip = bom is not null && bom.Encoding.CodePage == declared.CodePage ? bom.PreambleLength : 0;
            if (declared.CodePage == 65001 && !TextEncodings.IsValidUtf8(sample.AsSpan(skip), isWholeFile))
            {
                report.Warning("CSV_ENCODING_MISMATCH", "The mapping declares UTF-8 but the start of the file is not valid UTF-8; invalid bytes will be reported per row.");
            }

            return new DetectedEncoding(declared, skip, "declared");
        }

        DetectedEncoding detected = TextEncodings.Detect(sample, isWholeFile);
        if (detected.Reason == "fallback" && HasUtf8Sequences(sample))
        {
            report.Warning("CSV_MIXED_ENCODING", "The file has both UTF-8 letters and bytes that are not UTF-8; it is read as Windows-1252, so the UTF-8 letters will look garbled (Ã¤ for ä). Re-save it in one encoding.");
        }

        return detected;
    }

    /// <summary>Whether the bytes contain well-formed two-byte UTF-8 sequences (C2–DF followed by 80–BF), as UTF-8 å ä ö do.</summary>
    private static bool HasUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] is >= 0xC2 and <= 0xDF && bytes[i + 1] is >= 0x80 and <= 0xBF && (i + 2 >= bytes.Length || bytes[i + 2] < 0x80 || bytes[i + 2] > 0xBF))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The start of the file that detection reads: at least the first 64 KB (or the whole file), and on until it holds
    /// <see cref="HeadLines"/> line feeds, so that the header and the records after it are whole lines however long they
    /// are (a 1 MB field in the first data row), up to <see cref="MaxHeadBytes"/>.
    /// </summary>
    /// <returns>The bytes, and whether they are the whole file.</returns>
    private static async Task<(byte[] Head, bool IsWholeFile)> ReadHeadAsync(string path, CancellationToken cancellationToken)
    {
        FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            long length = stream.Length;
            byte[] head = new byte[(int)Math.Min(length, SampleBytes)];
            await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
            int lines = head.AsSpan().Count((byte)'\n');
            while (lines < HeadLines && head.Length < Math.Min(length, MaxHeadBytes))
            {
                // Doubling keeps the copies linear in the bytes read.
                int read = head.Length;
                int more = (int)Math.Min(Math.Min(length, MaxHeadBytes) - read, read);
                Array.Resize(ref head, read + more);
                await stream.ReadExactlyAsync(head.AsMemory(read, more), cancellationToken).ConfigureAwait(false);
                lines += head.AsSpan(read).Count((byte)'\n');
            }

            return (head, head.Length == length);
        }
    }

    /// <summary>
    /// Whether the declared delimiter is the file's. It is not (<c>CSV_WRONG_DELIMITER</c>) when another one splits the
    /// sample more consistently and either the declared one never splits a line, or the header line has fewer columns
    /// split at the declared one than at the other, which gives it the table's width. Left alone, a wrong delimiter
    /// would make the header one long column name and every mapped column "missing".
    /// </summary>
    private static async Task<bool> DeclaredDelimiterFitsAsync(string text, bool isWholeFile, CsvReadOptions options, char delimiter, List<CsvRecord> records, ReadReport report, CancellationToken cancellationToken)
    {
        if (options.Delimiter is null)
        {
            return true;
        }

        char better = await CsvSniffer.DetectDelimiterAsync(text, isWholeFile, options.MaxFieldLength, cancellationToken).ConfigureAwait(false);
        if (better == delimiter)
        {
            return true;
        }

        List<CsvRecord> betterRecords = await CsvSniffer.RecordsAsync(text, better, isWholeFile, options.MaxFieldLength, cancellationToken).ConfigureAwait(false);
        (int fields, int support) = CsvSniffer.Consistency(betterRecords);
        int declaredSupport = CsvSniffer.Consistency(records).Support;
        if (support == 0 || declaredSupport >= support)
        {
            return true;
        }

        int headerLine = options.HeaderLine ?? CsvSniffer.DetectHeaderLine(betterRecords);
        CsvRecord? header = headerLine > 0 ? betterRecords.FirstOrDefault(r => r.Line == headerLine) : null;
        if (header is not null && header.Fields.Count == fields)
        {
            int declaredColumns = records.FirstOrDefault(r => r.Line == headerLine)?.Fields.Count ?? 0;
            if (declaredColumns < fields)
            {
                report.Error(
                    "CSV_WRONG_DELIMITER",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The mapping declares the delimiter {Describe(delimiter)}, but the header line appears to use {Describe(better)}: split at {Describe(better)} it has {fields} columns ({string.Join(", ", header.Fields.Select(f => $"\"{ImportProblem.Shorten(f.Trim())}\""))}), split at {Describe(delimiter)} {declaredColumns}. Correct \"csv.delimiter\" in the mapping, or leave it out to detect it."),
                    headerLine,
                    value: Describe(delimiter));
                return false;
            }
        }

        if (declaredSupport == 0)
        {
            report.Error("CSV_WRONG_DELIMITER", $"The declared delimiter {Describe(delimiter)} never splits a line, but {Describe(better)} splits {support} lines into {fields} fields: the declared delimiter is probably wrong.", value: Describe(delimiter));
            return false;
        }

        return true;
    }

    private static string Describe(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        _ => $"'{delimiter}'",
    };
}
