using System.Security.Claims;
using WelfareAtlas.Access;

namespace WelfareAtlas.Web.Security;

/// <summary>Turns the identity an OpenID Connect provider vouches for into the atlas's own: a name and one role.</summary>
public static class OidcRoles
{
    /// <summary>
    /// The atlas identity of <paramref name="external"/>: named by <see cref="OidcOptions.NameClaim"/> (else <c>sub</c>),
    /// with the highest role among the values of <see cref="OidcOptions.RoleClaim"/>; none known: public, which
    /// opens nothing that anonymous callers cannot see.
    /// </summary>
    public static ClaimsPrincipal Map(ClaimsPrincipal external, OidcOptions options)
    {
        ArgumentNullException.ThrowIfNull(external);
        ArgumentNullException.ThrowIfNull(options);
        Role role = Role.Public;
        foreach (Claim claim in external.FindAll(options.RoleClaim))
        {
            if (Roles.TryParse(claim.Value, out Role candidate) && candidate > role)
            {
                role = candidate;
            }
        }

        string name = external.FindFirst(options.NameClaim)?.Value ?? external.FindFirst("sub")?.Value ?? "oidc-user";
        return AtlasPolicies.Principal("oidc:" + name, role, AtlasSchemes.Oidc);
    }
}
