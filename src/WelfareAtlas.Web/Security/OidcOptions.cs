namespace WelfareAtlas.Web.Security;

/// <summary>OpenID Connect sign-in (Entra ID in production), section <c>Authentication:Oidc</c>; off while <see cref="Authority"/> is empty.</summary>
public sealed class OidcOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Authentication:Oidc";

    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/TENANT/v2.0</c>; empty: no OpenID Connect.</summary>
    public string? Authority { get; set; }

    /// <summary>The app's client id at the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's client secret (better given by environment, <c>Authentication__Oidc__ClientSecret</c>).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The claim whose values are role names (<c>analyst</c>, <c>steward</c>, <c>admin</c>): <c>roles</c> for Entra ID app roles.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim that names the user in the audit log.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>Where the provider sends the user back.</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>Whether OpenID Connect is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
