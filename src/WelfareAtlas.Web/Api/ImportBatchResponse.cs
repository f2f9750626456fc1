using WelfareAtlas.Storage.Batches;

namespace WelfareAtlas.Web.Api;

/// <summary>An import batch as the store records it (<c>GET /api/v1/imports</c>), as <c>atlas batches list</c> shows it.</summary>
/// <param name="Id">The batch's number, increasing with each commit.</param>
/// <param name="Source">The source's name from the mapping spec.</param>
/// <param name="FileName">The file's name without directory.</param>
/// <param name="ContentHash">SHA-256 of the file, lower-case hex: the same file again is "already imported".</param>
/// <param name="Status"><c>committed</c> or <c>rolled-back</c>.</param>
/// <param name="Partial">Whether rows were rejected and the rest imported (<c>allowPartial</c>).</param>
/// <param name="ImportedAt">When it was committed (UTC).</param>
/// <param name="ImportedBy">Who imported it: the signed-in user's name or <c>key:ID</c> for an upload, <c>cli:OSUSER</c> for <c>atlas import</c> (batches imported before that was recorded carry the bare system user name).</param>
/// <param name="RowsRead">Rows or cube cells read from the file.</param>
/// <param name="RowsImported">Observations as delivered.</param>
/// <param name="RowsRejected">Rejected rows kept with it.</param>
/// <param name="RowsDerived">Observations derived from the delivered ones (crosswalk, sums up the area hierarchy).</param>
/// <param name="RowsSuperseded">Older observations of the same source it replaced when committed.</param>
/// <param name="CurrentRows">Its observations that no later batch has superseded (0 once rolled back).</param>
/// <param name="RolledBackAt">When it was rolled back (UTC); null while committed.</param>
/// <param name="PublishedAt">When its data became or becomes public (UTC); null: since the import (no embargo).</param>
public sealed record ImportBatchResponse(
    long Id,
    string Source,
    string FileName,
    string ContentHash,
    string Status,
    bool Partial,
    DateTimeOffset ImportedAt,
    string ImportedBy,
    long RowsRead,
    long RowsImported,
    long RowsRejected,
    long RowsDerived,
    long RowsSuperseded,
    long CurrentRows,
    DateTimeOffset? RolledBackAt,
    DateTimeOffset? PublishedAt)
{
    /// <summary>The response for <paramref name="batch"/>, whose times the store keeps in UTC.</summary>
    public static ImportBatchResponse From(ImportBatch batch) => new(
        batch.Id,
        batch.Source,
        batch.FileName,
        batch.ContentHash,
        batch.Status,
        batch.Partial,
        Utc(batch.ImportedAt),
        batch.ImportedBy,
        batch.RowsRead,
        batch.RowsImported,
        batch.RowsRejected,
        batch.RowsDerived,
        batch.RowsSuperseded,
        batch.CurrentRows,
        batch.RolledBackAt is { } rolledBack ? Utc(rolledBack) : null,
        batch.PublishedAt is { } published ? Utc(published) : null);

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
