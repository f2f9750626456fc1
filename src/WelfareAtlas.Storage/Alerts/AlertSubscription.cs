namespace WelfareAtlas.Storage.Alerts;

/// <summary>A subscription to alerts.</summary>
/// <param name="Id">The subscription's number.</param>
/// <param name="Email">The address; <see langword="null"/> once unsubscribed (the address is then deleted).</param>
/// <param name="Language">The language of its messages: <c>fi</c>, <c>sv</c> or <c>en</c>.</param>
/// <param name="TargetKind">What it follows.</param>
/// <param name="Target">The area code, indicator id or profile id.</param>
/// <param name="Token">The secret in its confirmation and unsubscribe links.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="ConfirmedAt">When its address was confirmed; <see langword="null"/> before (no alerts are sent).</param>
/// <param name="UnsubscribedAt">When it ended; <see langword="null"/> while it runs.</param>
/// <param name="LastAlertId">The newest alert it has been told about or that predates its confirmation.</param>
public sealed record AlertSubscription(
    long Id,
    string? Email,
    string Language,
    AlertTargetKind TargetKind,
    string Target,
    string Token,
    DateTime CreatedAt,
    DateTime? ConfirmedAt,
    DateTime? UnsubscribedAt,
    long LastAlertId)
{
    /// <summary>Whether alerts go to it: confirmed and not ended.</summary>
    public bool IsActive => ConfirmedAt is not null && UnsubscribedAt is null && Email is not null;

    /// <summary>Whether an alert is about what it follows.</summary>
    public bool Covers(Alert alert) => TargetKind switch
    {
        AlertTargetKind.Area => alert.Area.Value == Target,
        AlertTargetKind.Indicator => alert.Indicator.Value == Target,
        _ => alert.Profile == Target,
    };
}
