using WelfareAtlas.Web.Importing;

namespace WelfareAtlas.Web.Api;

/// <summary>What an upload did: the batch and its validation report.</summary>
/// <param name="Status"><c>committed</c>, <c>already-imported</c>, <c>dry-run-passed</c>, <c>rejected</c>, <c>invalid-mapping</c> or <c>unreadable</c>.</param>
/// <param name="BatchId">The new batch (committed) or the earlier one with the same content (already imported); otherwise null.</param>
/// <param name="RowsRead">Data rows or cube cells read.</param>
/// <param name="RowsImported">Observations imported (or that would be).</param>
/// <param name="RowsRejected">Problems that reject a row or an observation.</param>
/// <param name="RowsSkipped">Rows left out on purpose by the mapping.</param>
/// <param name="RowsDerived">Observations derived through the crosswalk and sums.</param>
/// <param name="RowsSuperseded">Older observations of the same source replaced.</param>
/// <param name="Problems">Every problem kept, each with file, line, column, location and value.</param>
/// <param name="ProblemsNotShown">Problems found beyond those listed.</param>
/// <param name="Seconds">Wall-clock time of the import.</param>
/// <param name="RecomputeError">
/// When the batch is committed but the compute run or the forecast refresh after it failed (or was cancelled): which,
/// and what is behind the batch until a compute run succeeds (the server's next start, or <c>atlas compute</c>); the
/// error itself is in the server's log, not here. Null otherwise.
/// </param>
public sealed record ImportResponse(
    string Status,
    long? BatchId,
    long RowsRead,
    long RowsImported,
    long RowsRejected,
    long RowsSkipped,
    long RowsDerived,
    long RowsSuperseded,
    IReadOnlyList<ImportProblemResponse> Problems,
    int ProblemsNotShown,
    double Seconds,
    string? RecomputeError)
{
    /// <summary>The response for <paramref name="result"/>.</summary>
    public static ImportResponse From(ImportResult result) => new(
        result.Status switch
        {
            ImportStatus.Committed => "committed",
            ImportStatus.AlreadyImported => "already-imported",
            ImportStatus.DryRunPassed => "dry-run-passed",
            ImportStatus.InvalidMapping => "invalid-mapping",
            ImportStatus.Unreadable => "unreadable",
            _ => "rejected",
        },
        result.BatchId,
        result.RowsRead,
        result.RowsImported,
        result.RowsRejected,
        result.RowsSkipped,
        result.RowsDerived,
        result.RowsSuperseded,
        [.. result.Problems.Select(p => new ImportProblemResponse(p.Code, p.Message, p.File, p.Line, p.Column, p.Location, p.Value))],
        result.ProblemsNotShown,
        result.Elapsed.TotalSeconds,
        RecomputeErrorOf(result));

    /// <summary>What <see cref="RecomputeError"/> says of <paramref name="result"/>: which step failed and what is behind, never the database's own message.</summary>
    private static string? RecomputeErrorOf(ImportResult result)
    {
        if (result.RecomputeFailure is not { } failure)
        {
            return null;
        }

        string ended = failure is OperationCanceledException ? "was cancelled" : "failed (the error is in the server's log)";
        return result.Recompute is null
            ? $"The batch is committed, but recomputing the cells and forecasts of its indicators {ended}: they are those from before the upload until a compute run succeeds."
            : $"The batch is committed and its cells are recomputed, but refreshing the forecasts of its indicators {ended}: the forecasts and alert statuses are those from before the upload until a compute run succeeds.";
    }
}
