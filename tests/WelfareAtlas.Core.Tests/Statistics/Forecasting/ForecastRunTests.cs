using WelfareAtlas.Areas;
using WelfareAtlas.Indicators;
using WelfareAtlas.Localisation;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.ProfileCells;
using WelfareAtlas.Statistics.Forecasting;

namespace WelfareAtlas.Core.Tests.Statistics.Forecasting;

public sealed class ForecastRunTests
{
    private static readonly AreaCode City = AreaCode.Parse("091");
    private static readonly AreaCode District = AreaCode.Parse("0915503000");

    /// <summary>Twenty sub-districts 0915503301 … 0915503320 under one district under the city.</summary>
    private static readonly AreaCode[] SubDistricts = [.. Enumerable.Range(1, 20).Select(i => AreaCode.Parse($"0915503{300 + i}"))];

    private static readonly Dictionary<AreaCode, Area> Areas = new List<Area>
    {
        new(City, AreaType.City, LocalisedText.Same("Helsinki"), null),
        new(District, AreaType.District, LocalisedText.Same("Malmi"), City),
    }.Concat(SubDistricts.Select(code => new Area(code, AreaType.SubDistrict, LocalisedText.Same(code.Value), District))).ToDictionary(a => a.Code);

    private static double Wiggle(int t, double amplitude) => amplitude * Math.Sin((t * 2.399963) + 0.5);

    private static IReadOnlyList<IndicatorCell> Cells(ForecastIndicator indicator, IEnumerable<Observation> observations) =>
        CellCalculator.Compute(new IndicatorMethod(indicator.Id, indicator.Measure, indicator.Multiplier), Areas, observations);

    private static ForecastIndicator Indicator(string id, Measure measure, double multiplier, bool percentage = false) =>
        new(IndicatorId.Parse(id), measure, multiplier, percentage);

    /// <summary>A yearly proportion (per cent) 2015–2024 in every sub-district: 8 % + 0.1 point per area, gently rising, 3 000 people.</summary>
    private static (ForecastIndicator Indicator, IReadOnlyList<IndicatorCell> Cells) YearlyShares()
    {
        ForecastIndicator indicator = Indicator("payment-defaults", Measure.Proportion, 100);
        List<Observation> observations = [];
        for (int i = 0; i < SubDistricts.Length; i++)
        {
            for (int year = 2015; year <= 2024; year++)
            {
                double share = 0.08 + (0.001 * i) + (0.002 * (year - 2015)) + Wiggle((i * 10) + year, 0.004);
                observations.Add(new Observation(indicator.Id, SubDistricts[i], Period.OfYear(year), Breakdown.Total, Math.Round(share * 3_000), 3_000));
            }
        }

        return (indicator, Cells(indicator, observations));
    }

    /// <summary>Five years of monthly grocery shares (a given percentage) with a summer peak of +4 points in July.</summary>
    private static (ForecastIndicator Indicator, IReadOnlyList<IndicatorCell> Cells) MonthlySeasonalShares()
    {
        ForecastIndicator indicator = Indicator("grocery-vegetables-fruit", Measure.Value, 1, percentage: true);
        List<Observation> observations = [];
        for (int i = 0; i < 6; i++)
        {
            for (int t = 0; t < 60; t++)
            {
                double value = 20 + i + (4 * Math.Cos(2 * Math.PI * ((t % 12) - 6) / 12)) + Wiggle((i * 60) + t, 0.4);
                observations.Add(new Observation(indicator.Id, SubDistricts[i], Period.OfMonth(2021 + (t / 12), (t % 12) + 1), Breakdown.Total, null, null, value));
            }
        }

        return (indicator, Cells(indicator, observations));
    }

