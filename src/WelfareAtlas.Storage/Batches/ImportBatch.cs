namespace WelfareAtlas.Storage.Batches;

/// <summary>A batch as the store records it.</summary>
/// <param name="Id">The batch's number, increasing with each commit.</param>
/// <param name="Source">The source's name from the mapping spec.</param>
/// <param name="FileName">The file's name without directory.</param>
/// <param name="ContentHash">SHA-256 of the file, lower-case hex.</param>
/// <param name="Status"><c>committed</c> or <c>rolled-back</c>.</param>
/// <param name="Partial">Whether rows were rejected and the rest imported (<c>--allow-partial</c>).</param>
/// <param name="ImportedAt">When it was committed, UTC.</param>
/// <param name="ImportedBy">Who imported it.</param>
/// <param name="RowsRead">Rows or cube cells read from the file.</param>
/// <param name="RowsImported">Observations as delivered.</param>
/// <param name="RowsRejected">Rejected rows kept with it.</param>
/// <param name="RowsDerived">Observations derived from the delivered ones.</param>
/// <param name="RowsSuperseded">Older observations of the same source it replaced when committed.</param>
/// <param name="CurrentRows">Its observations that no later batch has superseded.</param>
/// <param name="RolledBackAt">When it was rolled back, UTC; <see langword="null"/> while committed.</param>
/// <param name="PublishedAt">When its data became or become public, UTC; <see langword="null"/>: since the import (no embargo).</param>
public sealed record ImportBatch(
    long Id,
    string Source,
    string FileName,
    string ContentHash,
    string Status,
    bool Partial,
    DateTime ImportedAt,
    string ImportedBy,
    long RowsRead,
    long RowsImported,
    long RowsRejected,
    long RowsDerived,
    long RowsSuperseded,
    long CurrentRows,
    DateTime? RolledBackAt,
    DateTime? PublishedAt = null);
