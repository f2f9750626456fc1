namespace WelfareAtlas.Web.Security;

/// <summary>The authentication schemes; <see cref="Default"/> picks one of the others for each request.</summary>
public static class AtlasSchemes
{
    /// <summary>The policy scheme: <see cref="ApiKey"/> when the request has an <c>X-Api-Key</c> header, else <see cref="Cookie"/>.</summary>
    public const string Default = "atlas";

    /// <summary>The sign-in cookie, issued by the local sign-in page or after OpenID Connect.</summary>
    public const string Cookie = "cookie";

    /// <summary>API keys in the <see cref="ApiKeyHeader"/> header.</summary>
    public const string ApiKey = "api-key";

    /// <summary>OpenID Connect, registered only when <c>Authentication:Oidc:Authority</c> is configured.</summary>
    public const string Oidc = "oidc";

    /// <summary>The header that carries an API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";
}
