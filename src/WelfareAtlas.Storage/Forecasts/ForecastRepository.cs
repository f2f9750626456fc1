using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Forecasts;

/// <summary>Writes a forecast run's forecasts and accuracy (tables <c>forecasts</c> and <c>forecast_accuracy</c>) and reads them back.</summary>
/// <remarks>
/// Forecasts follow the cells they were made from: rows for everyone (<c>all</c>) where the indicator's cells are the
/// same for everyone, else rows for the public (made from the public's cells only) and for analysts. Every read names
/// its <see cref="Audience"/> and gets the rows for everyone and for it, as <see cref="Cells.CellRepository"/> does.
/// </remarks>
/// <param name="dataSource">The store's connections.</param>
public sealed class ForecastRepository(DbDataSource dataSource)
{
    private const string ForecastColumns =
        "run_id, audience, indicator_id, area_code, breakdown, frequency, first_period, last_period, points, model, scale, poisson_aware, step, period, value, lower80, upper80, lower95, upper95";

    private const string AccuracyColumns =
        "run_id, audience, indicator_id, frequency, horizon, series, origins, forecasts, mase, naive_mase, seasonal_naive_mase, coverage80, coverage95, beats_naive";

    /// <summary>
    /// Replaces the stored forecasts and accuracy of <paramref name="indicators"/> with those of <paramref name="result"/>,
    /// for everyone (the indicators' cells are the same for every audience), in one transaction.
    /// </summary>
    /// <inheritdoc cref="ReplaceAsync(long, IReadOnlyCollection{IndicatorId}, IReadOnlyList{AudienceForecasts}, CancellationToken)"/>
    public Task ReplaceAsync(long runId, IReadOnlyCollection<IndicatorId> indicators, ForecastRunResult result, CancellationToken cancellationToken = default) =>
        ReplaceAsync(runId, indicators, [new AudienceForecasts(null, result)], cancellationToken);

    /// <summary>
    /// Replaces the stored forecasts and accuracy of <paramref name="indicators"/> (for every audience) with those of
    /// <paramref name="results"/> in one transaction: a reader sees the previous run's forecasts or this run's, never a
    /// mix. Other indicators' rows stay.
    /// </summary>
    /// <param name="runId">The compute run whose cells were forecast, kept with every row.</param>
    /// <param name="indicators">The indicators the run forecast (an indicator without any forecast now loses its old ones).</param>
    /// <param name="results">The run's output per audience: one for everyone, or one for the public and one for analysts.</param>
    /// <param name="cancellationToken">Cancels; nothing is changed.</param>
    /// <exception cref="ArgumentException">A result holds an indicator not in <paramref name="indicators"/>: a bug in the caller.</exception>
    public async Task ReplaceAsync(long runId, IReadOnlyCollection<IndicatorId> indicators, IReadOnlyList<AudienceForecasts> results, CancellationToken cancellationToken = default)
    {
        HashSet<IndicatorId> replaced = [.. indicators];
        foreach (ForecastRunResult result in results.Select(r => r.Result))
        {
            if (result.Forecasts.Select(f => f.Indicator).Concat(result.Accuracy.Select(a => a.Indicator)).FirstOrDefault(id => !replaced.Contains(id)) is { Value: not null } stray)
            {
                throw new ArgumentException($"The forecast run holds {stray}, which is not among the indicators being replaced.", nameof(results));
            }
        }

        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);

        // The forecasts are bulk-inserted into a staging table first and moved in one statement inside the transaction
        // (as the compute run does with cells): DuckDB's appender does not write in the connection's transaction, and
        // one INSERT per row took minutes for the demo's 77 000 forecast values on a loaded machine.
        await connection.ExecuteAsync(new CommandDefinition("CREATE TEMP TABLE staged_forecasts AS SELECT * FROM forecasts WHERE 1 = 0", cancellationToken: cancellationToken));
        try
        {
            await StageAsync(connection, runId, results, cancellationToken);
            // One replacement at a time: two refreshes of the same indicator (a CLI publish and a server's embargo
            // release) each deleted before either inserted, and the later insert failed on the forecasts' key.
            await using IAsyncDisposable replaceLock = await StoreEngine.Of(dataSource).LockAsync(connection, "forecasts", cancellationToken);
            await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
            object[] ids = [.. replaced.Select(id => new { id = id.Value })];
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM forecasts WHERE indicator_id = $id", ids, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM forecast_accuracy WHERE indicator_id = $id", ids, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO forecasts SELECT * FROM staged_forecasts", transaction: transaction, cancellationToken: cancellationToken));
            foreach ((Audience? audience, ForecastRunResult result) in results)
            {
                await InsertAccuracyAsync(connection, transaction, runId, StoredAudience(audience), result, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("DROP TABLE IF EXISTS staged_forecasts", cancellationToken: CancellationToken.None));
        }
    }

