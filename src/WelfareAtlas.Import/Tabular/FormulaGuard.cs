namespace WelfareAtlas.Import.Tabular;

/// <summary>
/// Recognises cell text that a spreadsheet would run as a formula when the data is exported again (CSV injection,
/// CWE-1236). The readers only flag such cells; they never evaluate them, and exports neutralise them.
/// </summary>
public static class FormulaGuard
{
    /// <summary>
    /// Whether <paramref name="text"/> starts with <c>=</c>, <c>@</c>, a tab or a carriage return, or with <c>+</c>
    /// or <c>-</c> followed by something that is not a plain number (so that <c>-3.5</c> and <c>-3,5</c> are data, and
    /// <c>-2+3</c> or <c>+cmd|…</c> are flagged).
    /// </summary>
    public static bool LooksLikeFormula(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        return text[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            '+' or '-' => text.Length > 1 && !IsPlainNumber(text.AsSpan(1)),
            _ => false,
        };
    }

    private static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        bool digit = false;
        bool separator = false;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if ((c == '.' || c == ',') && !separator)
            {
                separator = true;
            }
            else
            {
                return false;
            }
        }

        return digit;
    }
}
