using System.Text;
using System.Text.RegularExpressions;

namespace WelfareAtlas.Web.Tests.Alerts;

/// <summary>A message the sink accepted: the envelope, and the subject and body decoded (RFC 2047 words, base64 or quoted-printable).</summary>
public sealed partial record SinkMessage(string From, IReadOnlyList<string> Recipients, string Subject, string Body, string Raw)
{
    public static SinkMessage Parse(string from, IReadOnlyList<string> recipients, string raw)
    {
        int split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        string headerText = split < 0 ? raw : raw[..split];
        string body = split < 0 ? string.Empty : raw[(split + 4)..];
        // Unfold continued header lines, then read them.
        Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase);
        foreach (string line in headerText.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal).Split("\r\n"))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        string encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant();
        string decoded = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", string.Empty, StringComparison.Ordinal))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return new SinkMessage(from, recipients, EncodedWords(headers.GetValueOrDefault("Subject", string.Empty)), decoded.Replace("\r\n", "\n", StringComparison.Ordinal), raw);
    }

    private static string QuotedPrintable(string text)
    {
        List<byte> bytes = [];
        string joined = text.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        for (int i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string EncodedWords(string header) =>
        string.Concat(EncodedWord().Split(header.Replace("?= =?", "?==?", StringComparison.Ordinal)).Length == 1 ? [header] : Decode(header));

    private static IEnumerable<string> Decode(string header)
    {
        int last = 0;
        string compact = header.Replace("?= =?", "?==?", StringComparison.Ordinal);
        foreach (Match match in EncodedWord().Matches(compact))
        {
            yield return compact[last..match.Index];
            string text = match.Groups[3].Value;
            yield return match.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Encoding.UTF8.GetString(Convert.FromBase64String(text))
                : QuotedPrintable(text.Replace('_', ' '));
            last = match.Index + match.Length;
        }

        yield return compact[last..];
    }

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
