namespace WelfareAtlas.Cli.Stats;

/// <summary>The outcome of one <c>atlas stats</c> run over a table.</summary>
/// <param name="Output">The output table, or <see langword="null"/> when the input could not be used at all.</param>
/// <param name="FailedRows">How many output rows carry an error instead of values.</param>
/// <param name="Problem">Why the input could not be used at all (e.g. a required column is missing).</param>
internal sealed record StatsRun(CsvTable? Output, int FailedRows, string? Problem = null)
{
    /// <summary>0 when every row computed, 1 when some rows failed, 2 when the input could not be used.</summary>
    public int ExitCode => Output is null ? 2 : FailedRows > 0 ? 1 : 0;

    public static StatsRun Unusable(string problem) => new(null, 0, problem);
}
