using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace WelfareAtlas.Web.Tests.Reports;

/// <summary>
/// Reads the text and page count of a PDF as Chromium (Skia) writes it: plain indirect objects, Flate-compressed
/// content streams, Type0 fonts whose 2-byte glyph codes map to Unicode through each font's ToUnicode CMap.
/// Enough to check what a printed report says; not a general PDF reader (no object streams, no encryption).
/// </summary>
internal sealed partial class PdfText
{
    private PdfText(string text, int pages)
    {
        Text = text;
        Pages = pages;
    }

    /// <summary>
    /// The text of every page, in content-stream order, a line break after each text object. Chromium positions glyphs
    /// rather than writing spaces, so words may run together: compare with whitespace removed (<see cref="Squashed"/>).
    /// </summary>
    public string Text { get; }

    /// <summary>The text without any whitespace (spaces, no-break spaces, line breaks).</summary>
    public string Squashed => Squash(Text);

    /// <summary>The number of page objects.</summary>
    public int Pages { get; }

    public static PdfText Read(byte[] pdf)
    {
        string raw = Encoding.Latin1.GetString(pdf);
        Dictionary<int, (string Dictionary, byte[]? Stream)> objects = [];
        foreach (Match match in ObjectPattern().Matches(raw))
        {
            int number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            string body = match.Groups[2].Value;
            int streamAt = body.IndexOf("stream", StringComparison.Ordinal);
            if (streamAt < 0 || body.LastIndexOf("endstream", StringComparison.Ordinal) < streamAt)
            {
                objects[number] = (body, null);
                continue;
            }

            string dictionary = body[..streamAt];
            int start = streamAt + "stream".Length;
            start += body[start] == '\r' ? 2 : 1;
            int end = body.LastIndexOf("endstream", StringComparison.Ordinal);
            byte[] data = Encoding.Latin1.GetBytes(body[start..end].TrimEnd('\r', '\n'));
            if (dictionary.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                using ZLibStream inflater = new(new MemoryStream(data), CompressionMode.Decompress);
                using MemoryStream inflated = new();
                inflater.CopyTo(inflated);
                data = inflated.ToArray();
            }

            objects[number] = (dictionary, data);
        }

        // Font resource names (/F4) → font objects → their ToUnicode maps.
        Dictionary<string, Dictionary<int, string>> fonts = new(StringComparer.Ordinal);
        foreach ((string dictionary, _) in objects.Values)
        {
            foreach (Match resources in FontResourcesPattern().Matches(dictionary))
            {
                foreach (Match font in ReferencePattern().Matches(resources.Groups[1].Value))
                {
                    int fontObject = int.Parse(font.Groups[2].Value, CultureInfo.InvariantCulture);
                    if (objects.TryGetValue(fontObject, out var fontDictionary)
                        && ToUnicodePattern().Match(fontDictionary.Dictionary) is { Success: true } toUnicode
                        && objects.TryGetValue(int.Parse(toUnicode.Groups[1].Value, CultureInfo.InvariantCulture), out var cmap)
                        && cmap.Stream is not null)
                    {
                        fonts[font.Groups[1].Value] = CMap(Encoding.Latin1.GetString(cmap.Stream));
                    }
                }
            }
        }

        StringBuilder text = new();
        foreach ((string dictionary, byte[]? stream) in objects.OrderBy(o => o.Key).Select(o => o.Value))
        {
            if (stream is null || dictionary.Contains("/Type /XObject", StringComparison.Ordinal))
            {
                continue;
            }

            string content = Encoding.Latin1.GetString(stream);
            if (!content.Contains(" Tf", StringComparison.Ordinal) || !content.Contains("BT", StringComparison.Ordinal))
            {
                continue;
            }

            Dictionary<int, string>? current = null;
            foreach (Match token in ContentTokenPattern().Matches(content))
            {
                if (token.Groups["font"].Success)
                {
                    current = fonts.GetValueOrDefault(token.Groups["font"].Value);
                }
                else if (token.Groups["hex"].Success && current is not null)
                {
                    string hex = token.Groups["hex"].Value;
                    for (int i = 0; i + 4 <= hex.Length; i += 4)
                    {
                        int code = int.Parse(hex.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        text.Append(current.GetValueOrDefault(code, string.Empty));
                    }
                }
                else if (token.Groups["end"].Success)
                {
                    text.Append('\n');
                }
            }
        }

        return new PdfText(text.ToString(), PagePattern().Count(raw));
    }

    /// <summary><paramref name="text"/> without whitespace, for comparing with <see cref="Squashed"/>.</summary>
    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static Dictionary<int, string> CMap(string cmap)
    {
        Dictionary<int, string> map = [];
        foreach (Match block in BfCharBlockPattern().Matches(cmap))
        {
            foreach (Match pair in BfCharPattern().Matches(block.Groups[1].Value))
            {
                map[Hex(pair.Groups[1].Value)] = Utf16(pair.Groups[2].Value);
            }
        }

        foreach (Match block in BfRangeBlockPattern().Matches(cmap))
        {
            foreach (Match range in BfRangePattern().Matches(block.Groups[1].Value))
            {
                int low = Hex(range.Groups[1].Value);
                int high = Hex(range.Groups[2].Value);
                if (range.Groups[3].Success)
                {
                    string first = Utf16(range.Groups[3].Value);
                    for (int code = low; code <= high; code++)
                    {
                        map[code] = first[..^1] + (char)(first[^1] + (code - low));
                    }
                }
                else
                {
                    string[] targets = [.. HexStringPattern().Matches(range.Groups[4].Value).Select(m => Utf16(m.Groups[1].Value))];
                    for (int code = low; code <= high && code - low < targets.Length; code++)
                    {
                        map[code] = targets[code - low];
                    }
                }
            }
        }

        return map;
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex) => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex(@"(\d+) 0 obj(.*?)endobj", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"/Font\s*<<(.*?)>>", RegexOptions.Singleline)]
    private static partial Regex FontResourcesPattern();

    [GeneratedRegex(@"/([A-Za-z0-9_.+-]+)\s+(\d+)\s+0\s+R")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"/ToUnicode\s+(\d+)\s+0\s+R")]
    private static partial Regex ToUnicodePattern();

    [GeneratedRegex(@"/(?<font>[A-Za-z0-9_.+-]+)\s+[\d.]+\s+Tf|<(?<hex>[0-9A-Fa-f]+)>|\b(?<end>ET)\b")]
    private static partial Regex ContentTokenPattern();

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PagePattern();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfCharBlockPattern();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex BfCharPattern();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRangeBlockPattern();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])")]
    private static partial Regex BfRangePattern();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>")]
    private static partial Regex HexStringPattern();
}
