using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;

namespace WelfareAtlas.Storage.Alerts;

/// <summary>
/// Alerts: the "worse and worsening" statuses and their changes (tables <c>worse_worsening</c>, <c>alerts</c>), the
/// subscriptions (<c>alert_subscriptions</c>) and the outbox of e-mails (<c>alert_messages</c>).
/// </summary>
/// <param name="dataSource">The store's connections.</param>
/// <param name="time">The clock for the records.</param>
public sealed partial class AlertRepository(DbDataSource dataSource, TimeProvider time)
{
    private const string AlertColumns = "id, run_id, created_at, entered, profile_id, indicator_id, area_code, breakdown, period, value, benchmark_value";

    /// <summary>The newest alerts first, at most <paramref name="limit"/>; of one area when <paramref name="area"/> is given.</summary>
    public async Task<IReadOnlyList<Alert>> ListAlertsAsync(int limit, AreaCode? area = null, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<AlertRow> rows = await connection.QueryAsync<AlertRow>(new CommandDefinition(
            $"SELECT {AlertColumns} FROM alerts WHERE ($area IS NULL OR area_code = $area) ORDER BY id DESC LIMIT $limit",
            new { area = area?.Value, limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(ToAlert)];
    }

    /// <summary>The alerts after <paramref name="afterId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Alert>> ListAlertsAfterAsync(long afterId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<AlertRow> rows = await connection.QueryAsync<AlertRow>(new CommandDefinition(
            $"SELECT {AlertColumns} FROM alerts WHERE id > $afterId ORDER BY id",
            new { afterId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(ToAlert)];
    }

    private static Alert ToAlert(AlertRow row) => new(
        row.id,
        row.run_id,
        row.created_at,
        row.entered,
        row.profile_id,
        IndicatorId.Parse(row.indicator_id),
        AreaCode.Parse(row.area_code),
        row.breakdown,
        Period.Parse(row.period),
        row.value,
        row.benchmark_value);

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the schema.
    private sealed record AlertRow(
        long id,
        long run_id,
        DateTime created_at,
        bool entered,
        string profile_id,
        string indicator_id,
        string area_code,
        string breakdown,
        string period,
        double value,
        double? benchmark_value);
#pragma warning restore IDE1006, CA1707
}
