namespace WelfareAtlas.Web.Alerts;

/// <summary>Log messages of alert delivery; never an address or a message's text.</summary>
internal static partial class AlertLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Alert delivery is off: no Alerts:SmtpHost; messages stay in the outbox")]
    public static partial void DeliveryOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert message {Id} ({Kind}) sent")]
    public static partial void Sent(ILogger logger, long id, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert message {Id} not sent (attempt {Attempt}); retry at {RetryAt:o}: {Error}")]
    public static partial void Retrying(ILogger logger, long id, int attempt, DateTime retryAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert message {Id} failed after {Attempts} attempts: {Error}")]
    public static partial void Failed(ILogger logger, long id, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert delivery round failed")]
    public static partial void RoundFailed(ILogger logger, Exception exception);
}
