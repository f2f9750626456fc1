using WelfareAtlas.Disclosure;

namespace WelfareAtlas.Access;

/// <summary>The store, claim and command-line form of <see cref="Role"/>: <c>public</c>, <c>analyst</c>, <c>steward</c>, <c>admin</c>.</summary>
public static class Roles
{
    /// <summary>Every role, lowest first.</summary>
    public static IReadOnlyList<Role> All { get; } = [Role.Public, Role.Analyst, Role.Steward, Role.Admin];

    /// <summary>The roles a user or key can be given (public is what anonymous callers have).</summary>
    public static IReadOnlyList<Role> Assignable { get; } = [Role.Analyst, Role.Steward, Role.Admin];

    /// <summary>The lower-case name.</summary>
    public static string ToSlug(this Role role) => role switch
    {
        Role.Public => "public",
        Role.Analyst => "analyst",
        Role.Steward => "steward",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role."),
    };

    /// <summary>Reads a name written by <see cref="ToSlug"/>, ignoring case and surrounding space.</summary>
    public static bool TryParse(string? slug, out Role role)
    {
        string normalised = slug?.Trim().ToLowerInvariant() ?? string.Empty;
        foreach (Role candidate in All)
        {
            if (string.Equals(candidate.ToSlug(), normalised, StringComparison.Ordinal))
            {
                role = candidate;
                return true;
            }
        }

        role = Role.Public;
        return false;
    }

    /// <summary>Whether <paramref name="role"/> includes <paramref name="required"/>.</summary>
    public static bool Includes(this Role role, Role required) => role >= required;

    /// <summary>The data a role sees: <see cref="Audience.Analyst"/> for analysts and above, <see cref="Audience.Public"/> otherwise.</summary>
    public static Audience Audience(this Role role) => role.Includes(Role.Analyst) ? Disclosure.Audience.Analyst : Disclosure.Audience.Public;
}
