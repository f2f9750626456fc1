using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Import.Reports;

namespace WelfareAtlas.Web.Importing;

/// <summary>What an import did, with the validation report.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="BatchId">The new batch (committed) or the earlier one (already imported); otherwise <see langword="null"/>.</param>
/// <param name="RowsRead">Data rows or cube cells read.</param>
/// <param name="RowsSkipped">Rows left out on purpose by the mapping (a <c>where</c> filter, an unmapped indicator to skip).</param>
/// <param name="RowsImported">Observations imported (or that would be, for a dry run or a rejection).</param>
/// <param name="RowsRejected">Problems that reject a row or an observation.</param>
/// <param name="RowsDerived">Observations derived through the crosswalk and sums.</param>
/// <param name="RowsSuperseded">Older observations of the same source replaced.</param>
/// <param name="Problems">Every problem kept (at most <see cref="ReadReport.MaxProblems"/> from the file and as many from the mapping), by line.</param>
/// <param name="ProblemsNotShown">Problems found beyond those kept.</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record ImportResult(
    ImportStatus Status,
    long? BatchId,
    long RowsRead,
    long RowsSkipped,
    long RowsImported,
    long RowsRejected,
    long RowsDerived,
    long RowsSuperseded,
    IReadOnlyList<ImportProblem> Problems,
    int ProblemsNotShown,
    TimeSpan Elapsed)
{
    /// <summary>The compute run that recomputed the cells of the indicators the batch changed; <see langword="null"/> when nothing was committed or the caller computes later.</summary>
    public ComputeRun? Recompute { get; init; }

    /// <summary>
    /// Why the compute run or the forecast refresh after a committed batch failed, or an
    /// <see cref="OperationCanceledException"/> when it was cancelled; <see langword="null"/> when it did not fail or did
    /// not run. The batch stays committed. With <see cref="Recompute"/> set, the cells were recomputed and only the
    /// forecast refresh failed; without, the cells too stay those of the run before, until a compute run succeeds
    /// (<c>atlas compute</c>, or a server's start).
    /// </summary>
    public Exception? RecomputeFailure { get; init; }

    /// <summary>Whether the rows were read by the bulk CSV path (its own line reader, each distinct text mapped once) rather than row by row; see docs/import/pipeline.md.</summary>
    public bool ReadInBulk { get; init; }

    /// <summary>Why the bulk CSV path did not read the file, when it was not taken (for logs and tests); <see langword="null"/> when it was.</summary>
    public string? BulkDeclined { get; init; }
}
