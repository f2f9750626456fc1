using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Profiles;
using WelfareAtlas.Situation;
using WelfareAtlas.Statistics.Comparisons;
using WelfareAtlas.Storage.Forecasts;

namespace WelfareAtlas.Storage.Alerts;

/// <content>The "worse and worsening" statuses and the alerts their changes raise.</content>
public sealed partial class AlertRepository
{
    /// <summary>
    /// Replaces the stored "worse and worsening" list of one indicator, for every profile that judges it, with the list
    /// <paramref name="cells"/> give (<see cref="SituationalPicture"/>, against the city), and records each series that
    /// entered or left a list as an alert; all in one transaction.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="runId">The compute run the cells come from.</param>
    /// <param name="profiles">The profiles; those without the indicator, or with no judgement of it, are skipped.</param>
    /// <param name="cells">The indicator's cells, all areas, periods and breakdowns, as the public sees them.</param>
    /// <param name="raiseAlerts">Whether changes are alerts; <see langword="false"/> for an indicator's first refresh, whose list is a baseline.</param>
    /// <param name="cancellationToken">Cancels; nothing is changed.</param>
    /// <returns>The alerts raised.</returns>
    public async Task<int> RecordStatusesAsync(IndicatorId indicator, long runId, IReadOnlyList<Profile> profiles, IReadOnlyList<IndicatorCell> cells, bool raiseAlerts, CancellationToken cancellationToken = default)
    {
        List<(string Profile, SituationFinding Finding)> now = [];
        List<(string Profile, WorseAndWorseningChange Change)> changes = [];
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        List<StatusRow> stored = [.. await connection.QueryAsync<StatusRow>(new CommandDefinition(
            "SELECT profile_id, indicator_id, area_code, breakdown, frequency, period, value, benchmark_value FROM worse_worsening WHERE indicator_id = $indicator",
            new { indicator = indicator.Value },
            cancellationToken: cancellationToken))];
        foreach (Profile profile in profiles)
        {
            Polarity polarity = profile.Indicators.FirstOrDefault(i => i.Indicator == indicator)?.Polarity ?? Polarity.NoJudgement;
            if (polarity == Polarity.NoJudgement)
            {
                continue;
            }

            List<SituationFinding> after = [.. SituationalPicture.Build(cells, _ => polarity).Where(f => f.Kind == SituationKind.WorseAndWorsening)];
            List<SituationFinding> before = [.. stored.Where(row => row.profile_id == profile.Id).Select(ToFinding)];
            now.AddRange(after.Select(f => (profile.Id, f)));
            changes.AddRange(SituationalPicture.WorseAndWorseningChanges(before, after).Select(c => (profile.Id, c)));
        }

        DateTime recorded = time.GetUtcNow().UtcDateTime;
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM worse_worsening WHERE indicator_id = $indicator", new { indicator = indicator.Value }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO worse_worsening VALUES ($profile, $indicator, $area, $breakdown, $frequency, $period, $value, $benchmark)",
            now.Select(pair => new
            {
                profile = pair.Profile,
                indicator = indicator.Value,
                area = pair.Finding.Area.Value,
                breakdown = pair.Finding.Breakdown.Key,
                frequency = ForecastSlugs.Of(pair.Finding.Period.Kind),
                period = pair.Finding.Period.ToString(),
                value = pair.Finding.Value,
                benchmark = pair.Finding.Reference,
            }),
            transaction,
            cancellationToken: cancellationToken));
        if (raiseAlerts)
        {
            foreach ((string profile, WorseAndWorseningChange change) in changes)
            {
                long id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('alert_ids')", transaction: transaction, cancellationToken: cancellationToken));
                SituationFinding finding = change.Finding;
                await connection.ExecuteAsync(new CommandDefinition(
                    $"INSERT INTO alerts ({AlertColumns}, frequency) VALUES ($id, $runId, $recorded, $entered, $profile, $indicator, $area, $breakdown, $period, $value, $benchmark, $frequency)",
                    new
                    {
                        id,
                        runId,
                        recorded,
                        entered = change.Entered,
                        profile,
                        indicator = indicator.Value,
                        area = finding.Area.Value,
                        breakdown = finding.Breakdown.Key,
                        period = finding.Period.ToString(),
                        value = finding.Value,
                        benchmark = finding.Reference,
                        frequency = ForecastSlugs.Of(finding.Period.Kind),
                    },
                    transaction,
                    cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return raiseAlerts ? changes.Count : 0;
    }

    private static SituationFinding ToFinding(StatusRow row) => new(
        SituationKind.WorseAndWorsening,
        IndicatorId.Parse(row.indicator_id),
        AreaCode.Parse(row.area_code),
        Period.Parse(row.period),
        Breakdown.TryParseKey(row.breakdown, out Breakdown breakdown, out string? error) ? breakdown : throw new StoreException($"A status in the store has a bad breakdown: {error}"),
        row.value,
        row.benchmark_value,
        true,
        null,
        "stored");

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the schema.
    private sealed record StatusRow(
        string profile_id,
        string indicator_id,
        string area_code,
        string breakdown,
        string frequency,
        string period,
        double value,
        double? benchmark_value);
#pragma warning restore IDE1006, CA1707
}
