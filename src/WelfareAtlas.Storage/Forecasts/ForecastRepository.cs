using System.Data.Common;
using System.Globalization;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Storage.Forecasts;

/// <summary>Writes a forecast run's forecasts and accuracy (tables <c>forecasts</c> and <c>forecast_accuracy</c>) and reads them back.</summary>
/// <param name="dataSource">The store's connections.</param>
public sealed class ForecastRepository(DbDataSource dataSource)
{
    private const string ForecastColumns =
        "run_id, indicator_id, area_code, breakdown, frequency, first_period, last_period, points, model, scale, poisson_aware, step, period, value, lower80, upper80, lower95, upper95";

    private const string AccuracyColumns =
        "run_id, indicator_id, frequency, horizon, series, origins, forecasts, mase, naive_mase, seasonal_naive_mase, coverage80, coverage95, beats_naive";

    /// <summary>
    /// Replaces the stored forecasts and accuracy of <paramref name="indicators"/> with those of <paramref name="result"/>
    /// in one transaction: a reader sees the previous run's forecasts or this run's, never a mix. Other indicators' rows stay.
    /// </summary>
    /// <param name="runId">The compute run that made the forecasts, kept with every row.</param>
    /// <param name="indicators">The indicators the run forecast (an indicator without any forecast now loses its old ones).</param>
    /// <param name="result">The run's output.</param>
    /// <param name="cancellationToken">Cancels; nothing is changed.</param>
    /// <exception cref="ArgumentException">The result holds an indicator not in <paramref name="indicators"/>: a bug in the caller.</exception>
    public async Task ReplaceAsync(long runId, IReadOnlyCollection<IndicatorId> indicators, ForecastRunResult result, CancellationToken cancellationToken = default)
    {
        HashSet<IndicatorId> replaced = [.. indicators];
        if (result.Forecasts.Select(f => f.Indicator).Concat(result.Accuracy.Select(a => a.Indicator)).FirstOrDefault(id => !replaced.Contains(id)) is { Value: not null } stray)
        {
            throw new ArgumentException($"The forecast run holds {stray}, which is not among the indicators being replaced.", nameof(result));
        }

        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        object[] ids = [.. replaced.Select(id => new { id = id.Value })];
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM forecasts WHERE indicator_id = $id", ids, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM forecast_accuracy WHERE indicator_id = $id", ids, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO forecasts ({ForecastColumns}, period_start)
            VALUES ($runId, $indicator, $area, $breakdown, $frequency, $firstPeriod, $lastPeriod, $points, $model, $scale, $poissonAware,
                    $step, $period, $value, $lower80, $upper80, $lower95, $upper95, CAST($periodStart AS DATE))
            """,
            result.Forecasts.SelectMany(series => series.Forecasts.Select(point => new
            {
                runId,
                indicator = series.Indicator.Value,
                area = series.Area.Value,
                breakdown = series.Breakdown.Key,
                frequency = ForecastSlugs.Of(series.Frequency),
                firstPeriod = series.FirstPeriod.ToString(),
                lastPeriod = series.LastPeriod.ToString(),
                points = series.Points,
                model = ForecastSlugs.Of(series.Model),
                scale = ForecastSlugs.Of(series.Scale),
                poissonAware = series.PoissonAware,
                step = point.Step,
                period = point.Period.ToString(),
                periodStart = point.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                value = point.Value,
                lower80 = point.Lower80,
                upper80 = point.Upper80,
                lower95 = point.Lower95,
                upper95 = point.Upper95,
            })),
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO forecast_accuracy ({AccuracyColumns})
            VALUES ($runId, $indicator, $frequency, $horizon, $series, $origins, $forecasts, $mase, $naiveMase, $seasonalNaiveMase, $coverage80, $coverage95, $beatsNaive)
            """,
            result.Accuracy.Select(accuracy => new
            {
                runId,
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
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The accuracy of every forecast indicator, by indicator and period length.</summary>
    public async Task<IReadOnlyList<IndicatorForecastAccuracy>> ListAccuracyAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        IEnumerable<AccuracyRow> rows = await connection.QueryAsync<AccuracyRow>(new CommandDefinition(
            $"SELECT {AccuracyColumns} FROM forecast_accuracy ORDER BY indicator_id, frequency",
            cancellationToken: cancellationToken));
        return [.. rows.Select(ToAccuracy)];
    }

    /// <summary>
    /// The forecasts of <paramref name="indicator"/> (of one area when <paramref name="area"/> is given), each with its
    /// steps in order and the indicator's accuracy attached; ordered by area, breakdown and period length.
    /// </summary>
    public async Task<IReadOnlyList<SeriesForecast>> ListAsync(IndicatorId indicator, AreaCode? area = null, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        Dictionary<string, IndicatorForecastAccuracy> accuracy = (await connection.QueryAsync<AccuracyRow>(new CommandDefinition(
                $"SELECT {AccuracyColumns} FROM forecast_accuracy WHERE indicator_id = $indicator",
                new { indicator = indicator.Value },
                cancellationToken: cancellationToken)))
            .ToDictionary(row => row.frequency, ToAccuracy);
        IEnumerable<ForecastRow> rows = await connection.QueryAsync<ForecastRow>(new CommandDefinition(
            $"""
            SELECT {ForecastColumns} FROM forecasts -- period_start is for range queries; the period text says it all
            WHERE indicator_id = $indicator AND ($area IS NULL OR area_code = $area)
            ORDER BY area_code, breakdown, frequency, step
            """,
            new { indicator = indicator.Value, area = area?.Value },
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