    [Fact]
    public void Compute_YearlyProportions_ForecastsEverySeriesThreeYearsAheadInsideTheRange()
    {
        (ForecastIndicator indicator, IReadOnlyList<IndicatorCell> cells) = YearlyShares();

        ForecastRunResult result = ForecastRun.Compute([indicator], cells);

        Assert.Equal(SubDistricts.Length, result.Forecasts.Count);
        Assert.Equal(0, result.SeriesTooShort);
        SeriesForecast first = result.Forecasts[0];
        Assert.Equal(SubDistricts[0], first.Area);
        Assert.Equal(Period.OfYear(2015), first.FirstPeriod);
        Assert.Equal(Period.OfYear(2024), first.LastPeriod);
        Assert.Equal(10, first.Points);
        Assert.True(first.PoissonAware);
        Assert.Equal(ForecastScale.Proportion, first.Scale);
        Assert.Equal([Period.OfYear(2025), Period.OfYear(2026), Period.OfYear(2027)], first.Forecasts.Select(f => f.Period));

        // On the percentage scale: near 8–12 % and never outside 0–100.
        Assert.All(result.Forecasts.SelectMany(f => f.Forecasts), p =>
        {
            Assert.InRange(p.Value, 5, 15);
            Assert.True(p.Lower95 >= 0 && p.Lower95 <= p.Lower80 && p.Lower80 <= p.Value && p.Value <= p.Upper80 && p.Upper80 <= p.Upper95 && p.Upper95 <= 100);
        });
    }

    [Fact]
    public void Compute_YearlyProportions_AttachesThePooledBacktestToEveryForecast()
    {
        (ForecastIndicator indicator, IReadOnlyList<IndicatorCell> cells) = YearlyShares();

        ForecastRunResult result = ForecastRun.Compute([indicator], cells);

        IndicatorForecastAccuracy accuracy = Assert.Single(result.Accuracy);
        Assert.Equal(PeriodKind.Year, accuracy.Frequency);
        Assert.Equal(3, accuracy.Horizon);
        Assert.Equal(SubDistricts.Length, accuracy.Series);

        // Ten points, training from 5: origins 5…9, all five taken; steps inside the series 3 + 3 + 3 + 2 + 1 = 12.
        Assert.Equal(5 * SubDistricts.Length, accuracy.Origins);
        Assert.Equal(12 * SubDistricts.Length, accuracy.Forecasts);
        Assert.Null(accuracy.SeasonalNaiveMase);
        Assert.InRange(accuracy.Coverage80, 0, 1);
        Assert.InRange(accuracy.Coverage95, accuracy.Coverage80, 1);
        Assert.All(result.Forecasts, f => Assert.Same(accuracy, f.Accuracy));
    }

    [Fact]
    public void Compute_SuppressedPeriod_FitsOnTheRunAfterTheGap()
    {
        (ForecastIndicator indicator, IReadOnlyList<IndicatorCell> cells) = YearlyShares();

        // 2018 suppressed for the first sub-district: the series restarts in 2019 (six points).
        List<Observation> observations = [.. cells.Select(c => c.Area == SubDistricts[0] && c.Period == Period.OfYear(2018)
            ? new Observation(indicator.Id, c.Area, c.Period, c.Breakdown, null, null, Status: ObservationStatus.SuppressedBySource)
            : new Observation(indicator.Id, c.Area, c.Period, c.Breakdown, c.Numerator, c.Denominator))];

        ForecastRunResult result = ForecastRun.Compute([indicator], Cells(indicator, observations));

        SeriesForecast first = result.Forecasts.Single(f => f.Area == SubDistricts[0]);
        Assert.Equal(Period.OfYear(2019), first.FirstPeriod);
        Assert.Equal(6, first.Points);
    }

    [Fact]
    public void Compute_FourPoints_NoForecastAndCountedAsTooShort()
    {
        ForecastIndicator indicator = Indicator("school-absence", Measure.Proportion, 100);
        Observation[] observations = [.. Enumerable.Range(2021, 4).Select(year => new Observation(indicator.Id, SubDistricts[0], Period.OfYear(year), Breakdown.Total, 30, 400))];

        ForecastRunResult result = ForecastRun.Compute([indicator], Cells(indicator, observations));

        Assert.Empty(result.Forecasts);
        Assert.Empty(result.Accuracy);
        Assert.Equal(1, result.SeriesTooShort);
    }

