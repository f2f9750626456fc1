using System.Data.Common;
using System.Security.Cryptography;
using Dapper;

namespace WelfareAtlas.Storage.Alerts;

/// <content>Subscriptions: made unconfirmed, confirmed by the link's token, ended by the same token.</content>
public sealed partial class AlertRepository
{
    private const string SubscriptionColumns = "id, email, language, target_kind, target, token, created_at, confirmed_at, unsubscribed_at, last_alert_id";

    /// <summary>
    /// Records an unconfirmed subscription and queues its confirmation e-mail in one transaction; the message's
    /// subject and body come from <paramref name="confirmation"/>, given the new subscription (with its token).
    /// <see langword="null"/>, and nothing recorded, when <paramref name="email"/> was already sent
    /// <paramref name="confirmationsPerDay"/> confirmation e-mails in the last 24 hours.
    /// </summary>
    public async Task<AlertSubscription?> SubscribeAsync(
        string email,
        string language,
        AlertTargetKind kind,
        string target,
        Func<AlertSubscription, (string Subject, string Body)> confirmation,
        int confirmationsPerDay = int.MaxValue,
        CancellationToken cancellationToken = default)
    {
        DateTime now = time.GetUtcNow().UtcDateTime;
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        long recent = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM alert_messages WHERE kind = 'confirm' AND recipient = $email AND created_at > $since",
            new { email, since = now.AddDays(-1) },
            transaction,
            cancellationToken: cancellationToken));
        if (recent >= confirmationsPerDay)
        {
            return null;
        }

        long id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('alert_subscription_ids')", transaction: transaction, cancellationToken: cancellationToken));
        AlertSubscription subscription = new(id, email, language, kind, target, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), now, null, null, 0);
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO alert_subscriptions ({SubscriptionColumns}) VALUES ($id, $email, $language, $kind, $target, $token, $now, NULL, NULL, 0)",
            new { id, email, language, kind = Slug(kind), target, token = subscription.Token, now },
            transaction,
            cancellationToken: cancellationToken));
        (string subject, string body) = confirmation(subscription);
        await QueueAsync(connection, transaction, subscription, "confirm", subject, body, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return subscription;
    }

    /// <summary>Confirms the subscription of <paramref name="token"/>: alerts recorded from now on go to it. <see langword="null"/> for an unknown or ended one.</summary>
    public async Task<AlertSubscription?> ConfirmAsync(string token, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE alert_subscriptions SET confirmed_at = $now, last_alert_id = (SELECT coalesce(max(id), 0) FROM alerts)
            WHERE token = $token AND confirmed_at IS NULL AND unsubscribed_at IS NULL
            """,
            new { token, now = time.GetUtcNow().UtcDateTime },
            cancellationToken: cancellationToken));
        AlertSubscription? subscription = await FindAsync(connection, token, cancellationToken);
        return subscription is { UnsubscribedAt: null } ? subscription : null;
    }

    /// <summary>Ends the subscription of <paramref name="token"/>, deletes its address and drops its unsent messages; <see langword="false"/> for an unknown token.</summary>
    public async Task<bool> UnsubscribeAsync(string token, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await FindAsync(connection, token, cancellationToken) is not { } subscription)
        {
            return false;
        }

        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alert_subscriptions SET email = NULL, unsubscribed_at = coalesce(unsubscribed_at, $now) WHERE id = $id",
            new { id = subscription.Id, now = time.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM alert_messages WHERE subscription_id = $id AND sent_at IS NULL",
            new { id = subscription.Id },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The subscription of <paramref name="token"/>; <see langword="null"/> when there is none.</summary>
    public async Task<AlertSubscription?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, token, cancellationToken);
    }

    /// <summary>Every confirmed, running subscription.</summary>
    public async Task<IReadOnlyList<AlertSubscription>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<SubscriptionRow> rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {SubscriptionColumns} FROM alert_subscriptions WHERE confirmed_at IS NOT NULL AND unsubscribed_at IS NULL AND email IS NOT NULL ORDER BY id",
            cancellationToken: cancellationToken));
        return [.. rows.Select(ToSubscription)];
    }

    private static async Task<AlertSubscription?> FindAsync(DbConnection connection, string token, CancellationToken cancellationToken)
    {
        SubscriptionRow? row = await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {SubscriptionColumns} FROM alert_subscriptions WHERE token = $token",
            new { token },
            cancellationToken: cancellationToken));
        return row is null ? null : ToSubscription(row);
    }

    /// <summary>The stored form of a target kind: <c>area</c>, <c>indicator</c> or <c>profile</c>.</summary>
    public static string Slug(AlertTargetKind kind) => kind switch
    {
        AlertTargetKind.Area => "area",
        AlertTargetKind.Indicator => "indicator",
        _ => "profile",
    };

    /// <summary>Reads a target kind's slug (<see cref="Slug"/>).</summary>
    public static bool TryParseKind(string? slug, out AlertTargetKind kind)
    {
        foreach (AlertTargetKind candidate in Enum.GetValues<AlertTargetKind>())
        {
            if (Slug(candidate) == slug)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static AlertSubscription ToSubscription(SubscriptionRow row) => new(
        row.id,
        row.email,
        row.language,
        TryParseKind(row.target_kind, out AlertTargetKind kind) ? kind : throw new StoreException($"A subscription in the store has an unknown target kind '{row.target_kind}'."),
        row.target,
        row.token,
        row.created_at,
        row.confirmed_at,
        row.unsubscribed_at,
        row.last_alert_id);

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the schema.
    private sealed record SubscriptionRow(
        long id,
        string? email,
        string language,
        string target_kind,
        string target,
        string token,
        DateTime created_at,
        DateTime? confirmed_at,
        DateTime? unsubscribed_at,
        long last_alert_id);
#pragma warning restore IDE1006, CA1707
}
