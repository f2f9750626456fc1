using WelfareAtlas.Periods;

namespace WelfareAtlas.Statistics.Forecasting;

/// <summary>How far a forecast run looks ahead and how much it spends on backtests.</summary>
/// <param name="YearHorizon">Steps ahead for yearly series.</param>
/// <param name="QuarterHorizon">Steps ahead for quarterly series.</param>
/// <param name="MonthHorizon">Steps ahead for monthly series.</param>
/// <param name="WeekHorizon">Steps ahead for weekly series.</param>
/// <param name="BacktestOrigins">At most this many rolling origins per series, spread evenly over the series (the last included).</param>
/// <param name="BacktestSeries">At most this many series backtested per indicator and period length, spread evenly over its series in area and breakdown order; the pooled MASE and coverage of a few hundred series are as informative as of thousands, at a fraction of the cost.</param>
/// <param name="MaxDegreeOfParallelism">Series forecast at once; −1 for one per processor.</param>
public sealed record ForecastRunOptions(
    int YearHorizon = 3,
    int QuarterHorizon = 4,
    int MonthHorizon = 12,
    int WeekHorizon = 8,
    int BacktestOrigins = 5,
    int BacktestSeries = 200,
    int MaxDegreeOfParallelism = -1)
{
    /// <summary>The defaults: 3 years, 4 quarters, 12 months, 8 weeks ahead; 5 backtest origins per series, 200 series per indicator.</summary>
    public static ForecastRunOptions Default { get; } = new();

    /// <summary>Steps ahead for series of <paramref name="kind"/>.</summary>
    public int HorizonFor(PeriodKind kind) => kind switch
    {
        PeriodKind.Quarter => QuarterHorizon,
        PeriodKind.Month => MonthHorizon,
        PeriodKind.Week => WeekHorizon,
        _ => YearHorizon,
    };
}
