namespace WelfareAtlas.Import.Reports;

/// <summary>
/// The problems found while reading one file. A reader appends to it as it goes, so a caller streaming rows
/// can look at it at any time; it is not thread-safe, as one file is read by one reader.
/// </summary>
/// <remarks>
/// At most <see cref="MaxProblems"/> problems are kept so that a file that is wrong on every line cannot
/// exhaust memory; <see cref="SuppressedCount"/> counts the rest, and <see cref="ErrorCount"/> counts all errors.
/// </remarks>
public sealed class ReadReport
{
    /// <summary>How many problems are kept.</summary>
    public const int MaxProblems = 1000;

    private readonly List<ImportProblem> problems = [];

    /// <summary>Starts an empty report for <paramref name="file"/>.</summary>
    /// <param name="file">The file name the problems refer to (no directory needed).</param>
    public ReadReport(string file)
    {
        File = file;
    }

    /// <summary>The file name every problem in this report refers to.</summary>
    public string File { get; }

    /// <summary>The problems kept, in the order found.</summary>
    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>Errors found, including suppressed ones.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Problems found beyond <see cref="MaxProblems"/> and not kept.</summary>
    public int SuppressedCount { get; private set; }

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>Records an error at a position in <see cref="File"/>.</summary>
    public void Error(string code, string message, int? line = null, int? column = null, string? location = null, string? value = null) =>
        Add(new ImportProblem(ProblemSeverity.Error, code, message, File, line, column, location, ImportProblem.Shorten(value)));

    /// <summary>Records a warning at a position in <see cref="File"/>.</summary>
    public void Warning(string code, string message, int? line = null, int? column = null, string? location = null, string? value = null) =>
        Add(new ImportProblem(ProblemSeverity.Warning, code, message, File, line, column, location, ImportProblem.Shorten(value)));

    /// <summary>Records a problem as it is.</summary>
    public void Add(ImportProblem problem)
    {
        if (problem.Severity == ProblemSeverity.Error)
        {
            ErrorCount++;
        }

        if (problems.Count < MaxProblems)
        {
            problems.Add(problem);
        }
        else
        {
            SuppressedCount++;
        }
    }
}
