using System.Globalization;
using System.Text;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Storage.Alerts;
using WelfareAtlas.Web.Charts;
using WelfareAtlas.Web.Localisation;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Alerts;

/// <summary>The e-mails' subjects and plain-text bodies, in the subscriber's language.</summary>
/// <param name="catalogue">Names of areas, indicators and profiles.</param>
/// <param name="baseUrl">The app's public address, for links.</param>
internal sealed class AlertMessages(AtlasCatalogue catalogue, string baseUrl)
{
    /// <summary>The confirmation e-mail of a new subscription.</summary>
    public (string Subject, string Body) Confirmation(AlertSubscription subscription)
    {
        SituationTexts t = Texts(subscription);
        return (
            string.Format(CultureInfo.InvariantCulture, t.ConfirmSubject, UiStrings.For(LanguageOf(subscription)).ProductName),
            string.Format(CultureInfo.InvariantCulture, t.ConfirmBody, TargetName(subscription), Link(subscription, "confirm"), Link(subscription, "unsubscribe")));
    }

    /// <summary>The e-mail telling <paramref name="subscription"/> of <paramref name="alerts"/> (those it follows).</summary>
    public (string Subject, string Body) Alerts(AlertSubscription subscription, IReadOnlyList<Alert> alerts)
    {
        SituationTexts t = Texts(subscription);
        Language language = LanguageOf(subscription);
        StringBuilder body = new();
        body.AppendLine(string.Format(CultureInfo.InvariantCulture, t.AlertIntro, TargetName(subscription))).AppendLine();
        foreach (Alert alert in alerts)
        {
            string indicator = catalogue.Indicators.TryGetValue(alert.Indicator, out Indicator? found)
                ? found.Name.In(language) + (found.Synthetic ? $" ({UiStrings.For(language).Profiles.Synthetic})" : string.Empty)
                : alert.Indicator.Value;
            string area = catalogue.Areas.TryGetValue(alert.Area, out Area? where) ? where.Names.In(language) : alert.Area.Value;
            string profile = catalogue.FindProfile(alert.Profile)?.Name.In(language) ?? alert.Profile;
            string group = BreakdownLabels.Of(alert.Breakdown, language, catalogue.CategoryNamesOf(alert.Indicator.Value));
            body.Append(CultureInfo.InvariantCulture, $"- {area} ({alert.Area.Value}), {indicator}, {group}, {PeriodLabels.Of(alert.Period, language)}: {SvgChart.Format(alert.Value, language)}");
            if (alert.BenchmarkValue is { } city)
            {
                body.Append(CultureInfo.InvariantCulture, $" / {UiStrings.For(language).TypePlural[AreaType.City]} {SvgChart.Format(city, language)}");
            }

            body.Append(CultureInfo.InvariantCulture, $": {(alert.Entered ? t.Entered : t.Left)} ({t.Profile}: {profile})").AppendLine();
            body.Append(CultureInfo.InvariantCulture, $"  {baseUrl}/{language.ToCode()}/indicators/{alert.Indicator.Value}?area={alert.Area.Value}&profile={alert.Profile}").AppendLine();
        }

        body.AppendLine().AppendLine(string.Format(CultureInfo.InvariantCulture, t.AlertFooter, Link(subscription, "unsubscribe")));
        return (string.Format(CultureInfo.InvariantCulture, t.AlertSubject, UiStrings.For(language).ProductName, alerts.Count), body.ToString());
    }

    /// <summary>What the subscription follows, named in its language.</summary>
    public string TargetName(AlertSubscription subscription)
    {
        Language language = LanguageOf(subscription);
        SituationTexts t = Texts(subscription);
        return subscription.TargetKind switch
        {
            AlertTargetKind.Area when AreaCode.TryParse(subscription.Target, out AreaCode code, out _) && catalogue.Areas.TryGetValue(code, out Area? area)
                => $"{t.Area}: {area.Names.In(language)} ({code.Value})",
            AlertTargetKind.Indicator when IndicatorId.TryParse(subscription.Target, out IndicatorId id, out _) && catalogue.Indicators.TryGetValue(id, out Indicator? indicator)
                => $"{t.Indicator}: {indicator.Name.In(language)}",
            AlertTargetKind.Profile when catalogue.FindProfile(subscription.Target) is { } profile
                => $"{t.Profile}: {profile.Name.In(language)}",
            _ => subscription.Target,
        };
    }

    private string Link(AlertSubscription subscription, string action) =>
        $"{baseUrl}/{LanguageOf(subscription).ToCode()}/alerts/{action}?token={subscription.Token}";

    private static SituationTexts Texts(AlertSubscription subscription) => SituationTexts.For(LanguageOf(subscription));

    private static Language LanguageOf(AlertSubscription subscription) =>
        LanguageCodes.TryParse(subscription.Language, out Language language) ? language : Language.English;
}
