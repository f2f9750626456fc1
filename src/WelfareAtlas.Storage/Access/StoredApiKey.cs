using WelfareAtlas.Access;

namespace WelfareAtlas.Storage.Access;

/// <summary>An API key as the store keeps it: never the key itself, only its hash.</summary>
/// <param name="Id">The key's number, for listing and revoking.</param>
/// <param name="Name">What the key is for.</param>
/// <param name="Role">What a caller with the key may do.</param>
/// <param name="CreatedAt">When it was created, UTC.</param>
/// <param name="RevokedAt">When it was revoked, UTC; <see langword="null"/> while it works.</param>
public sealed record StoredApiKey(long Id, string Name, Role Role, DateTime CreatedAt, DateTime? RevokedAt);
