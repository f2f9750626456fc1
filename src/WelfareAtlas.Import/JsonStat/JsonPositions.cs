using System.Text.Json;

namespace WelfareAtlas.Import.JsonStat;

/// <summary>
/// Line and column of every property and array element of a JSON text, by path (<c>$.dimension.year.category.index</c>,
/// <c>$.value[3]</c>), so that problems found in the parsed document can say where they are in the file.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="utf8"/>, which must be valid JSON.</summary>
    public JsonPositions(ReadOnlySpan<byte> utf8)
    {
        List<int> lineStarts = [0];
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        Utf8JsonReader reader = new(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        Stack<(string Path, int NextIndex, bool IsArray)> stack = new();
        string? pendingProperty = null;
        while (reader.Read())
        {
            int offset = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = stack.Peek().Path + "." + reader.GetString();
                    positions.TryAdd(pendingProperty, Locate(utf8, lineStarts, offset));
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    continue;
            }

            string path = ValuePath(stack, ref pendingProperty);
            positions.TryAdd(path, Locate(utf8, lineStarts, offset));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                stack.Push((path, 0, reader.TokenType == JsonTokenType.StartArray));
            }
        }
    }

    /// <summary>Line and column (1-based, in characters) of <paramref name="path"/>, or of its nearest indexed ancestor.</summary>
    public (int? Line, int? Column) Find(string path)
    {
        string current = path;
        while (true)
        {
            if (positions.TryGetValue(current, out (int Line, int Column) found))
            {
                return (found.Line, found.Column);
            }

            int cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0)
            {
                return (null, null);
            }

            current = current[..cut];
        }
    }

    private static string ValuePath(Stack<(string Path, int NextIndex, bool IsArray)> stack, ref string? pendingProperty)
    {
        if (stack.Count == 0)
        {
            return "$";
        }

        (string parent, int next, bool isArray) = stack.Peek();
        if (isArray)
        {
            stack.Pop();
            stack.Push((parent, next + 1, true));
            return $"{parent}[{next}]";
        }

        string path = pendingProperty ?? parent;
        pendingProperty = null;
        return path;
    }

    private static (int Line, int Column) Locate(ReadOnlySpan<byte> utf8, List<int> lineStarts, int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        int column = 1;
        for (int i = lineStarts[index]; i < offset; i++)
        {
            // Count characters, not bytes: continuation bytes of a multi-byte UTF-8 character do not start one.
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (index + 1, column);
    }
}
