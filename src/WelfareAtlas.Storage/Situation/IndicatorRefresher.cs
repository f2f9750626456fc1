using System.Data.Common;
using Dapper;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Profiles;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Storage.Alerts;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Forecasts;
using WelfareAtlas.Storage.Indicators;
using WelfareAtlas.Storage.Profiles;

namespace WelfareAtlas.Storage.Situation;

/// <summary>
/// What follows a compute run: the forecasts and the "worse and worsening" statuses of every indicator whose cells are
/// newer than them are made again from the cells, and each status a run changed becomes an alert.
/// </summary>
/// <remarks>
/// <para>Called after every compute run by the code that starts it (the import, the rollback, <c>atlas compute</c>,
/// the start of a store with stale cells), and safe to call at any time: it finds its own work by comparing each
/// indicator's cells' run with the run recorded in <c>indicator_refreshes</c>, so a refresh that was interrupted or
/// skipped is made up by the next.</para>
/// <para>Disclosure: an indicator whose cells are the same for everyone gets one set of forecasts; one with hidden
/// cells gets forecasts for the public from the public's cells (hidden cells have no value and break the series) and
/// forecasts for analysts from every cell. Alerts go to anyone who subscribes, so they come from the public's cells.</para>
/// <para>The first refresh of an indicator records its statuses without raising alerts: a status nobody saw before
/// has not changed.</para>
/// </remarks>
/// <param name="dataSource">The store's connections.</param>
/// <param name="time">The clock for the records.</param>
public sealed class IndicatorRefresher(DbDataSource dataSource, TimeProvider time)
{
    /// <summary>The options of the forecast run; <see cref="ForecastRunOptions.Default"/> unless set.</summary>
    public ForecastRunOptions ForecastOptions { get; init; } = ForecastRunOptions.Default;

    /// <summary>The indicators whose cells come from a later compute run than their forecasts and statuses (or that have none yet).</summary>
    public async Task<IReadOnlyList<IndicatorId>> ListStaleAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<string> ids = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT i.indicator_id
            FROM (SELECT indicator_key, max(run_id) AS run_id FROM cell_blocks GROUP BY indicator_key) c
            JOIN observation_indicators i ON i.indicator_key = c.indicator_key
            LEFT JOIN indicator_refreshes r ON r.indicator_id = i.indicator_id
            WHERE r.run_id IS NULL OR r.run_id < c.run_id
            ORDER BY i.indicator_id
            """,
            cancellationToken: cancellationToken));
        return [.. ids.Select(IndicatorId.Parse)];
    }

    /// <summary>Refreshes every stale indicator (<see cref="ListStaleAsync"/>), one indicator at a time.</summary>
    /// <param name="cancellationToken">Cancels; the indicators done so far stay done, the others stay stale.</param>
    public async Task<RefreshOutcome> RefreshStaleAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<IndicatorId> stale = await ListStaleAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return new RefreshOutcome([], 0, 0);
        }

        Dictionary<IndicatorId, Indicator> indicators = (await new IndicatorRepository(dataSource).ListAsync(cancellationToken)).ToDictionary(i => i.Id);
        IReadOnlyList<Profile> profiles = await new ProfileRepository(dataSource).ListAsync(cancellationToken);
        CellRepository cells = new(dataSource);
        ForecastRepository forecasts = new(dataSource);
        AlertRepository alerts = new(dataSource, time);
        int series = 0;
        int raised = 0;
        List<IndicatorId> done = [];
        foreach (IndicatorId id in stale)
        {
            if (!indicators.TryGetValue(id, out Indicator? indicator))
            {
                continue;
            }

            (long runId, bool split, bool seen) = await StateAsync(id, cancellationToken);
            ForecastIndicator forecastIndicator = ForecastIndicator.From(indicator);
            IReadOnlyList<IndicatorCell> publicCells = SituationCells.ToIndicatorCells(await cells.ListIndicatorAsync(Audience.Public, id, cancellationToken));
            List<AudienceForecasts> results = [];
            if (split)
            {
                IReadOnlyList<IndicatorCell> analystCells = SituationCells.ToIndicatorCells(await cells.ListIndicatorAsync(Audience.Analyst, id, cancellationToken));
                results.Add(new AudienceForecasts(Audience.Public, ForecastRun.Compute([forecastIndicator], publicCells, ForecastOptions)));
                results.Add(new AudienceForecasts(Audience.Analyst, ForecastRun.Compute([forecastIndicator], analystCells, ForecastOptions)));
            }
            else
            {
                results.Add(new AudienceForecasts(null, ForecastRun.Compute([forecastIndicator], publicCells, ForecastOptions)));
            }

            await forecasts.ReplaceAsync(runId, [id], results, cancellationToken);
            series += results.Sum(r => r.Result.Forecasts.Count);
            raised += await alerts.RecordStatusesAsync(id, runId, profiles, publicCells, raiseAlerts: seen, cancellationToken);
            await MarkRefreshedAsync(id, runId, cancellationToken);
            done.Add(id);
        }

        return new RefreshOutcome(done, series, raised);
    }

    /// <summary>The run of the indicator's cells, whether it has cells for one audience only, and whether it was refreshed before.</summary>
    private async Task<(long RunId, bool Split, bool Seen)> StateAsync(IndicatorId id, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<(long, bool, bool)>(new CommandDefinition(
            """
            SELECT (SELECT max(run_id) FROM cell_blocks WHERE indicator_key = (SELECT indicator_key FROM observation_indicators WHERE indicator_id = $id)),
                   EXISTS (SELECT 1 FROM cell_blocks WHERE indicator_key = (SELECT indicator_key FROM observation_indicators WHERE indicator_id = $id)
                             AND audience_key NOT IN (SELECT text_key FROM cell_texts WHERE text = 'all')),
                   EXISTS (SELECT 1 FROM indicator_refreshes WHERE indicator_id = $id)
            """,
            new { id = id.Value },
            cancellationToken: cancellationToken));
    }

    private async Task MarkRefreshedAsync(IndicatorId id, long runId, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM indicator_refreshes WHERE indicator_id = $id", new { id = id.Value }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO indicator_refreshes VALUES ($id, $runId, $now)",
            new { id = id.Value, runId, now = time.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
