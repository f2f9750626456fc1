using WelfareAtlas.Access;

namespace WelfareAtlas.Storage.Access;

/// <summary>A local account as the store keeps it.</summary>
/// <param name="Name">The sign-in name, lower case.</param>
/// <param name="Role">What the account may do.</param>
/// <param name="CreatedAt">When it was added (or last given a new role or password), UTC.</param>
public sealed record StoredUser(string Name, Role Role, DateTime CreatedAt);
