using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Import.Text;

namespace WelfareAtlas.Import.Csv;

/// <summary>
/// Opens delimited text files (CSV, semicolon-separated, TSV): detects or takes the encoding, delimiter, header line
/// and decimal separator from the first 64 KB, then streams the rows as raw text cells (<see cref="CsvSource.ReadRowsAsync"/>).
/// </summary>
public static class CsvFileReader
{
    private const int SampleBytes = 65_536;

    /// <summary>
    /// Opens <paramref name="path"/>; <see langword="null"/> when it cannot be read as a table at all (empty, binary,
    /// no header), with the reason in <paramref name="report"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">What the mapping spec declares; <see cref="CsvReadOptions.Detect"/> to detect everything.</param>
    /// <param name="report">Receives detection warnings now and row problems while the rows are read.</param>
    /// <param name="cancellationToken">Cancels the sample read.</param>
    public static async Task<CsvSource?> OpenAsync(string path, CsvReadOptions options, ReadReport report, CancellationToken cancellationToken = default)
    {
        byte[] sample;
        bool isWholeFile;
        FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            sample = new byte[(int)Math.Min(stream.Length, SampleBytes)];
            await stream.ReadExactlyAsync(sample, cancellationToken).ConfigureAwait(false);
            isWholeFile = stream.Length <= SampleBytes;
        }

        if (sample.Length == 0)
        {
            report.Error("CSV_EMPTY", "The file is empty.");
            return null;
        }

        DetectedEncoding encoding = ChooseEncoding(sample, isWholeFile, options, report);
        if (encoding.PreambleLength == 0 && encoding.Encoding.CodePage is not (1200 or 1201 or 12000) && TextEncodings.LooksBinary(sample))
        {
            report.Error("CSV_BINARY", "The file is not text (it contains NUL or other control bytes); it is not CSV.");
            return null;
        }

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
            header = [.. Enumerable.Range(1, Math.Max(width, 1)).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }
        else
        {
            CsvRecord? headerRecord = records.FirstOrDefault(r => r.Line == headerLine);
            if (headerRecord is null || headerRecord.IsBlank)
            {
                report.Error("CSV_NO_HEADER", $"Line {headerLine} should hold the column names but it is {(headerRecord is null ? "not in the first 64 KB or past the end" : "blank")}.", headerLine);
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
                report.Warning("CSV_ENCODING_MISMATCH", "The mapping declares UTF-8 but the first 64 KB are not valid UTF-8; invalid bytes will be reported per row.");
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

    private static async Task<bool> DeclaredDelimiterFitsAsync(string text, bool isWholeFile, CsvReadOptions options, char delimiter, List<CsvRecord> records, ReadReport report, CancellationToken cancellationToken)
    {
        if (options.Delimiter is null || CsvSniffer.Consistency(records).Support > 0)
        {
            return true;
        }

        char better = await CsvSniffer.DetectDelimiterAsync(text, isWholeFile, options.MaxFieldLength, cancellationToken).ConfigureAwait(false);
        (int fields, int support) = CsvSniffer.Consistency(await CsvSniffer.RecordsAsync(text, better, isWholeFile, options.MaxFieldLength, cancellationToken).ConfigureAwait(false));
        if (better != delimiter && support > 0)
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
