namespace WelfareAtlas.Auditing;

/// <summary>One entry of the hash-chained audit log.</summary>
/// <param name="Sequence">The entry's position, 1 for the first; consecutive.</param>
/// <param name="At">When, UTC, to the microsecond (what both databases keep).</param>
/// <param name="Actor">Who: a user name, <c>key:ID</c> for an API key, an OpenID Connect subject, or the operating-system user of the CLI.</param>
/// <param name="Action">The action's slug (<see cref="AuditActions.ToSlug"/>); kept as text so that an altered value is still readable and detected.</param>
/// <param name="Subject">What it concerns: a batch id, a user name, a key id, a request path.</param>
/// <param name="Detail">More about it (a role, a publication time, a file name); empty when there is nothing more.</param>
/// <param name="PreviousHash">The <see cref="Hash"/> of the entry before, or <see cref="AuditChain.Genesis"/> for the first.</param>
/// <param name="Hash">SHA-256 over <see cref="PreviousHash"/> and every other field (<see cref="AuditChain.HashOf"/>), lower-case hex.</param>
public sealed record AuditEntry(
    long Sequence,
    DateTime At,
    string Actor,
    string Action,
    string Subject,
    string Detail,
    string PreviousHash,
    string Hash);