    [Fact]
    public void Compute_MonthlySeason_ChoosesSeasonalModelsAndBeatsBothNaives()
    {
        (ForecastIndicator indicator, IReadOnlyList<IndicatorCell> cells) = MonthlySeasonalShares();

        ForecastRunResult result = ForecastRun.Compute([indicator], cells);

        Assert.Equal(6, result.Forecasts.Count);
        Assert.All(result.Forecasts, f => Assert.Contains(f.Model, new[] { SmoothingModel.Seasonal, SmoothingModel.SeasonalHoltLinear, SmoothingModel.SeasonalDampedTrend }));
        SeriesForecast first = result.Forecasts[0];
        Assert.Equal(ForecastScale.Proportion, first.Scale);
        Assert.False(first.PoissonAware);
        Assert.Equal(12, first.Forecasts.Count);
        Assert.Equal(Period.OfMonth(2026, 1), first.Forecasts[0].Period);

        // The next July (step 7) is near 20 + 4 and the next January near 20 − 4·cos(π/6)·… ≈ 16.5 for the first area.
        Assert.InRange(first.Forecasts[6].Value, 22.5, 25.5);
        Assert.InRange(first.Forecasts[0].Value, 15, 18);

        IndicatorForecastAccuracy accuracy = Assert.Single(result.Accuracy);
        Assert.NotNull(accuracy.SeasonalNaiveMase);
        Assert.True(accuracy.BeatsNaive, $"MASE {accuracy.Mase}, naive {accuracy.NaiveMase}, seasonal naive {accuracy.SeasonalNaiveMase}");
        Assert.True(accuracy.Mase < accuracy.NaiveMase / 2);
    }

    [Fact]
    public void Compute_MonthlySeasonWithOneShortSeries_KeepsTheSeasonalNaiveOfTheOthers()
    {
        (ForecastIndicator indicator, IReadOnlyList<IndicatorCell> cells) = MonthlySeasonalShares();
        // A seventh area with only the last 30 months (2½ seasons): forecast and backtested without a season.
        List<Observation> observations = [.. cells.Select(c => new Observation(indicator.Id, c.Area, c.Period, c.Breakdown, null, null, c.Estimate!.Value))];
        for (int t = 30; t < 60; t++)
        {
            observations.Add(new Observation(indicator.Id, SubDistricts[6], Period.OfMonth(2021 + (t / 12), (t % 12) + 1), Breakdown.Total, null, null, 25 + (4 * Math.Cos(2 * Math.PI * ((t % 12) - 6) / 12))));
        }

        ForecastRunResult result = ForecastRun.Compute([indicator], Cells(indicator, observations));

        IndicatorForecastAccuracy accuracy = Assert.Single(result.Accuracy);
        Assert.Equal(7, accuracy.Series);
        Assert.NotNull(accuracy.SeasonalNaiveMase);
        // Without the short series the six long ones pool to the same seasonal naive MASE.
        IndicatorForecastAccuracy longOnly = Assert.Single(ForecastRun.Compute([indicator], cells).Accuracy);
        Assert.Equal(longOnly.SeasonalNaiveMase!.Value, accuracy.SeasonalNaiveMase!.Value, 12);
    }

    [Fact]
    public void Pool_SomeSeriesWithoutSeason_SeasonalNaiveWeightedOverThoseWithOne()
    {
        BacktestResult[] results =
        [
            // 24 forecasts, seasonal naive 0.5; 12 forecasts, seasonal naive 2.0; 36 forecasts of a series too short for a season.
            new(2, 24, Mase: 0.8, NaiveMase: 1.0, SeasonalNaiveMase: 0.5, Coverage80: 0.75, Coverage95: 1.0),
            new(1, 12, Mase: 1.1, NaiveMase: 1.3, SeasonalNaiveMase: 2.0, Coverage80: 1.0, Coverage95: 1.0),
            new(3, 36, Mase: 0.9, NaiveMase: 1.2, SeasonalNaiveMase: null, Coverage80: 0.5, Coverage95: 0.75),
        ];

        IndicatorForecastAccuracy pooled = ForecastRun.Pool(IndicatorId.Parse("grocery"), PeriodKind.Month, 12, results);

        Assert.Equal(3, pooled.Series);
        Assert.Equal(6, pooled.Origins);
        Assert.Equal(72, pooled.Forecasts);
        // (0.8·24 + 1.1·12 + 0.9·36) / 72 and (1.0·24 + 1.3·12 + 1.2·36) / 72 over all series;
        Assert.Equal(((0.8 * 24) + (1.1 * 12) + (0.9 * 36)) / 72, pooled.Mase, 12);
        Assert.Equal(((1.0 * 24) + (1.3 * 12) + (1.2 * 36)) / 72, pooled.NaiveMase, 12);
        // seasonal naive (0.5·24 + 2.0·12) / 36 = 1.0 over the two that have one.
        Assert.Equal(1.0, pooled.SeasonalNaiveMase!.Value, 12);
        Assert.Equal(((0.75 * 24) + (1.0 * 12) + (0.5 * 36)) / 72, pooled.Coverage80, 12);
    }

