using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Alerts;

/// <content>The outbox: messages queued in the store and sent by a background delivery with retries.</content>
public sealed partial class AlertRepository
{
    private const string MessageColumns = "id, subscription_id, kind, recipient, subject, body, created_at, attempts, next_attempt_at, sent_at, failed_at, last_error";

    /// <summary>
    /// Queues one alert message to <paramref name="subscription"/> and moves its <see cref="AlertSubscription.LastAlertId"/>
    /// to <paramref name="lastAlertId"/> in one transaction, so each alert is told once; nothing is queued if another
    /// process told the subscription first.
    /// </summary>
    /// <returns>Whether the message was queued.</returns>
    public async Task<bool> QueueAlertAsync(AlertSubscription subscription, long lastAlertId, string subject, string body, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        int moved = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alert_subscriptions SET last_alert_id = $lastAlertId WHERE id = $id AND last_alert_id = $previous AND unsubscribed_at IS NULL",
            new { id = subscription.Id, lastAlertId, previous = subscription.LastAlertId },
            transaction,
            cancellationToken: cancellationToken));
        if (moved == 1 && subject.Length > 0)
        {
            await QueueAsync(connection, transaction, subscription, "alert", subject, body, time.GetUtcNow().UtcDateTime, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return moved == 1 && subject.Length > 0;
    }

    /// <summary>Moves a subscription past alerts that do not concern it, so they are not looked at again.</summary>
    public Task<bool> SkipAlertsAsync(AlertSubscription subscription, long lastAlertId, CancellationToken cancellationToken = default) =>
        QueueAlertAsync(subscription, lastAlertId, string.Empty, string.Empty, cancellationToken);

    /// <summary>Unsent messages due at <paramref name="now"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<AlertMessage>> ListDueAsync(DateTime now, int limit, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<MessageRow> rows = await connection.QueryAsync<MessageRow>(new CommandDefinition(
            $"""
            SELECT {MessageColumns} FROM alert_messages
            WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $now ORDER BY id LIMIT $limit
            """,
            new { now, limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(ToMessage)];
    }

    /// <summary>Every message of a subscription, oldest first (what the tests and an operator check).</summary>
    public async Task<IReadOnlyList<AlertMessage>> ListMessagesAsync(long subscriptionId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<MessageRow> rows = await connection.QueryAsync<MessageRow>(new CommandDefinition(
            $"SELECT {MessageColumns} FROM alert_messages WHERE subscription_id = $subscriptionId ORDER BY id",
            new { subscriptionId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(ToMessage)];
    }

    /// <summary>Records that the mail server accepted a message.</summary>
    public async Task MarkSentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alert_messages SET sent_at = $now, attempts = attempts + 1, last_error = NULL WHERE id = $id",
            new { id, now = time.GetUtcNow().UtcDateTime },
            cancellationToken: cancellationToken));
    }

    /// <summary>Records a failed attempt: the message is tried again at <paramref name="retryAt"/>, or never when it is <see langword="null"/>.</summary>
    public async Task MarkFailedAsync(long id, string error, DateTime? retryAt, CancellationToken cancellationToken = default)
    {
        DateTime now = time.GetUtcNow().UtcDateTime;
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE alert_messages SET attempts = attempts + 1, last_error = $error,
                next_attempt_at = coalesce($retryAt, next_attempt_at), failed_at = CASE WHEN $final THEN $now ELSE NULL END
            WHERE id = $id
            """,
            new { id, error, retryAt, final = retryAt is null, now },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Runs <paramref name="work"/> holding the store's delivery lock, so that two processes serving the same store
    /// (PostgreSQL server mode) never send the same message twice.
    /// </summary>
    public async Task WithDeliveryLockAsync(Func<Task> work, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using IAsyncDisposable held = await StoreEngine.Of(dataSource).LockAsync(connection, "alert-delivery", cancellationToken);
        await work();
    }

    private static Task<int> QueueAsync(DbConnection connection, DbTransaction transaction, AlertSubscription subscription, string kind, string subject, string body, DateTime now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO alert_messages ({MessageColumns})
            VALUES (nextval('alert_message_ids'), $subscriptionId, $kind, $recipient, $subject, $body, $now, 0, $now, NULL, NULL, NULL)
            """,
            new { subscriptionId = subscription.Id, kind, recipient = subscription.Email, subject, body, now },
            transaction,
            cancellationToken: cancellationToken));

    private static AlertMessage ToMessage(MessageRow row) => new(
        row.id, row.subscription_id, row.kind, row.recipient, row.subject, row.body, row.created_at, row.attempts, row.next_attempt_at, row.sent_at, row.failed_at, row.last_error);

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the schema.
    private sealed class MessageRow
    {
        public long id { get; set; }

        public long subscription_id { get; set; }

        public string kind { get; set; } = string.Empty;

        public string recipient { get; set; } = string.Empty;

        public string subject { get; set; } = string.Empty;

        public string body { get; set; } = string.Empty;

        public DateTime created_at { get; set; }

        public int attempts { get; set; }

        public DateTime next_attempt_at { get; set; }

        public DateTime? sent_at { get; set; }

        public DateTime? failed_at { get; set; }

        public string? last_error { get; set; }
    }
#pragma warning restore IDE1006, CA1707
}