    private async Task StageAsync(DbConnection connection, long runId, IReadOnlyList<AudienceForecasts> results, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string Name, ColumnType Type)> columns = await StoreTables.ListColumnsAsync(connection, "forecasts", cancellationToken);
        string[] expected = ["run_id", "audience", "indicator_id", "area_code", "breakdown", "frequency", "first_period", "last_period", "points", "model", "scale", "poisson_aware", "step", "period", "period_start", "value", "lower80", "upper80", "lower95", "upper95"];
        if (!columns.Select(c => c.Name).SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw new StoreException($"The forecasts table has the columns {string.Join(", ", columns.Select(c => c.Name))}; this build writes {string.Join(", ", expected)}.");
        }

        await using BulkWriter writer = await StoreEngine.Of(dataSource).BeginBulkInsertAsync(connection, "staged_forecasts", [.. columns.Select(c => c.Type)], cancellationToken);
        foreach ((Audience? audience, ForecastRunResult result) in results)
        {
            string stored = StoredAudience(audience);
            foreach (SeriesForecast series in result.Forecasts)
            {
                string indicator = series.Indicator.Value;
                string area = series.Area.Value;
                string breakdown = series.Breakdown.Key;
                string frequency = ForecastSlugs.Of(series.Frequency);
                string first = series.FirstPeriod.ToString();
                string last = series.LastPeriod.ToString();
                string model = ForecastSlugs.Of(series.Model);
                string scale = ForecastSlugs.Of(series.Scale);
                foreach (PeriodForecast point in series.Forecasts)
                {
                    writer.StartRow();
                    writer.Write(runId);
                    writer.Write(stored);
                    writer.Write(indicator);
                    writer.Write(area);
                    writer.Write(breakdown);
                    writer.Write(frequency);
                    writer.Write(first);
                    writer.Write(last);
                    writer.Write(series.Points);
                    writer.Write(model);
                    writer.Write(scale);
                    writer.Write(series.PoissonAware);
                    writer.Write(point.Step);
                    writer.Write(point.Period.ToString());
                    writer.Write(point.Period.Start);
                    writer.Write(point.Value);
                    writer.Write(point.Lower80);
                    writer.Write(point.Upper80);
                    writer.Write(point.Lower95);
                    writer.Write(point.Upper95);
                    writer.EndRow();
                }
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertAccuracyAsync(DbConnection connection, DbTransaction transaction, long runId, string audience, ForecastRunResult result, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO forecast_accuracy ({AccuracyColumns})
            VALUES ($runId, $audience, $indicator, $frequency, $horizon, $series, $origins, $forecasts, $mase, $naiveMase, $seasonalNaiveMase, $coverage80, $coverage95, $beatsNaive)
            """,
            result.Accuracy.Select(accuracy => new
            {
                runId,
                audience,
                indicator = accuracy.Indicator.Value,
                frequency = ForecastSlugs.Of(accuracy.Frequency),
                horizon = accuracy.Horizon,
                series = accuracy.Series,
                origins = accuracy.Origins,
                forecasts = accuracy.Forecasts,
                mase = accuracy.Mase,
                naiveMase = accuracy.NaiveMase,
                seasonalNaiveMase = accuracy.SeasonalNaiveMase,
                coverage80 = accuracy.Coverage80,
                coverage95 = accuracy.Coverage95,
                beatsNaive = accuracy.BeatsNaive,
            }),
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>The accuracy of every forecast indicator as <paramref name="audience"/> sees it, by indicator and period length.</summary>
    public async Task<IReadOnlyList<IndicatorForecastAccuracy>> ListAccuracyAsync(Audience audience, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<AccuracyRow> rows = await connection.QueryAsync<AccuracyRow>(new CommandDefinition(
            $"SELECT {AccuracyColumns} FROM forecast_accuracy WHERE {ForAudience} ORDER BY indicator_id, frequency",
            new { audience = ReadAudience(audience) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(ToAccuracy)];
    }

    /// <summary>
    /// The forecasts of <paramref name="indicator"/> as <paramref name="audience"/> sees them (of one area when
    /// <paramref name="area"/> is given, of one breakdown when <paramref name="breakdown"/> is), each with its steps in
    /// order and the indicator's accuracy attached; ordered by area, breakdown and period length.
    /// </summary>
    public async Task<IReadOnlyList<SeriesForecast>> ListAsync(Audience audience, IndicatorId indicator, AreaCode? area = null, string? breakdown = null, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        Dictionary<string, IndicatorForecastAccuracy> accuracy = (await connection.QueryAsync<AccuracyRow>(new CommandDefinition(
                $"SELECT {AccuracyColumns} FROM forecast_accuracy WHERE {ForAudience} AND indicator_id = $indicator",
                new { audience = ReadAudience(audience), indicator = indicator.Value },
                cancellationToken: cancellationToken)))
            .ToDictionary(row => row.frequency, ToAccuracy);
        IEnumerable<ForecastRow> rows = await connection.QueryAsync<ForecastRow>(new CommandDefinition(
            $"""
            SELECT {ForecastColumns} FROM forecasts -- period_start is for range queries; the period text says it all
            WHERE {ForAudience} AND indicator_id = $indicator AND ($area IS NULL OR area_code = $area) AND ($breakdown IS NULL OR breakdown = $breakdown)
            ORDER BY area_code, breakdown, frequency, step
            """,
            new { audience = ReadAudience(audience), indicator = indicator.Value, area = area?.Value, breakdown },
            cancellationToken: cancellationToken));
        return [.. rows
            .GroupBy(row => (row.area_code, row.breakdown, row.frequency))
            .Select(series =>
            {
                ForecastRow first = series.First();
                return new SeriesForecast(
                    IndicatorId.Parse(first.indicator_id),
                    AreaCode.Parse(first.area_code),
                    ReadBreakdown(first.breakdown),
                    ForecastSlugs.Frequency(first.frequency),
                    Period.Parse(first.first_period),
                    Period.Parse(first.last_period),
                    first.points,
                    ForecastSlugs.Model(first.model),
                    ForecastSlugs.Scale(first.scale),
                    first.poisson_aware,
                    [.. series.Select(row => new PeriodForecast(Period.Parse(row.period), row.step, row.value, row.lower80, row.upper80, row.lower95, row.upper95))],
                    accuracy.GetValueOrDefault(first.frequency));
            })];
    }

    /// <summary>The rows an audience reads: those for everyone and those for it.</summary>
    private const string ForAudience = "audience IN ('all', $audience)";

    /// <summary>The audience column of rows written for <paramref name="audience"/>; <see langword="null"/> is everyone.</summary>
    private static string StoredAudience(Audience? audience) => audience switch
    {
        null => "all",
        Audience.Analyst => "analyst",
        _ => "public",
    };

    private static string ReadAudience(Audience audience) => audience == Audience.Analyst ? "analyst" : "public";

    private static Breakdown ReadBreakdown(string key) =>
        Breakdown.TryParseKey(key, out Breakdown breakdown, out string? error) ? breakdown : throw new StoreException($"A forecast in the store has a bad breakdown: {error}");

    private static IndicatorForecastAccuracy ToAccuracy(AccuracyRow row) => new(
        IndicatorId.Parse(row.indicator_id),
        ForecastSlugs.Frequency(row.frequency),
        row.horizon,
        row.series,
        row.origins,
        row.forecasts,
        row.mase,
        row.naive_mase,
        row.seasonal_naive_mase,
        row.coverage80,
        row.coverage95);

#pragma warning disable IDE1006, CA1707 // Dapper maps columns to these names as they are in the schema.
    private sealed record ForecastRow(
        long run_id,
        string audience,
        string indicator_id,
        string area_code,
        string breakdown,
        string frequency,
        string first_period,
        string last_period,
        int points,
        string model,
        string scale,
        bool poisson_aware,
        int step,
        string period,
        double value,
        double lower80,
        double upper80,
        double lower95,
        double upper95);

    private sealed record AccuracyRow(
        long run_id,
        string audience,
        string indicator_id,
        string frequency,
        int horizon,
        int series,
        int origins,
        int forecasts,
        double mase,
        double naive_mase,
        double? seasonal_naive_mase,
        double coverage80,
        double coverage95,
        bool beats_naive);
#pragma warning restore IDE1006, CA1707
}
