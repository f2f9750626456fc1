using System.Net.Mail;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage.Alerts;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Alerts;

/// <summary>A request to subscribe to alerts.</summary>
/// <param name="Email">The address to send to.</param>
/// <param name="Language">The language of the messages: <c>fi</c>, <c>sv</c> or <c>en</c>.</param>
/// <param name="TargetKind">What to follow: <c>area</c>, <c>indicator</c> or <c>profile</c>.</param>
/// <param name="Target">The area's code, the indicator's id or the profile's id.</param>
public sealed record SubscriptionRequest(string? Email, string? Language, string? TargetKind, string? Target)
{
    /// <summary>Checks the request against the catalogue; the problem names the field and what is wrong.</summary>
    internal (AlertTargetKind Kind, string Target, string Email, string Language)? Validate(AtlasCatalogue catalogue, out string? field, out string? problem)
    {
        field = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(Email) || Email.Length > 254 || !MailAddress.TryCreate(Email.Trim(), out MailAddress? address) || address.Address != Email.Trim() || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            (field, problem) = ("email", $"'{Email}' is not an e-mail address such as name@example.fi.");
            return null;
        }

        string language = Language ?? "fi";
        if (!WelfareAtlas.Localisation.LanguageCodes.TryParse(language, out _))
        {
            (field, problem) = ("language", $"'{Language}' is not one of fi, sv, en.");
            return null;
        }

        if (!AlertRepository.TryParseKind(TargetKind, out AlertTargetKind kind))
        {
            (field, problem) = ("targetKind", $"'{TargetKind}' is not one of area, indicator, profile.");
            return null;
        }

        string target = Target?.Trim() ?? string.Empty;
        bool known = kind switch
        {
            AlertTargetKind.Area => AreaCode.TryParse(target, out AreaCode code, out _) && catalogue.Areas.ContainsKey(code),
            AlertTargetKind.Indicator => IndicatorId.TryParse(target, out IndicatorId id, out _) && catalogue.Indicators.ContainsKey(id),
            _ => catalogue.FindProfile(target) is not null,
        };
        if (!known)
        {
            (field, problem) = ("target", $"There is no {AlertRepository.Slug(kind)} '{Target}'.");
            return null;
        }

        return (kind, target, address.Address, language);
    }
}
