using System.Text;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Import.Csv;

/// <summary>
/// An RFC 4180 record reader over a <see cref="TextReader"/>: quoted fields with doubled quotes and line breaks,
/// CRLF, LF or CR line ends. It is written here rather than taken from CsvHelper so that every problem carries the
/// physical line and field number, and so that a file ending inside a quoted field is reported, not silently joined.
/// </summary>
internal sealed class CsvTokenizer
{
    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly int maxFieldLength;
    private readonly ReadReport report;
    private readonly char[] buffer = new char[16_384];
    private int length;
    private int index;
    private int line = 1;

    public CsvTokenizer(TextReader reader, char delimiter, int maxFieldLength, ReadReport report)
    {
        this.reader = reader;
        this.delimiter = delimiter;
        this.maxFieldLength = maxFieldLength;
        this.report = report;
    }

    /// <summary>The next record, or <see langword="null"/> at the end of the input.</summary>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        int start = line;
        List<string> fields = [];
        StringBuilder field = new();
        bool inQuotes = false;
        bool quoted = false;
        bool afterQuote = false;
        bool broken = false;
        bool tooLong = false;
        int quoteLine = 0;
        bool any = false;
        while (true)
        {
            if (index == length)
            {
                length = await reader.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                index = 0;
                if (length == 0)
                {
                    if (inQuotes)
                    {
                        report.Error("CSV_UNCLOSED_QUOTE", $"The quoted field that starts on line {quoteLine} never closes: the file ends in the middle of a row.", quoteLine, fields.Count + 1, value: field.ToString());
                        fields.Add(field.ToString());
                        return new CsvRecord(start, fields, IsBroken: true);
                    }

                    if (!any)
                    {
                        return null;
                    }

                    fields.Add(field.ToString());
                    return new CsvRecord(start, fields, broken);
                }
            }

            char c = buffer[index++];
            any = true;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (await PeekAsync(cancellationToken).ConfigureAwait(false) == '"')
                    {
                        index++;
                        Append(field, '"', ref tooLong, fields.Count, start);
                    }
                    else
                    {
                        inQuotes = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && await PeekAsync(cancellationToken).ConfigureAwait(false) != '\n'))
                    {
                        line++;
                    }

                    Append(field, c, ref tooLong, fields.Count, start);
                }

                continue;
            }

            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                quoted = afterQuote = false;
                continue;
            }

            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && await PeekAsync(cancellationToken).ConfigureAwait(false) == '\n')
                {
                    index++;
                }

                line++;
                fields.Add(field.ToString());
                return new CsvRecord(start, fields, broken || tooLong);
            }

            if (c == '"' && field.Length == 0 && !quoted)
            {
                inQuotes = quoted = true;
                quoteLine = line;
                continue;
            }

            if (afterQuote)
            {
                report.Warning("CSV_TEXT_AFTER_QUOTE", "Text follows the closing quote of a field; it is kept as part of the field.", line, fields.Count + 1, value: c.ToString());
                afterQuote = false;
            }
            else if (c == '"')
            {
                report.Warning("CSV_STRAY_QUOTE", "A quote inside an unquoted field; it is kept as a character.", line, fields.Count + 1);
            }

            Append(field, c, ref tooLong, fields.Count, start);
        }
    }

    private void Append(StringBuilder field, char c, ref bool tooLong, int fieldIndex, int recordLine)
    {
        if (tooLong)
        {
            return;
        }

        if (field.Length >= maxFieldLength)
        {
            tooLong = true;
            report.Error("CSV_FIELD_TOO_LONG", $"Field {fieldIndex + 1} of the row on line {recordLine} is longer than {maxFieldLength} characters; the row is skipped.", recordLine, fieldIndex + 1, value: field.ToString(0, Math.Min(field.Length, ImportProblem.MaxValueLength)));
            return;
        }

        field.Append(c);
    }

    private async ValueTask<int> PeekAsync(CancellationToken cancellationToken)
    {
        if (index == length)
        {
            length = await reader.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            index = 0;
            if (length == 0)
            {
                return -1;
            }
        }

        return buffer[index];
    }
}
