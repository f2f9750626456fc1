namespace WelfareAtlas.Storage.Alerts;

/// <summary>An e-mail in the outbox.</summary>
/// <param name="Id">The message's number.</param>
/// <param name="SubscriptionId">The subscription it is for.</param>
/// <param name="Kind"><c>confirm</c> (the link that confirms the address) or <c>alert</c>.</param>
/// <param name="Recipient">The address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="CreatedAt">When it was queued (UTC).</param>
/// <param name="Attempts">How many times sending failed or was tried.</param>
/// <param name="NextAttemptAt">When it is due (UTC).</param>
/// <param name="SentAt">When the mail server accepted it; <see langword="null"/> before.</param>
/// <param name="FailedAt">When the last allowed attempt failed; <see langword="null"/> while it may still go.</param>
/// <param name="LastError">Why the last attempt failed.</param>
public sealed record AlertMessage(
    long Id,
    long SubscriptionId,
    string Kind,
    string Recipient,
    string Subject,
    string Body,
    DateTime CreatedAt,
    int Attempts,
    DateTime NextAttemptAt,
    DateTime? SentAt,
    DateTime? FailedAt,
    string? LastError);
