using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Text;

namespace WelfareAtlas.Import.Px;

/// <summary>
/// Splits the decoded text of a PX file into keyword entries up to <c>DATA=</c>. Syntax errors are reported with
/// line and column; the parser then skips to the next line that starts a keyword and goes on, so one bad
/// entry does not hide the next.
/// </summary>
internal sealed class PxParser
{
    private readonly string text;
    private readonly LineMap lines;
    private readonly ReadReport report;
    private int pos;

    public PxParser(string text, LineMap lines, ReadReport report)
    {
        this.text = text;
        this.lines = lines;
        this.report = report;
    }

    /// <summary>Offset just after <c>DATA=</c>, or -1 when the file has no DATA keyword.</summary>
    public int DataOffset { get; private set; } = -1;

    /// <summary>Whether any syntax error was found in the metadata part.</summary>
    public bool HadSyntaxError { get; private set; }

    /// <summary>Reads all entries before the data.</summary>
    public List<PxEntry> ReadEntries()
    {
        List<PxEntry> entries = [];
        while (true)
        {
            SkipWhitespace();
            if (pos >= text.Length)
            {
                return entries;
            }

            int start = pos;
            while (pos < text.Length && IsKeywordChar(text[pos]))
            {
                pos++;
            }

            if (pos == start)
            {
                Fail("PX_SYNTAX", "Expected a keyword at the start of an entry.", start);
                continue;
            }

            string keyword = text[start..pos].ToUpperInvariant();
            SkipSpaces();
            string? language = null;
            if (Peek() == '[')
            {
                int close = text.IndexOf(']', pos);
                int lineEnd = LineEnd(pos);
                if (close < 0 || close > lineEnd)
                {
                    Fail("PX_SYNTAX", $"Language subkey of {keyword} has no closing ']'.", pos);
                    continue;
                }

                language = text[(pos + 1)..close].Trim().Trim('"').Trim();
                pos = close + 1;
                SkipSpaces();
            }

            List<string> subkeys = [];
            if (Peek() == '(')
            {
                if (!ReadSubkeys(keyword, subkeys))
                {
                    continue;
                }

                SkipSpaces();
            }

            if (Peek() != '=')
            {
                Fail("PX_SYNTAX", $"Expected '=' after keyword {keyword}.", pos);
                continue;
            }

            pos++;
            if (keyword == "DATA")
            {
                DataOffset = pos;
                return entries;
            }

            List<PxToken> items = [];
            if (ReadValue(keyword, start, items))
            {
                entries.Add(new PxEntry(keyword, language, subkeys, items, start));
            }
        }
    }

    private bool ReadSubkeys(string keyword, List<string> subkeys)
    {
        pos++; // '('
        while (true)
        {
            SkipWhitespace();
            char c = Peek();
            if (c == '"')
            {
                int close = text.IndexOf('"', pos + 1);
                if (close < 0 || close > LineEnd(pos))
                {
                    Fail("PX_UNCLOSED_QUOTE", $"A subkey of {keyword} has no closing quote.", pos);
                    return false;
                }

                subkeys.Add(text[(pos + 1)..close]);
                pos = close + 1;
                SkipWhitespace();
                c = Peek();
                if (c == ',')
                {
                    pos++;
                    continue;
                }

                if (c == ')')
                {
                    pos++;
                    return true;
                }
            }

            Fail("PX_SUBKEY", $"Subkeys of {keyword} must be quoted strings separated by commas, as in {keyword}(\"variable\").", pos);
            return false;
        }
    }

