using System.Text;

namespace WelfareAtlas.Import.Text;

/// <summary>The encoding a reader used for a text file, and how it decided.</summary>
/// <param name="Encoding">The encoding used to decode the text.</param>
/// <param name="PreambleLength">Bytes of byte-order mark skipped at the start (0 when none).</param>
/// <param name="Reason">How it was chosen: <c>BOM</c>, <c>declared</c>, <c>valid UTF-8</c>, <c>fallback</c>.</param>
public sealed record DetectedEncoding(Encoding Encoding, int PreambleLength, string Reason)
{
    /// <summary>The encoding's web name, e.g. <c>utf-8</c>, <c>windows-1252</c>.</summary>
    public string Name => Encoding.WebName;
}
