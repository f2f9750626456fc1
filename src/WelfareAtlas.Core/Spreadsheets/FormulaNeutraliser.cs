using System.Text.RegularExpressions;

namespace WelfareAtlas.Spreadsheets;

/// <summary>
/// Keeps a text cell of a CSV or XLSX file from being run as a formula when a spreadsheet opens the file
/// (CSV/formula injection): every CSV and XLSX writer of the project passes its text cells through here.
/// </summary>
/// <remarks>
/// A cell whose first character is one a spreadsheet reads as the start of a formula or a command (<c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, tab, carriage return, or the full-width forms of the first four that some
/// spreadsheets also accept) gets an apostrophe in front, as OWASP's "CSV Injection" advice says; the apostrophe
/// is visible in the cell, so nothing is lost or hidden. A plain invariant number (<c>-12.5</c>, <c>3e-4</c>) is left
/// as it is: a negative number is data, not a formula. The browser's CSV downloads (<c>wwwroot/js/downloads.js</c>)
/// apply the same rule, and a test checks that both agree on <see cref="Neutralise"/>'s test cases.
/// </remarks>
public static partial class FormulaNeutraliser
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula or command.</summary>
    public const string TriggerCharacters = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    /// <summary><paramref name="text"/> safe to put into a spreadsheet cell: unchanged unless it could be read as a formula.</summary>
    /// <param name="text">A cell's text; <see langword="null"/> is returned as the empty string.</param>
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return NeedsNeutralising(text) ? "'" + text : text;
    }

    /// <summary>Whether <paramref name="text"/> would be read as a formula: it starts with a trigger and is not a plain number.</summary>
    public static bool NeedsNeutralising(string text) =>
        text.Length > 0 && TriggerCharacters.Contains(text[0], StringComparison.Ordinal) && !PlainNumber().IsMatch(text);

    [GeneratedRegex(@"^-?\d+(\.\d+)?([eE][-+]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
