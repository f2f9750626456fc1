namespace WelfareAtlas.Import.Text;

/// <summary>Turns a character offset in a decoded text into a 1-based line and column for problem reports.</summary>
internal sealed class LineMap
{
    private readonly List<int> lineStarts = [0];

    /// <summary>Indexes the line starts of <paramref name="text"/> (LF, CRLF or lone CR).</summary>
    public LineMap(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - lineStarts[index] + 1);
    }
}