    [Fact]
    public void Pool_NoSeriesWithSeason_NoSeasonalNaive()
    {
        BacktestResult[] results = [new(2, 6, 0.8, 1.0, null, 0.5, 1.0), new(1, 3, 0.9, 1.1, null, 1.0, 1.0)];

        IndicatorForecastAccuracy pooled = ForecastRun.Pool(IndicatorId.Parse("yearly"), PeriodKind.Year, 3, results);

        Assert.Null(pooled.SeasonalNaiveMase);
        Assert.True(pooled.BeatsNaive);
    }

    [Fact]
    public void Compute_RandomWalks_SaysItDoesNotBeatNaive()
    {
        // A random walk's best forecast is its last value: no smoothing model can beat naive on it.
        ForecastIndicator indicator = Indicator("random-walk", Measure.Value, 1);
        Random random = new(20261123);
        List<Observation> observations = [];
        foreach (AreaCode area in SubDistricts)
        {
            double level = 0;
            for (int year = 2001; year <= 2024; year++)
            {
                level += (2 * random.NextDouble()) - 1;
                observations.Add(new Observation(indicator.Id, area, Period.OfYear(year), Breakdown.Total, null, null, level));
            }
        }

        ForecastRunResult result = ForecastRun.Compute([indicator], Cells(indicator, observations));

        IndicatorForecastAccuracy accuracy = Assert.Single(result.Accuracy);
        Assert.False(accuracy.BeatsNaive, $"MASE {accuracy.Mase} against naive {accuracy.NaiveMase}");
        Assert.All(result.Forecasts, f => Assert.False(f.Accuracy!.BeatsNaive));

        // A walk that goes below zero is modelled as it is; one that stays above is kept non-negative.
        Assert.All(result.Forecasts.Where(f => observations.Any(o => o.Area == f.Area && o.Value < 0)), f => Assert.Equal(ForecastScale.Unbounded, f.Scale));
    }

    [Fact]
    public void Compute_LinearTrendAndFlatLevel_ChoosesTheModelOfEachStructure()
    {
        ForecastIndicator indicator = Indicator("mean-income", Measure.Value, 1);
        List<Observation> observations = [];
        for (int t = 0; t < 20; t++)
        {
            // The first area rises by 500 a year; the second stays at 30 000 with a little noise.
            observations.Add(new Observation(indicator.Id, SubDistricts[0], Period.OfYear(2005 + t), Breakdown.Total, null, null, 20_000 + (500 * t) + Wiggle(t, 20)));
            observations.Add(new Observation(indicator.Id, SubDistricts[1], Period.OfYear(2005 + t), Breakdown.Total, null, null, 30_000 + Wiggle(t, 300)));
        }

        ForecastRunResult result = ForecastRun.Compute([indicator], Cells(indicator, observations));

        SeriesForecast rising = result.Forecasts.Single(f => f.Area == SubDistricts[0]);
        SeriesForecast flat = result.Forecasts.Single(f => f.Area == SubDistricts[1]);
        Assert.Contains(rising.Model, new[] { SmoothingModel.HoltLinear, SmoothingModel.DampedTrend });
        Assert.Equal(SmoothingModel.Simple, flat.Model);
        // The line reaches 20 000 + 500 × 20 in 2025.
        Assert.InRange(rising.Forecasts[0].Value, 29_900, 30_100);
        Assert.Equal(ForecastScale.NonNegative, rising.Scale);
    }

