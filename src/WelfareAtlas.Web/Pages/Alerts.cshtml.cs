using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using WelfareAtlas.Areas;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Alerts;
using WelfareAtlas.Web.Alerts;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Pages;

/// <summary>The alerts: the newest changes in the "worse and worsening" lists, and subscribing to them by e-mail.</summary>
public sealed class AlertsModel(AtlasStore store, AtlasCatalogue catalogue, IOptions<AlertOptions> options, AlertDelivery delivery, TimeProvider time) : AtlasPageModel
{
    /// <summary>Alerts listed on the page.</summary>
    public const int PageLimit = 200;

    /// <summary>The newest alerts.</summary>
    public IReadOnlyList<Alert> Recent { get; private set; } = [];

    /// <summary>The area in the URL, to list and to preselect; <see langword="null"/> for all.</summary>
    [FromQuery(Name = "area")]
    public string? AreaText { get; set; }

    /// <summary>The form's address.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The form's target kind: area, indicator or profile.</summary>
    [BindProperty]
    public string? TargetKind { get; set; }

    /// <summary>The form's area code.</summary>
    [BindProperty]
    public string? TargetArea { get; set; }

    /// <summary>The form's indicator.</summary>
    [BindProperty]
    public string? TargetIndicator { get; set; }

    /// <summary>The form's profile.</summary>
    [BindProperty]
    public string? TargetProfile { get; set; }

    /// <summary>What happened to the form: a confirmation or the problem.</summary>
    public string? Notice { get; private set; }

    /// <summary>Whether <see cref="Notice"/> is a problem.</summary>
    public bool NoticeIsError { get; private set; }

    /// <summary>The catalogue, for names and the form's choices.</summary>
    internal AtlasCatalogue Catalogue => catalogue;

    /// <summary>Lists the alerts.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The form follows the area asked about, else the city of the atlas (not the first municipality in the list).
        TargetArea ??= AreaText ?? catalogue.City?.Code.Value;
        await LoadAsync(cancellationToken);
    }

    /// <summary>Subscribes and queues the confirmation e-mail.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        string? target = TargetKind switch
        {
            "area" => TargetArea,
            "indicator" => TargetIndicator,
            _ => TargetProfile,
        };
        SubscriptionRequest request = new(Email, LanguageCode, TargetKind, target);
        Localisation.SituationTexts texts = Localisation.SituationTexts.For(Language);
        if (request.Validate(catalogue, out string? field, out _) is not { } valid)
        {
            (Notice, NoticeIsError) = (field == "email" ? texts.BadEmail : texts.BadTarget, true);
            await LoadAsync(cancellationToken);
            PageResult page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        AlertMessages messages = new(catalogue, options.Value.PublicBaseUrl.TrimEnd('/'));
        if (await new AlertRepository(store.DataSource, time).SubscribeAsync(valid.Email, valid.Language, valid.Kind, valid.Target, messages.Confirmation, options.Value.ConfirmationsPerAddressPerDay, cancellationToken) is null)
        {
            (Notice, NoticeIsError) = (texts.TooManyConfirmations, true);
            await LoadAsync(cancellationToken);
            PageResult refused = Page();
            refused.StatusCode = StatusCodes.Status429TooManyRequests;
            return refused;
        }

        delivery.Wake();
        Notice = texts.SubscribeSent;
        Email = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>An area's name, or its code.</summary>
    public string AreaName(AreaCode code) => catalogue.Areas.TryGetValue(code, out Area? area) ? catalogue.DistinctNameOf(area, Language) : code.Value;

    /// <summary>An alert's group (its breakdown) in the page's words, with its indicator's words for its categories.</summary>
    public string GroupLabel(Alert alert) => Localisation.BreakdownLabels.Of(alert.Breakdown, Language, catalogue.CategoryNamesOf(alert.Indicator.Value));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Title = Localisation.SituationTexts.For(Language).AlertsTitle;
        AreaCode? area = AreaText is not null && AreaCode.TryParse(AreaText, out AreaCode parsed, out _) ? parsed : null;
        Recent = await new AlertRepository(store.DataSource, time).ListAlertsAsync(PageLimit, area, cancellationToken);
    }
}
