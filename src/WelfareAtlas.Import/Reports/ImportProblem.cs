using System.Globalization;
using System.Text;

namespace WelfareAtlas.Import.Reports;

/// <summary>
/// One thing wrong with an input file: what, and where. Every reader reports through this type, so a
/// validation report can list CSV, XLSX, PX and JSON-stat problems side by side.
/// </summary>
/// <param name="Severity">Whether the affected data was dropped (<see cref="ProblemSeverity.Error"/>) or kept.</param>
/// <param name="Code">A stable machine-readable code such as <c>PX_DATA_COUNT</c> or <c>CSV_UNCLOSED_QUOTE</c>; listed in docs/import/formats.md.</param>
/// <param name="Message">A sentence for a person, in English.</param>
/// <param name="File">The file name (without directory) the problem is in.</param>
/// <param name="Line">1-based text line (CSV, PX, JSON) or sheet row (XLSX); <see langword="null"/> when the problem concerns the whole file.</param>
/// <param name="Column">1-based character column (PX, JSON) or field number (CSV, XLSX); <see langword="null"/> when unknown.</param>
/// <param name="Location">Further position that a line cannot give: a JSON path (<c>$.dimension.year</c>), an XLSX sheet and cell (<c>Sheet1!B7</c>), a PX keyword; <see langword="null"/> when none.</param>
/// <param name="Value">The offending text, shortened to <see cref="MaxValueLength"/> characters; <see langword="null"/> when there is none.</param>
public sealed record ImportProblem(
    ProblemSeverity Severity,
    string Code,
    string Message,
    string File,
    int? Line = null,
    int? Column = null,
    string? Location = null,
    string? Value = null)
{
    /// <summary>The longest <see cref="Value"/> kept; longer values (a 1 MB field) are cut and marked with an ellipsis.</summary>
    public const int MaxValueLength = 120;

    /// <summary>Shortens <paramref name="value"/> for <see cref="Value"/>.</summary>
    public static string? Shorten(string? value) =>
        value is null || value.Length <= MaxValueLength ? value : string.Concat(value.AsSpan(0, MaxValueLength), "…");

    /// <summary>A one-line form, <c>file:line:column: error CODE: message [at location] (value "…")</c>, for logs and the CLI.</summary>
    public override string ToString()
    {
        StringBuilder text = new(File);
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $":{line}");
            if (Column is { } column)
            {
                text.Append(CultureInfo.InvariantCulture, $":{column}");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $": {(Severity == ProblemSeverity.Error ? "error" : "warning")} {Code}: {Message}");
        if (Location is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" at {Location}");
        }

        if (Value is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" (value \"{Value}\")");
        }

        return text.ToString();
    }
}
