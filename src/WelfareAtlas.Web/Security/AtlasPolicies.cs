using System.Security.Claims;
using WelfareAtlas.Access;

namespace WelfareAtlas.Web.Security;

/// <summary>The authorization policies, one per role that an endpoint can require, and how a caller's role is read.</summary>
public static class AtlasPolicies
{
    /// <summary>Analysts and above.</summary>
    public const string Analyst = "analyst";

    /// <summary>Stewards and admins: imports, publication, embargo.</summary>
    public const string Steward = "steward";

    /// <summary>Admins: users, keys and settings.</summary>
    public const string Admin = "admin";

    /// <summary>
    /// The highest role among <paramref name="user"/>'s role claims (<see cref="ClaimTypes.Role"/>, values as
    /// <see cref="Roles.ToSlug"/>); <see cref="Role.Public"/> for an anonymous caller or one without a known role.
    /// </summary>
    public static Role RoleOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Role.Public;
        }

        Role highest = Role.Public;
        foreach (Claim claim in user.FindAll(ClaimTypes.Role))
        {
            if (Roles.TryParse(claim.Value, out Role role) && role > highest)
            {
                highest = role;
            }
        }

        return highest;
    }

    /// <summary>A signed-in identity with one role, as every sign-in path (password, API key, OpenID Connect) makes it.</summary>
    /// <param name="name">The actor's name as the audit log records it.</param>
    /// <param name="role">The role.</param>
    /// <param name="authenticationType">The scheme that authenticated it.</param>
    public static ClaimsPrincipal Principal(string name, Role role, string authenticationType) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role.ToSlug())],
        authenticationType,
        ClaimTypes.Name,
        ClaimTypes.Role));
}
