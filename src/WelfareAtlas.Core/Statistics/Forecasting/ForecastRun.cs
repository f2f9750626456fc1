using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;

namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>
/// The forecast run: every area × indicator × breakdown series with at least five consecutive values at its end
/// gets a forecast with 80 % and 95 % prediction intervals inside the measure's range, and every indicator gets
/// a rolling-origin backtest of the same method on its own series, attached to each of its forecasts.
/// </summary>
/// <remarks>
/// <para>A series is the cells of one indicator, area, breakdown and period length, in period order; it is
/// fitted on its last unbroken run of periods with a value (a suppressed or missing period breaks it). Pooled
/// ranges are not forecast (they overlap and are not evenly spaced).</para>
/// <para>Model: the lowest AICc among simple, Holt linear and damped trend smoothing, and for monthly (m = 12) and
/// quarterly (m = 4) series with at least <see cref="MinimumSeasons"/> full seasons also their seasonal forms
/// (<see cref="ExponentialSmoothing"/>).</para>
/// <para>Scale (<see cref="SeriesForecaster"/>): proportions and crude rates whose every period has a numerator and
/// denominator are forecast as rates (numerator ÷ denominator) with Poisson-aware intervals at the last
/// denominator: proportions on the logit scale, rates on the log scale; counts the same with a denominator of 1;
/// other measures from their values: percentages (and proportions given as values) on the logit scale, non-negative
/// values on the log scale, anything else as it is. Forecasts are multiplied back to the indicator's scale.</para>
/// <para>Accuracy: per series, <see cref="RollingOriginBacktest"/> (training from <see cref="MinimumSeasons"/> seasons for a seasonal series) with the forecast's own horizon and at most
/// <see cref="ForecastRunOptions.BacktestOrigins"/> origins spread over the series, for at most
/// <see cref="ForecastRunOptions.BacktestSeries"/> of the indicator's series of each length (spread evenly over them);
/// errors and coverage are pooled over those series (<see cref="IndicatorForecastAccuracy"/>).</para>
/// <para>Pure and deterministic: series are independent, so they are computed in parallel and the result is the
/// same whatever the degree of parallelism.</para>
/// </remarks>
public static class ForecastRun
{
    /// <summary>
    /// Full seasons a series needs before seasonal models are considered, and the shortest training series of a
    /// seasonal backtest. Two seasons are the least the recursions can start from, but with 12 initial seasonal
    /// states AICc's penalty then rules the seasonal models out even on strongly seasonal data, so a backtest from
    /// two seasons scores non-seasonal models on seasonal series.
    /// </summary>
    public const int MinimumSeasons = 3;

    /// <summary>Forecasts every series of the given indicators.</summary>
    /// <param name="indicators">The indicators to forecast; cells of other indicators are ignored.</param>
    /// <param name="cells">The computed cells (all periods) of those indicators.</param>
    /// <param name="options">Horizons, backtest effort and parallelism; <see cref="ForecastRunOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Two cells for the same indicator, area, period and breakdown, or an indicator listed twice: a bug in the caller.</exception>
    public static ForecastRunResult Compute(IEnumerable<ForecastIndicator> indicators, IEnumerable<IndicatorCell> cells, ForecastRunOptions? options = null)
    {
        options ??= ForecastRunOptions.Default;
        Dictionary<IndicatorId, ForecastIndicator> byId = [];
        foreach (ForecastIndicator indicator in indicators)
        {
            if (!byId.TryAdd(indicator.Id, indicator))
            {
                throw new ArgumentException($"Indicator {indicator.Id} is listed twice.", nameof(indicators));
            }
        }

        List<SeriesJob> jobs = [.. cells
            .Where(c => byId.ContainsKey(c.Indicator) && PeriodSequence.IsRegular(c.Period.Kind))
            .GroupBy(c => new SeriesKey(c.Indicator, c.Area, c.Breakdown.Key, c.Period.Kind))
            .OrderBy(g => g.Key.Indicator.Value, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Area.Value, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Breakdown, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Kind)
            .Select(g => new SeriesJob(byId[g.Key.Indicator], g.Key, TrailingRun(g)))];
        HashSet<SeriesJob> backtested = ChooseBacktested(jobs, options.BacktestSeries);

        List<SeriesOutcome> outcomes = [.. jobs
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount)
            .Select(job => Forecast(job, backtested.Contains(job), options))];

