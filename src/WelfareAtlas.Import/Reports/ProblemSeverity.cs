namespace WelfareAtlas.Import.Reports;

/// <summary>How bad an <see cref="ImportProblem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input was read, but something in it is doubtful (an unknown keyword, a mislabelled encoding).</summary>
    Warning,

    /// <summary>A row, cell or whole file could not be read as it stands; the affected data is not in the output.</summary>
    Error,
}
