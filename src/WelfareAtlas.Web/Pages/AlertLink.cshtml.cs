using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Alerts;

namespace WelfareAtlas.Web.Pages;

/// <summary>The links in alert e-mails: <c>/{lang}/alerts/confirm?token=</c> and <c>/{lang}/alerts/unsubscribe?token=</c>.</summary>
public sealed class AlertLinkModel(AtlasStore store, TimeProvider time) : AtlasPageModel
{
    /// <summary>What happened, in the page's language.</summary>
    public string Outcome { get; private set; } = string.Empty;

    /// <summary>Whether the link worked.</summary>
    public bool Succeeded { get; private set; }

    /// <summary>Confirms or unsubscribes; an unknown token is a 404 page saying so.</summary>
    public async Task<IActionResult> OnGetAsync(string link, string? token, CancellationToken cancellationToken)
    {
        Localisation.SituationTexts texts = Localisation.SituationTexts.For(Language);
        Title = texts.AlertsTitle;
        AlertRepository alerts = new(store.DataSource, time);
        Succeeded = token is { Length: 32 } && link switch
        {
            "confirm" => await alerts.ConfirmAsync(token, cancellationToken) is not null,
            _ => await alerts.UnsubscribeAsync(token, cancellationToken),
        };
        Outcome = !Succeeded ? texts.UnknownLink : link == "confirm" ? texts.Confirmed : texts.Unsubscribed;
        PageResult page = Page();
        page.StatusCode = Succeeded ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        return page;
    }
}