    [Fact]
    public void Compute_SmallMonthlyCounts_RateScaleWithPoissonAwareIntervals()
    {
        // About two chats a month per 1 000 young people: a crude rate per 1 000.
        ForecastIndicator indicator = Indicator("youth-chat-conversations", Measure.CrudeRate, 1_000);
        double[] counts = [2, 1, 3, 2, 2, 1, 4, 2, 3, 2, 1, 2, 3, 2, 2, 3, 1, 2];
        Observation[] observations = [.. counts.Select((count, t) => new Observation(indicator.Id, SubDistricts[0], Period.OfMonth(2024 + (t / 12), (t % 12) + 1), Breakdown.Total, count, 1_000))];

        SeriesForecast forecast = Assert.Single(ForecastRun.Compute([indicator], Cells(indicator, observations)).Forecasts);

        Assert.True(forecast.PoissonAware);
        Assert.Equal(ForecastScale.NonNegative, forecast.Scale);
        Assert.Equal(Period.OfMonth(2025, 7), forecast.Forecasts[0].Period);

        // Per 1 000: a month with no chats and one with five are both inside the 95 % interval.
        Assert.Equal(0, forecast.Forecasts[0].Lower95);
        Assert.True(forecast.Forecasts[0].Upper95 >= 5, $"upper limit {forecast.Forecasts[0].Upper95}");
        Assert.InRange(forecast.Forecasts[0].Value, 1, 4);
    }

    [Fact]
    public void Compute_RandomProportions_LimitsAlwaysInsideZeroToHundred()
    {
        // Property over 40 seeded series of every shape: near 0, near 100, jumpy, tiny denominators.
        ForecastIndicator indicator = Indicator("any-share", Measure.Proportion, 100);
        Random random = new(7);
        List<Observation> observations = [];
        foreach (AreaCode area in SubDistricts)
        {
            double centre = random.NextDouble();
            double denominator = 1 + random.Next(200);
            for (int year = 2010; year <= 2024; year++)
            {
                double share = Math.Clamp(centre + (0.3 * (random.NextDouble() - 0.5)), 0, 1);
                observations.Add(new Observation(indicator.Id, area, Period.OfYear(year), Breakdown.Total, Math.Round(share * denominator), denominator));
            }
        }

        ForecastRunResult result = ForecastRun.Compute([indicator], Cells(indicator, observations));

        Assert.Equal(SubDistricts.Length, result.Forecasts.Count);
        Assert.All(result.Forecasts.SelectMany(f => f.Forecasts), p =>
        {
            Assert.InRange(p.Lower95, 0, 100);
            Assert.InRange(p.Upper95, 0, 100);
            Assert.InRange(p.Value, p.Lower95, p.Upper95);
        });
    }

    [Fact]
    public void Compute_AnyDegreeOfParallelism_SameResult()
    {
        (ForecastIndicator indicator, IReadOnlyList<IndicatorCell> cells) = YearlyShares();

        ForecastRunResult serial = ForecastRun.Compute([indicator], cells, new ForecastRunOptions(MaxDegreeOfParallelism: 1));
        ForecastRunResult parallel = ForecastRun.Compute([indicator], cells.Reverse(), new ForecastRunOptions(MaxDegreeOfParallelism: 4));

        Assert.Equal(serial.Accuracy, parallel.Accuracy);
        Assert.Equal(serial.Forecasts.Select(f => (f.Area, f.Model)), parallel.Forecasts.Select(f => (f.Area, f.Model)));
        Assert.Equal(serial.Forecasts.SelectMany(f => f.Forecasts), parallel.Forecasts.SelectMany(f => f.Forecasts));
    }

    [Fact]
    public void Compute_IndicatorListedTwice_Throws()
    {
        ForecastIndicator indicator = Indicator("twice", Measure.Count, 1);
        Assert.Throws<ArgumentException>(() => ForecastRun.Compute([indicator, indicator], []));
    }
}
