using System.Text.Json;
using WelfareAtlas.Import.Cubes;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Text;

namespace WelfareAtlas.Import.JsonStat;

/// <summary>
/// Reads JSON-stat 2.0 responses (dataset, collection with embedded datasets, dimension) into cubes with
/// System.Text.Json. Rejects JSON-stat 1.x and invalid documents with the problem's JSON path, line and column;
/// the checks and their codes follow the json-stat.org validator (<c>VALUE_LEN_MISMATCH</c>, <c>ROLE_ID_UNKNOWN</c>, …).
/// </summary>
public static class JsonStatReader
{
    /// <summary>Reads the file at <paramref name="path"/>; <see langword="null"/> when it is rejected (see <paramref name="report"/>).</summary>
    /// <param name="path">The file, UTF-8 (with or without BOM) as JSON requires.</param>
    /// <param name="report">Receives every problem found.</param>
    /// <param name="cancellationToken">Cancels the file read.</param>
    public static async Task<JsonStatDocument?> ReadAsync(string path, ReadReport report, CancellationToken cancellationToken = default)
    {
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(bytes, report);
    }

    /// <summary>Reads a JSON-stat document from UTF-8 bytes; <see langword="null"/> when it is rejected.</summary>
    public static JsonStatDocument? Read(ReadOnlySpan<byte> utf8, ReadReport report)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            report.Error("JSON_EMPTY", "The file is empty.");
            return null;
        }

        if (TextEncodings.LooksBinary(utf8[..Math.Min(utf8.Length, 8192)]))
        {
            report.Error("JSON_BINARY", "The file is not text (it contains NUL or other control bytes); it is not JSON.");
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            report.Error("JSON_SYNTAX", $"Not valid JSON: {FirstSentence(exception.Message)}", (int?)exception.LineNumber + 1, (int?)exception.BytePositionInLine + 1);
            return null;
        }

        using (document)
        {
            JsonStatValidator validator = new(report, new JsonPositions(utf8));
            return validator.ReadDocument(document.RootElement);
        }
    }

    /// <summary>Reads a JSON-stat document from text.</summary>
    public static JsonStatDocument? Read(string json, ReadReport report) => Read(System.Text.Encoding.UTF8.GetBytes(json), report);

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    /// <summary>All cubes of a document, flattened; a convenience for callers that do not care about collections.</summary>
    public static IReadOnlyList<Cube> CubesOf(JsonStatDocument? document) => document?.Datasets ?? [];
}
