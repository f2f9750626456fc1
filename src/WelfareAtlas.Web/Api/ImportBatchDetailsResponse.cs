namespace WelfareAtlas.Web.Api;

/// <summary>One batch with its rejected rows (<c>GET /api/v1/imports/{id}</c>), as <c>atlas batches show</c> shows it.</summary>
/// <param name="Batch">The batch's record.</param>
/// <param name="Rejected">Its first rejected rows by line (at most the request's <c>rejectedLimit</c>): kept only with a partial batch.</param>
/// <param name="RejectedNotShown">Rejected rows of the batch beyond those listed.</param>
public sealed record ImportBatchDetailsResponse(ImportBatchResponse Batch, IReadOnlyList<RejectedRowResponse> Rejected, long RejectedNotShown);
