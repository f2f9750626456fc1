using System.Text;

namespace WelfareAtlas.Storage.Batches.Bulk;

/// <summary>
/// Reads the data rows of a <see cref="BulkCsvFile"/> for the bulk path: one line is one row, its fields split at the
/// delimiter, a field in quotes taken without them. It reads only what it reads exactly as the streaming reader does
/// and declines the rest (<see cref="Declined"/>), so that the streaming path reads the file and reports it.
/// </summary>
/// <remarks>
/// Declined: bytes that are not UTF-8; a line of more than <see cref="MaxLineChars"/> characters (the longest field the
/// streaming reader accepts, so no row read here holds a longer one); a blank line, or a row of one empty field (which
/// the streaming reader skips as blank); a row with another number of fields than the header; a quote inside a field's
/// text (an escaped <c>""</c>, a stray quote, text after a closing quote) or a quoted field that does not close on its
/// line (a field over several lines). The lines before the data (up to and including the header line) are not read as
/// rows, but the same length and quote rules apply to them, since the streaming reader reads them and warns about what
/// it finds there. A line ends at <c>\n</c>, a <c>\r</c> before it dropped (the file has no other carriage returns:
/// <c>BulkCsvPath</c> sends those to the streaming path).
/// </remarks>
internal sealed class BulkCsvReader : IDisposable
{
    /// <summary>The longest line read, in characters.</summary>
    public const int MaxLineChars = 65_536;

    private const int BufferChars = 1 << 20;

    private readonly StreamReader reader;
    private readonly char delimiter;
    private readonly int columns;
    private readonly Range[] fields;
    private readonly char[] buffer = new char[BufferChars];
    private int position;
    private int filled;
    private bool ended;

    /// <summary>Opens <paramref name="file"/> and skips the lines up to its header line.</summary>
    public BulkCsvReader(BulkCsvFile file)
    {
        reader = new StreamReader(
            new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: false,
            1 << 16);
        delimiter = file.Delimiter;
        columns = file.Columns;
        fields = new Range[columns + 1];
        for (int line = 0; line < file.HeaderLine && NextLine(out ReadOnlySpan<char> text); line++)
        {
            if (text.Contains('"') && SplitQuoted(text, []) < 0)
            {
                Declined += " of the lines up to the header";
                break;
            }
        }
    }

    /// <summary>Data rows read so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Why the file is not read here; <see langword="null"/> while it is.</summary>
    public string? Declined { get; private set; }

    /// <summary>
    /// The next data row: its line and the range of each field in it (as many as the header has columns). <see langword="false"/>
    /// at the end of the file, or when the file is declined (<see cref="Declined"/>).
    /// </summary>
    public bool Read(out ReadOnlySpan<char> line, out ReadOnlySpan<Range> ranges)
    {
        ranges = default;
        if (Declined is not null || !NextLine(out line))
        {
            line = default;
            return false;
        }

        if (line.IsEmpty)
        {
            return Decline("a blank line");
        }

        int count = line.Contains('"') ? SplitQuoted(line, fields) : line.Split(fields, delimiter);
        if (count < 0)
        {
            return false;
        }

        if (count != columns)
        {
            return Decline($"a row of {(count > columns ? "more" : "fewer")} fields than the header's {columns}");
        }

        if (count == 1 && line[fields[0]].IsEmpty)
        {
            return Decline("a blank line");
        }

        Rows++;
        ranges = fields.AsSpan(0, columns);
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => reader.Dispose();

    private bool Decline(string reason)
    {
        Declined = reason;
        return false;
    }

    /// <summary>
    /// Splits a line with quotes into <paramref name="into"/> (the first fields, as many as it holds); the number of fields
    /// (all of them, however many), or -1, declined, when a quote does not open or close a quoted field on the line.
    /// </summary>
    private int SplitQuoted(ReadOnlySpan<char> line, Span<Range> into)
    {
        int count = 0;
        int start = 0;
        while (true)
        {
            ReadOnlySpan<char> rest = line[start..];
            Range field;
            int end;
            if (!rest.IsEmpty && rest[0] == '"')
            {
                int close = rest[1..].IndexOf('"');
                if (close < 0)
                {
                    Decline("a quoted field that does not close on its line");
                    return -1;
                }

                field = new Range(start + 1, start + 1 + close);
                end = start + close + 2;
                if (end < line.Length && line[end] != delimiter)
                {
                    Decline("a quote inside a field");
                    return -1;
                }
            }
            else
            {
                int next = rest.IndexOf(delimiter);
                end = next < 0 ? line.Length : start + next;
                if (line[start..end].Contains('"'))
                {
                    Decline("a quote inside a field");
                    return -1;
                }

                field = new Range(start, end);
            }

            if (count < into.Length)
            {
                into[count] = field;
            }

            count++;
            if (end >= line.Length)
            {
                return count;
            }

            start = end + 1;
        }
    }

    /// <summary>The next line without its line end; <see langword="false"/> at the end of the file or when declined.</summary>
    private bool NextLine(out ReadOnlySpan<char> line)
    {
        line = default;
        int searched = 0;
        while (true)
        {
            int end = buffer.AsSpan(position + searched, filled - position - searched).IndexOf('\n');
            if (end >= 0)
            {
                end += position + searched;
                line = Trimmed(position, end);
                position = end + 1;
                return line.Length <= MaxLineChars || Decline($"a line of more than {MaxLineChars} characters");
            }

            searched = filled - position;
            if (ended)
            {
                if (searched == 0)
                {
                    return false;
                }

                line = Trimmed(position, filled);
                position = filled;
                return line.Length <= MaxLineChars || Decline($"a line of more than {MaxLineChars} characters");
            }

            if (searched > MaxLineChars + 1)
            {
                return Decline($"a line of more than {MaxLineChars} characters");
            }

            Fill();
            if (Declined is not null)
            {
                return false;
            }
        }
    }

    private ReadOnlySpan<char> Trimmed(int start, int end) =>
        end > start && buffer[end - 1] == '\r' ? buffer.AsSpan(start, end - start - 1) : buffer.AsSpan(start, end - start);

    /// <summary>Moves the unread characters (less than a line, which fits many times) to the front and reads more after them.</summary>
    private void Fill()
    {
        int unread = filled - position;
        if (position > 0)
        {
            buffer.AsSpan(position, unread).CopyTo(buffer);
        }

        position = 0;
        filled = unread;
        try
        {
            int read = reader.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            ended = read == 0;
        }
        catch (DecoderFallbackException)
        {
            Decline("bytes that are not UTF-8");
        }
    }
}
