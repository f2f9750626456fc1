namespace WelfareAtlas.Storage.Batches.Bulk;

/// <summary>What <see cref="ImportBatchWriter.StageCsvAsync"/> did.</summary>
/// <param name="Staged">Whether the rows are staged; when not, nothing is, and the file must be read the streaming way, which reports why.</param>
/// <param name="RowsRead">Data rows of the file (when staged).</param>
/// <param name="RowsSkipped">Rows the mapping skipped on purpose (when staged).</param>
/// <param name="Reason">Why the rows were not staged, for the log: the file has something only the streaming reader handles or reports.</param>
public sealed record BulkOutcome(bool Staged, long RowsRead, long RowsSkipped, string? Reason)
{
    /// <summary>Not staged, because of <paramref name="reason"/>.</summary>
    public static BulkOutcome NotStaged(string reason) => new(false, 0, 0, reason);
}
