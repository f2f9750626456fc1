using System.Buffers;
using System.Security.Cryptography;

namespace WelfareAtlas.Import.Csv;

/// <summary>
/// One pass over a file's bytes: its SHA-256 (the batch's content hash) and the facts that decide whether the bulk path's
/// reader reads it as the streaming reader would (docs/import/pipeline.md, the bulk path).
/// </summary>
/// <param name="Sha256">SHA-256 of the bytes, lower-case hex.</param>
/// <param name="Lines">Physical lines: line feeds, plus one when the last line has none.</param>
/// <param name="HasQuotes">Whether a <c>"</c> occurs anywhere.</param>
/// <param name="HasLoneCarriageReturn">Whether a carriage return is not followed by a line feed (old Mac line ends, or a stray one).</param>
/// <param name="HasReplacementCharacter">Whether the UTF-8 bytes of U+FFFD occur: the streaming reader reports that character as bad bytes.</param>
/// <param name="FirstOddQuoteLine">The first line within the first 64 KB with an odd number of quotes (a quoted field that goes on to the next line), or <see langword="null"/>.</param>
public sealed record CsvFileScan(string Sha256, long Lines, bool HasQuotes, bool HasLoneCarriageReturn, bool HasReplacementCharacter, long? FirstOddQuoteLine)
{
    private const int BufferBytes = 1 << 20;
    private const int HeadBytes = 65_536;

    /// <summary>Scans <paramref name="path"/>.</summary>
    public static async Task<CsvFileScan> ScanAsync(string path, CancellationToken cancellationToken = default)
    {
        using IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferBytes + 2);
        try
        {
            FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                long lineFeeds = 0;
                bool quotes = false;
                bool loneCarriageReturn = false;
                bool replacement = false;
                long? firstOddQuoteLine = null;
                long offset = 0;
                int carried = 0;
                byte last = 0;
                bool pendingCarriageReturn = false;
                int headLine = 1;
                int headQuotes = 0;
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(carried, BufferBytes), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    ReadOnlySpan<byte> bytes = buffer.AsSpan(carried, read);
                    hash.AppendData(bytes);
                    lineFeeds += bytes.Count((byte)'\n');
                    quotes |= bytes.Contains((byte)'"');
                    if (pendingCarriageReturn && bytes[0] != (byte)'\n')
                    {
                        loneCarriageReturn = true;
                    }

                    pendingCarriageReturn = false;
                    for (int at = bytes.IndexOf((byte)'\r'); at >= 0 && !loneCarriageReturn; at = NextIndex(bytes, at + 1, (byte)'\r'))
                    {
                        if (at == bytes.Length - 1)
                        {
                            pendingCarriageReturn = true;
                        }
                        else if (bytes[at + 1] != (byte)'\n')
                        {
                            loneCarriageReturn = true;
                        }
                    }

                    // The two bytes carried over from the previous read find a U+FFFD split between two reads.
                    replacement |= buffer.AsSpan(0, carried + read).IndexOf("\uFFFD"u8) >= 0;
                    for (int i = 0; i < bytes.Length && offset + i < HeadBytes && firstOddQuoteLine is null; i++)
                    {
                        if (bytes[i] == (byte)'"')
                        {
                            headQuotes++;
                        }
                        else if (bytes[i] == (byte)'\n')
                        {
                            if (headQuotes % 2 == 1)
                            {
                                firstOddQuoteLine = headLine;
                            }

                            headLine++;
                            headQuotes = 0;
                        }
                    }

                    offset += read;
                    last = bytes[^1];
                    int keep = Math.Min(2, carried + read);
                    buffer.AsSpan(carried + read - keep, keep).CopyTo(buffer);
                    carried = keep;
                }

                if (pendingCarriageReturn)
                {
                    // A carriage return as the file's last byte ends its last line, as the streaming reader reads it; the
                    // bulk path's reader would drop it too, but a lone carriage return is left to the streaming path.
                    loneCarriageReturn = true;
                }

                long lines = lineFeeds + (offset > 0 && last != (byte)'\n' ? 1 : 0);
                return new CsvFileScan(Convert.ToHexStringLower(hash.GetHashAndReset()), lines, quotes, loneCarriageReturn, replacement, firstOddQuoteLine);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int NextIndex(ReadOnlySpan<byte> bytes, int from, byte value)
    {
        int found = bytes[from..].IndexOf(value);
        return found < 0 ? -1 : from + found;
    }
}
