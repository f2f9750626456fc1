using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Alerts;
using WelfareAtlas.Web.Profiles;

namespace WelfareAtlas.Web.Alerts;

/// <summary>
/// The background delivery of alert e-mail: every <see cref="AlertOptions.PollInterval"/> it turns new alerts into one
/// message per subscription that follows them, and sends the outbox's due messages through the configured SMTP server,
/// retrying failures with a doubling wait. All state is in the store, so a restart loses nothing and a compute run
/// never waits for the mail server.
/// </summary>
/// <param name="store">The open store.</param>
/// <param name="catalogue">Names for the messages.</param>
/// <param name="options">The SMTP server and timings.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">Where delivery is logged (never addresses or message text).</param>
public sealed class AlertDelivery(AtlasStore store, AtlasCatalogue catalogue, IOptions<AlertOptions> options, TimeProvider time, ILogger<AlertDelivery> logger) : BackgroundService
{
    /// <summary>Messages sent per round at most, so that one round never holds the delivery lock for long.</summary>
    private const int BatchSize = 50;

    private readonly SemaphoreSlim wake = new(0);

    /// <summary>Starts a round now rather than at the next interval (after a compute run in this process).</summary>
    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    /// <summary>One round: queue the alerts subscribers have not been told of, then send what is due.</summary>
    /// <returns>Messages sent.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        AlertRepository alerts = new(store.DataSource, time);
        AlertOptions settings = options.Value;
        int sent = 0;
        await alerts.WithDeliveryLockAsync(
            async () =>
            {
                await QueueAlertsAsync(alerts, cancellationToken);
                if (string.IsNullOrWhiteSpace(settings.SmtpHost))
                {
                    return;
                }

                foreach (AlertMessage message in await alerts.ListDueAsync(time.GetUtcNow().UtcDateTime, BatchSize, cancellationToken))
                {
                    sent += await SendAsync(alerts, message, settings, cancellationToken) ? 1 : 0;
                }
            },
            cancellationToken);
        return sent;
    }

    /// <summary>Runs rounds until the host stops.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SmtpHost))
        {
            AlertLog.DeliveryOff(logger);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A broken round (the store briefly unavailable) must not end delivery; the next round retries.
                AlertLog.RoundFailed(logger, exception);
            }

            try
            {
                await wake.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task QueueAlertsAsync(AlertRepository alerts, CancellationToken cancellationToken)
    {
        IReadOnlyList<AlertSubscription> subscriptions = await alerts.ListActiveAsync(cancellationToken);
        if (subscriptions.Count == 0)
        {
            return;
        }

        IReadOnlyList<Alert> recent = await alerts.ListAlertsAfterAsync(subscriptions.Min(s => s.LastAlertId), cancellationToken);
        if (recent.Count == 0)
        {
            return;
        }

        long newest = recent[^1].Id;
        AlertMessages messages = new(catalogue, options.Value.PublicBaseUrl.TrimEnd('/'));
        foreach (AlertSubscription subscription in subscriptions.Where(s => s.LastAlertId < newest))
        {
            List<Alert> covered = [.. recent.Where(a => a.Id > subscription.LastAlertId && subscription.Covers(a))];
            if (covered.Count == 0)
            {
                await alerts.SkipAlertsAsync(subscription, newest, cancellationToken);
                continue;
            }

            (string subject, string body) = messages.Alerts(subscription, covered);
            await alerts.QueueAlertAsync(subscription, newest, subject, body, cancellationToken);
        }
    }

    private async Task<bool> SendAsync(AlertRepository alerts, AlertMessage message, AlertOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            using SmtpClient client = new(settings.SmtpHost, settings.SmtpPort)
            {
                EnableSsl = settings.SmtpEnableSsl,
                Timeout = (int)settings.SmtpTimeout.TotalMilliseconds,
                DeliveryMethod = SmtpDeliveryMethod.Network,
            };
            if (!string.IsNullOrEmpty(settings.SmtpUserName))
            {
                client.Credentials = new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword);
            }

            using MailMessage mail = new(new MailAddress(settings.From), new MailAddress(message.Recipient))
            {
                Subject = message.Subject,
                Body = message.Body,
                BodyEncoding = Encoding.UTF8,
                SubjectEncoding = Encoding.UTF8,
                IsBodyHtml = false,
            };
            await client.SendMailAsync(mail, cancellationToken);
            await alerts.MarkSentAsync(message.Id, cancellationToken);
            AlertLog.Sent(logger, message.Id, message.Kind);
            return true;
        }
        catch (Exception exception) when (exception is SmtpException or IOException or InvalidOperationException or FormatException or System.Net.Sockets.SocketException)
        {
            int attempt = message.Attempts + 1;
            if (attempt >= settings.MaxAttempts)
            {
                await alerts.MarkFailedAsync(message.Id, exception.Message, null, cancellationToken);
                AlertLog.Failed(logger, message.Id, attempt, exception.Message);
            }
            else
            {
                DateTime retryAt = time.GetUtcNow().UtcDateTime + (settings.RetryDelay * Math.Pow(2, attempt - 1));
                await alerts.MarkFailedAsync(message.Id, exception.Message, retryAt, cancellationToken);
                AlertLog.Retrying(logger, message.Id, attempt, retryAt, exception.Message);
            }

            return false;
        }
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }
}
