namespace WelfareAtlas.Storage.Batches;

/// <summary>The result of committing a batch.</summary>
/// <param name="Outcome">What became of the batch.</param>
/// <param name="BatchId">The new batch's id when <see cref="CommitOutcome.Committed"/>; the existing batch's id when <see cref="CommitOutcome.AlreadyImported"/>; else <see langword="null"/>.</param>
/// <param name="RowsImported">Observations as delivered that were (or, for a dry run or a rejection, would have been) stored.</param>
/// <param name="RowsRejected">Problems that reject rows, including duplicate keys found by the store.</param>
/// <param name="RowsDerived">Observations computed from the delivered ones (crosswalk and sums).</param>
/// <param name="RowsSuperseded">Older current observations of the same source that this batch replaced.</param>
/// <param name="DuplicateKeys">The rows rejected because their key came earlier in the same batch (the first is kept), at most <see cref="MaxReported"/>.</param>
public sealed record CommitResult(
    CommitOutcome Outcome,
    long? BatchId,
    long RowsImported,
    long RowsRejected,
    long RowsDerived,
    long RowsSuperseded,
    IReadOnlyList<RejectedRow> DuplicateKeys)
{
    /// <summary>The most duplicate-key rows returned in <see cref="DuplicateKeys"/>; all are stored with a partial batch.</summary>
    public const int MaxReported = 1000;
}
