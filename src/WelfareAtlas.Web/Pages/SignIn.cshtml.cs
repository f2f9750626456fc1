using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Access;
using WelfareAtlas.Web.Security;

namespace WelfareAtlas.Web.Pages;

/// <summary>The sign-in page: a local account's name and password, or the organisation's OpenID Connect provider when configured.</summary>
public sealed class SignInModel(AtlasStore store, TimeProvider time, OidcOptions oidc) : AtlasPageModel
{
    /// <summary>The typed user name, kept after a failed attempt.</summary>
    [BindProperty]
    public string UserName { get; set; } = string.Empty;

    /// <summary>The typed password; never written back into the page.</summary>
    [BindProperty]
    public string Password { get; set; } = string.Empty;

    /// <summary>Where to go after signing in; only a path of this site is followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Whether the last attempt failed.</summary>
    public bool Failed { get; private set; }

    /// <summary>Whether OpenID Connect sign-in is offered.</summary>
    public bool OidcEnabled => oidc.Enabled;

    /// <summary>Shows the form.</summary>
    public void OnGet() => Title = Text.Access.SignIn;

    /// <summary>Checks the name and password; signs in with the account's role, or shows the form again with a message.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Title = Text.Access.SignIn;
        StoredUser? user = await new UserRepository(store.DataSource, time).SignInAsync(UserName, Password, cancellationToken);
        if (user is null)
        {
            Failed = true;
            Password = string.Empty;
            return Page();
        }

        await HttpContext.SignInAsync(AtlasSchemes.Cookie, AtlasPolicies.Principal(user.Name, user.Role, AtlasSchemes.Cookie), SessionCheck.PropertiesOf(user));
        return LocalRedirect(SafeReturn());
    }

    /// <summary>Hands the browser to the OpenID Connect provider.</summary>
    public IActionResult OnGetOidc() => oidc.Enabled
        ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturn() }, AtlasSchemes.Oidc)
        : NotFound();

    private string SafeReturn() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" + LanguageCode;
}