    private bool ReadValue(string keyword, int entryStart, List<PxToken> items)
    {
        bool afterString = false;
        while (true)
        {
            SkipWhitespace();
            if (pos >= text.Length)
            {
                Fail("PX_UNTERMINATED", $"Keyword {keyword} has no closing ';' before the end of the file.", entryStart);
                return false;
            }

            char c = text[pos];
            switch (c)
            {
                case ';':
                    pos++;
                    return true;
                case ',':
                    pos++;
                    afterString = false;
                    continue;
                case '-' or ':' when afterString:
                    // '-' joins the ends of a TLIST range; ':' joins parent and child in HIERARCHIES.
                    items.Add(new PxToken(c == '-' ? PxTokenKind.Dash : PxTokenKind.Colon, c == '-' ? "-" : ":", pos));
                    pos++;
                    afterString = false;
                    continue;
                case '"':
                    int close = text.IndexOf('"', pos + 1);
                    if (close < 0 || close > LineEnd(pos))
                    {
                        Fail("PX_UNCLOSED_QUOTE", $"A string in {keyword} has no closing quote on its line.", pos);
                        return false;
                    }

                    string part = text[(pos + 1)..close];
                    if (afterString)
                    {
                        // PX splits long strings into several quoted pieces on consecutive lines; they form one string.
                        PxToken previous = items[^1];
                        items[^1] = previous with { Text = previous.Text + part };
                    }
                    else
                    {
                        items.Add(new PxToken(PxTokenKind.String, part, pos));
                    }

                    pos = close + 1;
                    afterString = true;
                    int next = pos;
                    while (next < text.Length && (text[next] == ' ' || text[next] == '\t'))
                    {
                        next++;
                    }

                    if (next < text.Length && text[next] is not (',' or ';' or '"' or '-' or ':' or '\r' or '\n' or ')'))
                    {
                        Fail("PX_SYNTAX", $"Unexpected '{text[next]}' after a quoted string in {keyword}; expected ',' or ';'.", next);
                        return false;
                    }

                    continue;
                default:
                    if (afterString)
                    {
                        Fail("PX_SYNTAX", $"Unexpected '{c}' after a quoted string in {keyword}; expected ',' or ';'.", pos);
                        return false;
                    }

                    int start = pos;
                    while (pos < text.Length && !char.IsWhiteSpace(text[pos]) && text[pos] is not (',' or ';' or '"' or '(' or ')'))
                    {
                        pos++;
                    }

                    if (pos == start)
                    {
                        Fail("PX_SYNTAX", $"Unexpected '{c}' in the value of {keyword}.", pos);
                        return false;
                    }

                    string word = text[start..pos];
                    if (Peek() == '(' && word.Equals("TLIST", StringComparison.OrdinalIgnoreCase))
                    {
                        if (!ReadTimeList(keyword, start, items))
                        {
                            return false;
                        }

                        continue;
                    }

                    items.Add(new PxToken(PxTokenKind.Bare, word, start));
                    continue;
            }
        }
    }

    private bool ReadTimeList(string keyword, int start, List<PxToken> items)
    {
        // TLIST(A1) or TLIST(A1, "1994"-"1996"): the scale, then optionally the periods inside the parentheses.
        int close = text.IndexOf(')', pos);
        if (close < 0 || close > LineEnd(pos))
        {
            Fail("PX_SYNTAX", $"TLIST in {keyword} has no closing ')'.", start);
            return false;
        }

        string inside = text[(pos + 1)..close];
        int comma = inside.IndexOf(',', StringComparison.Ordinal);
        string scale = (comma < 0 ? inside : inside[..comma]).Trim();
        items.Add(new PxToken(PxTokenKind.TimeList, scale, start));
        if (comma >= 0)
        {
            string rest = inside[(comma + 1)..];
            int offset = pos + 1 + comma + 1;
            int i = 0;
            while (i < rest.Length)
            {
                char c = rest[i];
                if (c == '"')
                {
                    int end = rest.IndexOf('"', i + 1);
                    if (end < 0)
                    {
                        Fail("PX_UNCLOSED_QUOTE", $"A period in the TLIST of {keyword} has no closing quote.", offset + i);
                        return false;
                    }

                    items.Add(new PxToken(PxTokenKind.String, rest[(i + 1)..end], offset + i));
                    i = end + 1;
                }
                else if (c == '-')
                {
                    items.Add(new PxToken(PxTokenKind.Dash, "-", offset + i));
                    i++;
                }
                else
                {
                    i++;
                }
            }
        }

        pos = close + 1;
        return true;
    }

    private void Fail(string code, string message, int offset)
    {
        HadSyntaxError = true;
        (int line, int column) = lines.Locate(Math.Min(offset, Math.Max(0, text.Length - 1)));
        int lineEnd = LineEnd(offset);
        int lineStart = offset - (column - 1);
        report.Error(code, message, line, column, value: text[lineStart..lineEnd]);
        ResynchroniseAfter(offset);
    }

    /// <summary>Moves to the next line that starts with an upper-case letter: the next keyword, in a well-formed file.</summary>
    private void ResynchroniseAfter(int offset)
    {
        int i = LineEnd(offset);
        while (i < text.Length)
        {
            while (i < text.Length && (text[i] == '\r' || text[i] == '\n'))
            {
                i++;
            }

            if (i < text.Length && char.IsAsciiLetterUpper(text[i]))
            {
                pos = i;
                return;
            }

            i = LineEnd(i);
        }

        pos = text.Length;
    }

    private int LineEnd(int offset)
    {
        int end = text.IndexOfAny(['\r', '\n'], Math.Min(offset, text.Length));
        return end < 0 ? text.Length : end;
    }

    private char Peek() => pos < text.Length ? text[pos] : '\0';

    private void SkipWhitespace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }

    private void SkipSpaces()
    {
        while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\t'))
        {
            pos++;
        }
    }

    private static bool IsKeywordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