        Dictionary<(IndicatorId, PeriodKind), IndicatorForecastAccuracy> accuracy = outcomes
            .Where(o => o.Backtest is not null)
            .GroupBy(o => (o.Job.Key.Indicator, o.Job.Key.Kind))
            .ToDictionary(g => g.Key, g => Pool(g.Key.Indicator, g.Key.Kind, options.HorizonFor(g.Key.Kind), [.. g.Select(o => o.Backtest!)]));

        List<SeriesForecast> forecasts = [.. outcomes
            .Where(o => o.Forecast is not null)
            .Select(o => o.Forecast! with { Accuracy = accuracy.GetValueOrDefault((o.Job.Key.Indicator, o.Job.Key.Kind)) })];
        return new ForecastRunResult(
            forecasts,
            [.. accuracy.Values.OrderBy(a => a.Indicator.Value, StringComparer.Ordinal).ThenBy(a => a.Frequency)],
            outcomes.Count(o => o.Forecast is null));
    }

    /// <summary>The cells of the last unbroken run of consecutive periods that have a value, oldest first.</summary>
    private static List<IndicatorCell> TrailingRun(IEnumerable<IndicatorCell> series)
    {
        List<IndicatorCell> ordered = [.. series.OrderBy(c => c.Period)];
        List<IndicatorCell> run = [];
        for (int i = ordered.Count - 1; i >= 0; i--)
        {
            IndicatorCell cell = ordered[i];
            if (i + 1 < ordered.Count && ordered[i + 1].Period == cell.Period)
            {
                throw new ArgumentException($"Two cells of {cell.Indicator} for {cell.Area} {cell.Period} {cell.Breakdown.Key}.", nameof(series));
            }

            if (cell.Estimate is null || (run.Count > 0 && PeriodSequence.Ordinal(cell.Period) != PeriodSequence.Ordinal(run[^1].Period) - 1))
            {
                if (run.Count > 0)
                {
                    break;
                }

                continue;
            }

            run.Add(cell);
        }

        run.Reverse();
        return run;
    }

    /// <summary>At most <paramref name="limit"/> series long enough to forecast per indicator and period length, spread evenly in run order.</summary>
    private static HashSet<SeriesJob> ChooseBacktested(List<SeriesJob> jobs, int limit)
    {
        HashSet<SeriesJob> chosen = new(ReferenceEqualityComparer.Instance);
        foreach (IGrouping<(IndicatorId, PeriodKind), SeriesJob> group in jobs
            .Where(j => j.Run.Count >= SeriesForecaster.MinimumPoints)
            .GroupBy(j => (j.Key.Indicator, j.Key.Kind)))
        {
            List<SeriesJob> candidates = [.. group];
            int taken = Math.Min(Math.Max(1, limit), candidates.Count);
            for (int i = 0; i < taken; i++)
            {
                chosen.Add(candidates[(int)((long)i * candidates.Count / taken)]);
            }
        }

        return chosen;
    }

    private static SeriesOutcome Forecast(SeriesJob job, bool backtest, ForecastRunOptions options)
    {
        List<IndicatorCell> run = job.Run;
        if (run.Count < SeriesForecaster.MinimumPoints)
        {
            return new SeriesOutcome(job, null, null);
        }

        PeriodKind kind = job.Key.Kind;
        int horizon = options.HorizonFor(kind);
        int m = PeriodSequence.SeasonLength(kind);
        if (run.Count < MinimumSeasons * m)
        {
            m = 1;
        }

        int? minimumTraining = m > 1 ? MinimumSeasons * m : null;
        ForecastIndicator indicator = job.Indicator;
        FittedForecast? fitted;
        BacktestResult? score = null;
        double factor;
        if (CountsOf(indicator, run) is { } counts)
        {
            double[] denominators = indicator.Measure == Measure.Count ? [.. run.Select(_ => 1.0)] : [.. run.Select(c => c.Denominator!.Value)];
            ForecastScale scale = indicator.Measure == Measure.Proportion ? ForecastScale.Proportion : ForecastScale.NonNegative;
            factor = indicator.Measure == Measure.Count ? 1 : indicator.Multiplier;
            fitted = SeriesForecaster.ForecastCounts(counts, denominators, scale, horizon, m);
            score = !backtest ? null : RollingOriginBacktest.RunCounts(counts, denominators, scale, horizon, m, minimumTraining, options.BacktestOrigins);
        }
        else
        {
            double[] values = [.. run.Select(c => c.Estimate!.Value)];
            (ForecastScale scale, double divisor) = ValueScale(indicator, values);
            double[] scaled = [.. values.Select(v => v / divisor)];
            factor = divisor;
            fitted = SeriesForecaster.Forecast(scaled, scale, horizon, m);
            score = !backtest ? null : RollingOriginBacktest.Run(scaled, scale, horizon, m, minimumTraining, options.BacktestOrigins);
        }

        if (fitted is null)
        {
            return new SeriesOutcome(job, null, null);
        }

        Period last = run[^1].Period;
        SeriesForecast forecast = new(
            indicator.Id,
            job.Key.Area,
            run[^1].Breakdown,
            kind,
            run[0].Period,
            last,
            run.Count,
            fitted.Fit.Model,
            fitted.Scale,
            fitted.PoissonAware,
            [.. fitted.Points.Select(p => new PeriodForecast(
                PeriodSequence.After(last, p.Step),
                p.Step,
                p.Value * factor,
                p.Lower80 * factor,
                p.Upper80 * factor,
                p.Lower95 * factor,
                p.Upper95 * factor))],
            null);
        return new SeriesOutcome(job, forecast, score);
    }

    /// <summary>The numerators when the series can be forecast as counts: proportions and rates with every denominator positive, or counts.</summary>
    private static double[]? CountsOf(ForecastIndicator indicator, List<IndicatorCell> run) => indicator.Measure switch
    {
        Measure.Proportion or Measure.CrudeRate when run.All(c => c.Numerator is >= 0 && c.Denominator is > 0) => [.. run.Select(c => c.Numerator!.Value)],
        Measure.Count when run.All(c => c.Numerator is >= 0) => [.. run.Select(c => c.Numerator!.Value)],
        _ => null,
    };

    /// <summary>The scale of a series of given values and what to divide them by to reach it.</summary>
    private static (ForecastScale Scale, double Divisor) ValueScale(ForecastIndicator indicator, double[] values)
    {
        double full = indicator.Measure == Measure.Proportion ? indicator.Multiplier : 100;
        if ((indicator.Measure == Measure.Proportion || indicator.Percentage) && full > 0 && values.All(v => v >= 0 && v <= full))
        {
            return (ForecastScale.Proportion, full);
        }

        return (values.All(v => v >= 0) ? ForecastScale.NonNegative : ForecastScale.Unbounded, 1);
    }

    /// <summary>
    /// The backtests of an indicator's series of one period length pooled, each series weighted by its forecasts
    /// scored. The seasonal naive MASE is pooled over the series that have one (those with <see cref="MinimumSeasons"/>
    /// seasons), so a few short series do not take it away from the whole indicator; <see langword="null"/> when no
    /// series has one.
    /// </summary>
    internal static IndicatorForecastAccuracy Pool(IndicatorId indicator, PeriodKind kind, int horizon, IReadOnlyList<BacktestResult> results)
    {
        double forecasts = results.Sum(r => r.Forecasts);
        List<BacktestResult> seasonal = [.. results.Where(r => r.SeasonalNaiveMase is not null && r.Forecasts > 0)];
        double seasonalForecasts = seasonal.Sum(r => r.Forecasts);
        return new IndicatorForecastAccuracy(
            indicator,
            kind,
            horizon,
            results.Count,
            results.Sum(r => r.Origins),
            results.Sum(r => r.Forecasts),
            results.Sum(r => r.Mase * r.Forecasts) / forecasts,
            results.Sum(r => r.NaiveMase * r.Forecasts) / forecasts,
            seasonal.Count > 0 ? seasonal.Sum(r => r.SeasonalNaiveMase!.Value * r.Forecasts) / seasonalForecasts : null,
            results.Sum(r => r.Coverage80 * r.Forecasts) / forecasts,
            results.Sum(r => r.Coverage95 * r.Forecasts) / forecasts);
    }

    private readonly record struct SeriesKey(IndicatorId Indicator, AreaCode Area, string Breakdown, PeriodKind Kind);

    private sealed record SeriesJob(ForecastIndicator Indicator, SeriesKey Key, List<IndicatorCell> Run);

    private sealed record SeriesOutcome(SeriesJob Job, SeriesForecast? Forecast, BacktestResult? Backtest);
}
