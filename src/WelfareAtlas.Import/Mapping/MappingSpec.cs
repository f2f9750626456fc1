namespace WelfareAtlas.Import.Mapping;

/// <summary>
/// How a delivered file becomes observations: which column (or cube dimension) gives the indicator, area, period and
/// breakdown, and which columns hold the numbers. Written as JSON; documented with examples in docs/import/mapping.md.
/// </summary>
public sealed record MappingSpec
{
    /// <summary>The source's stable name (<c>paavo-population</c>); a newer batch of the same source supersedes the rows it replaces.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary><c>csv</c>, <c>xlsx</c>, <c>px</c> or <c>json-stat</c>; <see langword="null"/> takes it from the file's extension.</summary>
    public string? Format { get; init; }

    /// <summary>What the CSV reader should not detect.</summary>
    public CsvSpec? Csv { get; init; }

    /// <summary>Which sheet and header row of a workbook.</summary>
    public XlsxSpec? Xlsx { get; init; }

    /// <summary>
    /// For a JSON-stat collection of several datasets: the one the mapping describes, by label or 1-based position;
    /// <see langword="null"/> for a file of one dataset.
    /// </summary>
    public DatasetChoice? Dataset { get; init; }

    /// <summary>For a cube: whether a dimension's cell text is the category <c>code</c> (default) or its <c>label</c>.</summary>
    public string? CubeText { get; init; }

    /// <summary>The indicator for every row (a constant or a column); <see langword="null"/> when each entry of <see cref="Values"/> names its own.</summary>
    public FieldSpec? Indicator { get; init; }

    /// <summary>The area; required.</summary>
    public FieldSpec? Area { get; init; }

    /// <summary>The period; <see langword="null"/> when each entry of <see cref="Values"/> gives its own (one column per year).</summary>
    public FieldSpec? Period { get; init; }

    /// <summary>The sex breakdown: mapped values must be <c>female</c>, <c>male</c> or <c>total</c>; <see langword="null"/> for no breakdown.</summary>
    public FieldSpec? Sex { get; init; }

    /// <summary>The age band: mapped values like <c>7-17</c>, <c>85+</c>, <c>all</c>; <see langword="null"/> for all ages.</summary>
    public FieldSpec? Age { get; init; }

    /// <summary>One free breakdown (a chat topic, a language group); <see langword="null"/> for none.</summary>
    public BreakdownSpec? Breakdown { get; init; }

    /// <summary>The number columns: one entry per observation a row gives (one for a long file, one per indicator or year for a wide one).</summary>
    public IReadOnlyList<ValueSpec> Values { get; init; } = [];

    /// <summary>The source's markers for a number withheld for privacy (Paavo's <c>-1</c>, StatFin's <c>.</c>): stored as suppressed, not as numbers.</summary>
    public IReadOnlyList<string> Suppressed { get; init; } = [];

    /// <summary>
    /// Markers for "no number" besides the empty cell (<c>..</c>, <c>-</c>); stored as missing. Dot codes and dashes
    /// are missing by default unless listed in <see cref="Suppressed"/>.
    /// </summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Only rows whose column (key) holds one of the listed texts are read; other rows are skipped, not rejected.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Where { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Whether to derive sub-district, district, major-district and city observations from postal-area counts at commit.</summary>
    public bool Aggregate { get; init; }
}
