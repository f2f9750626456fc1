using System.Buffers;
using System.Text;

namespace WelfareAtlas.Import.Text;

/// <summary>
/// Encoding detection shared by the text readers: byte-order mark first, then strict UTF-8, then Windows-1252,
/// which is what Finnish PxWeb and Excel exports use when they are not UTF-8.
/// </summary>
public static class TextEncodings
{
    // The code pages (Windows-1252, ISO-8859-15, …) are registered here, before the first use of any member: an explicit
    // static constructor runs before the first call of FromName too, where a field initializer may run only when a field
    // is first read. Without the registration .NET knows only UTF-8/16/32, ASCII and ISO-8859-1, and FromName took
    // iso-8859-15 and windows-1252 for unknown names (a PX file's CODEPAGE, a mapping's csv.encoding).
    static TextEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>Windows-1252, the fallback for text that is not valid UTF-8. A superset of ISO-8859-1's printable range.</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>UTF-8 without BOM, replacing invalid bytes (used only after the bytes were checked).</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Looks up an encoding by the name a file declares (PX <c>CODEPAGE</c>, a mapping spec): <c>iso-8859-1</c>,
    /// <c>iso-8859-15</c>, <c>windows-1252</c>, <c>utf-8</c>, … ; <see langword="null"/> when the name is unknown.
    /// </summary>
    public static Encoding? FromName(string name)
    {
        string trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (trimmed.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8;
        }

        if (trimmed.Equals("ANSI", StringComparison.OrdinalIgnoreCase))
        {
            // PX CHARSET="ANSI" means the Windows code page, which for the Nordic statistics offices is 1252.
            return Windows1252;
        }

        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Length of a UTF-8, UTF-16 or UTF-32 byte-order mark at the start of <paramref name="bytes"/>, with its encoding.</summary>
    public static DetectedEncoding? FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DetectedEncoding(Utf8, 3, "BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new DetectedEncoding(Encoding.UTF32, 4, "BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DetectedEncoding(Encoding.Unicode, 2, "BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DetectedEncoding(Encoding.BigEndianUnicode, 2, "BOM");
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="bytes"/> is valid UTF-8. When <paramref name="isWholeFile"/> is false the sample may
    /// end inside a multi-byte sequence, which is not held against it.
    /// </summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes, bool isWholeFile)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            while (true)
            {
                OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out int read, out _, replaceInvalidSequences: false, isFinalBlock: isWholeFile);
                switch (status)
                {
                    case OperationStatus.Done:
                        return true;
                    case OperationStatus.DestinationTooSmall:
                        bytes = bytes[read..];
                        break;
                    case OperationStatus.NeedMoreData:
                        return !isWholeFile;
                    default:
                        return false;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether the sample contains a byte above 0x7F (so that UTF-8 and single-byte encodings would differ).</summary>
    public static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    /// <summary>
    /// Whether the sample looks like binary data rather than text: a NUL byte, or more than 10 % control bytes
    /// other than tab, CR, LF and form feed. Call it after ruling out a UTF-16/32 BOM.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return false;
        }

        if (bytes.Contains((byte)0))
        {
            return true;
        }

        int control = 0;
        foreach (byte b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not 0x0C)
            {
                control++;
            }
        }

        return control * 10 > bytes.Length;
    }

    /// <summary>
    /// Chooses the encoding of a text sample: BOM, else UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    /// </summary>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> sample, bool isWholeFile)
    {
        if (FromByteOrderMark(sample) is { } bom)
        {
            return bom;
        }

        return IsValidUtf8(sample, isWholeFile)
            ? new DetectedEncoding(Utf8, 0, "valid UTF-8")
            : new DetectedEncoding(Windows1252, 0, "fallback");
    }
}
