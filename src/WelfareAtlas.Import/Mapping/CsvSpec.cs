using System.Globalization;
using System.Text;
using WelfareAtlas.Import.Reports;
using WelfareAtlas.Import.Tabular;
using WelfareAtlas.Import.Text;

namespace WelfareAtlas.Import.Mapping;

/// <summary>What a spec declares about a CSV file; anything left out is detected.</summary>
public sealed record CsvSpec
{
    private const string Delimiters = "one character: ; , | or a tab (written \\t or tab)";
    private const string Separators = "comma or point";
    private const string Encodings = "utf-8, windows-1252, iso-8859-1, iso-8859-15 or another encoding name .NET knows (latin1, latin9, cp1252, utf-16, …)";

    /// <summary>The delimiter: <c>;</c>, <c>,</c>, <c>\t</c> (or <c>tab</c>) or <c>|</c>; any other single character but a quote or a line break.</summary>
    public string? Delimiter { get; init; }

    /// <summary><c>comma</c> or <c>point</c> (any case).</summary>
    public string? DecimalSeparator { get; init; }

    /// <summary>An encoding name (<c>utf-8</c>, <c>windows-1252</c>, <c>iso-8859-1</c>, <c>iso-8859-15</c>, …), as <see cref="TextEncodings.FromName"/> knows it.</summary>
    public string? Encoding { get; init; }

    /// <summary>The 1-based line with the column names; 0 for none.</summary>
    public int? HeaderLine { get; init; }

    /// <summary>The declared delimiter; <see langword="null"/> when it is left to detection or is not valid (<see cref="Check"/>).</summary>
    internal char? DelimiterChar => Delimiter switch
    {
        "\\t" or "tab" => '\t',
        { Length: 1 } d when d[0] is not ('"' or '\r' or '\n') => d[0],
        _ => null,
    };

    /// <summary>The declared decimal separator; <see langword="null"/> when it is left to detection or is not valid (<see cref="Check"/>).</summary>
    internal DecimalSeparator? Separator =>
        string.Equals(DecimalSeparator, "comma", StringComparison.OrdinalIgnoreCase) ? Tabular.DecimalSeparator.Comma
        : string.Equals(DecimalSeparator, "point", StringComparison.OrdinalIgnoreCase) ? Tabular.DecimalSeparator.Point
        : null;

    /// <summary>The declared encoding; <see langword="null"/> when it is left to detection or is not known (<see cref="Check"/>).</summary>
    internal Encoding? TextEncoding => Encoding is null ? null : TextEncodings.FromName(Encoding);

    /// <summary>
    /// Reports every declared value that is not valid (<c>SPEC_VALUE</c> with its JSON path, the value and the accepted
    /// values), so that a typo is never read as "detect it"; whether there was none.
    /// </summary>
    internal bool Check(ReadReport report)
    {
        int errors = report.ErrorCount;
        if (Delimiter is not null && DelimiterChar is null)
        {
            report.Error("SPEC_VALUE", $"\"csv.delimiter\" is \"{Delimiter}\"; it must be {Delimiters}.", location: "$.csv.delimiter", value: Delimiter);
        }

        if (DecimalSeparator is not null && Separator is null)
        {
            report.Error("SPEC_VALUE", $"\"csv.decimalSeparator\" is \"{DecimalSeparator}\"; it must be {Separators}.", location: "$.csv.decimalSeparator", value: DecimalSeparator);
        }

        if (Encoding is not null && TextEncoding is null)
        {
            report.Error("SPEC_VALUE", $"\"csv.encoding\" is \"{Encoding}\", which is not a known encoding; it must be {Encodings}.", location: "$.csv.encoding", value: Encoding);
        }

        if (HeaderLine < 0)
        {
            report.Error("SPEC_VALUE", string.Create(CultureInfo.InvariantCulture, $"\"csv.headerLine\" is {HeaderLine}; it must be 0 (no header) or the 1-based line of the column names."), location: "$.csv.headerLine", value: HeaderLine.Value.ToString(CultureInfo.InvariantCulture));
        }

        return report.ErrorCount == errors;
    }
}
