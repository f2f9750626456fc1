using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Access;

namespace WelfareAtlas.Web.Security;

/// <summary>
/// Authenticates a machine client by the key in <see cref="AtlasSchemes.ApiKeyHeader"/>: a working key gives its role
/// under the name <c>key:ID</c>; a wrong or revoked key fails (401), so a client never silently falls back to public.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AtlasStore store,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AtlasSchemes.ApiKeyHeader, out Microsoft.Extensions.Primitives.StringValues values) || values.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }

        string? secret = values[0];
        if (values.Count > 1 || string.IsNullOrWhiteSpace(secret))
        {
            return AuthenticateResult.Fail("Give one API key in the X-Api-Key header.");
        }

        StoredApiKey? key = await new ApiKeyRepository(store.DataSource, time).FindAsync(secret, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        string name = "key:" + key.Id.ToString(CultureInfo.InvariantCulture);
        return AuthenticateResult.Success(new AuthenticationTicket(AtlasPolicies.Principal(name, key.Role, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required", "This resource needs a valid API key (X-Api-Key) or a signed-in user.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed", "The API key's role does not include this resource.");
}
