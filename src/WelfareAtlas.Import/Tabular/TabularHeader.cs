namespace WelfareAtlas.Import.Tabular;

/// <summary>Finds columns by name in a table's header (CSV or sheet).</summary>
public static class TabularHeader
{
    /// <summary>Index of the column named <paramref name="name"/> (ordinal, case-sensitive: a header is data), or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (int i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
