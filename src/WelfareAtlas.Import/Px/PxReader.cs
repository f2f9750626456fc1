using System.Text;
using WelfareAtlas.Import.Cubes;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Text;

namespace WelfareAtlas.Import.Px;

/// <summary>
/// Reads PC-Axis (PX) files into a <see cref="Cube"/>: multilingual keywords, VALUES/CODES, TIMEVAL, CODEPAGE,
/// STUB/HEADING layout, dot codes, dense or KEYS (sparse) DATA. Never throws for a malformed file: every problem
/// goes to the <see cref="ReadReport"/> with its line and column.
/// </summary>
/// <remarks>
/// A file whose structure cannot be read (syntax error in the metadata, a variable without VALUES, no DATA, a
/// wrong number of data values) gives no cube. A bad number in an otherwise sound DATA section is an error for
/// that cell only: the cell is left missing and the rest of the cube is returned.
/// </remarks>
public static class PxReader
{
    /// <summary>Reads the PX file at <paramref name="path"/>; <see langword="null"/> when it cannot be read (see <paramref name="report"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="report">Receives every problem found.</param>
    /// <param name="cancellationToken">Cancels the file read.</param>
    public static async Task<Cube?> ReadAsync(string path, ReadReport report, CancellationToken cancellationToken = default)
    {
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(bytes, report);
    }

    /// <summary>Reads a PX file from its bytes; <see langword="null"/> when it cannot be read (see <paramref name="report"/>).</summary>
    public static Cube? Read(ReadOnlySpan<byte> bytes, ReadReport report)
    {
        if (bytes.IsEmpty)
        {
            report.Error("PX_EMPTY", "The file is empty.");
            return null;
        }

        string? text = Decode(bytes, report);
        if (text is null)
        {
            return null;
        }

        LineMap lines = new(text);
        PxParser parser = new(text, lines, report);
        List<PxEntry> entries = parser.ReadEntries();
        if (parser.HadSyntaxError)
        {
            return null;
        }

        return new PxCubeBuilder(report.File, text, lines, entries, report).Build(parser.DataOffset);
    }

    private static string? Decode(ReadOnlySpan<byte> bytes, ReadReport report)
    {
        DetectedEncoding? bom = TextEncodings.FromByteOrderMark(bytes);
        if (bom is null && TextEncodings.LooksBinary(bytes[..Math.Min(bytes.Length, 8192)]))
        {
            report.Error("PX_BINARY", "The file is not text (it contains NUL or other control bytes); it is not a PX file.");
            return null;
        }

        string? declared = FindDeclaration(bytes, "CODEPAGE");
        Encoding encoding;
        int skip = 0;
        if (bom is not null)
        {
            encoding = bom.Encoding;
            skip = bom.PreambleLength;
        }
        else if (TextEncodings.HasNonAscii(bytes) && TextEncodings.IsValidUtf8(bytes, isWholeFile: true))
        {
            // Latin-1 text with accented letters is practically never valid UTF-8, so valid UTF-8 wins over a
            // declaration: PxWebApi writes UTF-8 files that still say CODEPAGE="iso-8859-1".
            encoding = TextEncodings.Utf8;
            if (declared is not null && TextEncodings.FromName(declared) is { CodePage: not 65001 })
            {
                report.Warning("PX_ENCODING_MISMATCH", $"CODEPAGE says \"{declared}\" but the bytes are valid UTF-8; read as UTF-8.", location: "CODEPAGE", value: declared);
            }
        }
        else if (declared is not null)
        {
            Encoding? named = TextEncodings.FromName(declared);
            if (named is null)
            {
                report.Warning("PX_UNKNOWN_CODEPAGE", $"CODEPAGE \"{declared}\" is not a known encoding; read as Windows-1252.", location: "CODEPAGE", value: declared);
                encoding = TextEncodings.Windows1252;
            }
            else if (named.CodePage == 65001)
            {
                report.Warning("PX_ENCODING_MISMATCH", "CODEPAGE says UTF-8 but the bytes are not valid UTF-8; read as Windows-1252.", location: "CODEPAGE", value: declared);
                encoding = TextEncodings.Windows1252;
            }
            else
            {
                encoding = named;
            }
        }
        else
        {
            // No CODEPAGE: CHARSET="ANSI" (or nothing, in practice) means the Windows code page of the Nordic offices.
            encoding = TextEncodings.Windows1252;
        }

        string text = encoding.GetString(bytes[skip..]);
        int replacement = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (replacement >= 0)
        {
            (int line, int column) = new LineMap(text).Locate(replacement);
            int count = text.Count(c => c == '\uFFFD');
            report.Warning("PX_REPLACEMENT_CHARACTER", $"The text contains {count} Unicode replacement characters (U+FFFD): letters were lost when the file was re-encoded upstream.", line, column);
        }

        return text;
    }

    /// <summary>The quoted value of <c>KEYWORD="…"</c> in the metadata part, read as ASCII; <see langword="null"/> when absent.</summary>
    private static string? FindDeclaration(ReadOnlySpan<byte> bytes, string keyword)
    {
        int end = bytes.IndexOf("DATA="u8);
        string head = Encoding.Latin1.GetString(end < 0 ? bytes : bytes[..end]);
        int at = 0;
        while ((at = head.IndexOf(keyword, at, StringComparison.Ordinal)) >= 0)
        {
            bool lineStart = at == 0 || head[at - 1] is '\n' or '\r';
            int i = at + keyword.Length;
            at = i;
            if (!lineStart)
            {
                continue;
            }

            while (i < head.Length && head[i] == ' ')
            {
                i++;
            }

            if (i + 1 < head.Length && head[i] == '=' && head[i + 1] == '"')
            {
                int close = head.IndexOf('"', i + 2);
                if (close > 0)
                {
                    return head[(i + 2)..close];
                }
            }
        }

        return null;
    }
}
