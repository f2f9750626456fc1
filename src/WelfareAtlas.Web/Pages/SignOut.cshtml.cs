using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using WelfareAtlas.Web.Security;

namespace WelfareAtlas.Web.Pages;

/// <summary>Signing out: a form (so that a link elsewhere cannot sign anyone out), then back to the home page.</summary>
public sealed class SignOutModel : AtlasPageModel
{
    /// <summary>Asks.</summary>
    public void OnGet() => Title = Text.Access.SignOut;

    /// <summary>Removes the sign-in cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AtlasSchemes.Cookie);
        return LocalRedirect("/" + LanguageCode);
    }
}
