using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Statistics.Forecasting;
using WelfareAtlas.Storage.Forecasts;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Forecasts;

/// <summary>Forecasts and their accuracy: replaced per run and indicator, read back as written.</summary>
public abstract class ForecastRepositoryTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private static readonly IndicatorId Chat = IndicatorId.Parse("youth-chat-conversations");
    private static readonly IndicatorId Defaults = IndicatorId.Parse("payment-defaults");
    private static readonly AreaCode Kallio = AreaCode.Parse("00530");
    private static readonly AreaCode Malmi = AreaCode.Parse("00700");

    private ForecastRepository Forecasts => new(Store.DataSource);

    private static IndicatorForecastAccuracy ChatAccuracy { get; } = new(Chat, PeriodKind.Month, 12, 2, 10, 95, 0.71, 0.93, 0.88, 0.79, 0.94);

    private static IndicatorForecastAccuracy DefaultsAccuracy { get; } = new(Defaults, PeriodKind.Quarter, 4, 1, 5, 14, 1.12, 1.05, null, 0.85, 0.97);

    /// <summary>A monthly chat series for <paramref name="area"/> (topic breakdown) with three steps, and its accuracy.</summary>
    private static SeriesForecast ChatSeries(AreaCode area, double level) => new(
        Chat,
        area,
        new Breakdown(Sex.Total, AgeBand.All, "topic", "loneliness"),
        PeriodKind.Month,
        Period.OfMonth(2021, 1),
        Period.OfMonth(2025, 12),
        60,
        SmoothingModel.SeasonalDampedTrend,
        ForecastScale.NonNegative,
        true,
        [.. Enumerable.Range(1, 3).Select(step => new PeriodForecast(Period.OfMonth(2026, step), step, level + step, level, level + (2 * step), 0, level + (3 * step)))],
        ChatAccuracy);

    private static SeriesForecast DefaultsSeries() => new(
        Defaults,
        Kallio,
        Breakdown.Total with { Sex = Sex.Female },
        PeriodKind.Quarter,
        Period.OfQuarter(2019, 1),
        Period.OfQuarter(2025, 4),
        28,
        SmoothingModel.Simple,
        ForecastScale.Proportion,
        false,
        [new PeriodForecast(Period.OfQuarter(2026, 1), 1, 4.2, 3.9, 4.5, 3.7, 4.7)],
        DefaultsAccuracy);

    private static ForecastRunResult Run(params SeriesForecast[] forecasts) =>
        new(forecasts, [.. forecasts.Select(f => f.Accuracy!).Distinct()], 0);

    [Fact]
    public async Task ReplaceAsync_ThenList_ReadsEverySeriesBackWithItsAccuracy()
    {
        SeriesForecast kallio = ChatSeries(Kallio, 5);
        SeriesForecast malmi = ChatSeries(Malmi, 7.5);
        await Forecasts.ReplaceAsync(1, [Chat], Run(malmi, kallio), TestContext.Current.CancellationToken);

        IReadOnlyList<SeriesForecast> stored = await Forecasts.ListAsync(Audience.Public, Chat, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, stored.Count);
        SeriesForecast first = stored[0];
        Assert.Equal(kallio with { Forecasts = [] }, first with { Forecasts = [] });
        Assert.Equal(kallio.Forecasts, first.Forecasts);
        Assert.Equal("topic=loneliness", first.Breakdown.Key);
        Assert.Equal(ChatAccuracy, first.Accuracy);
        Assert.Equal(Malmi, stored[1].Area);
    }

    [Fact]
    public async Task ReplaceAsync_ManyAtOnceOfTheSameIndicator_AllFinish_AndOneRunsForecastsStay()
    {
        // Refreshes of one indicator from two processes (a CLI publish, a server's embargo release) overlapped: both
        // deleted, then the later insert failed on the forecasts' key.
        await Task.WhenAll(Enumerable.Range(1, 6).Select(run => Task.Run(
            () => Forecasts.ReplaceAsync(run, [Chat], Run(ChatSeries(Kallio, 5), ChatSeries(Malmi, 7.5)), TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken)));

        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(DISTINCT run_id) FROM forecasts"));
        Assert.Equal(6L, await ScalarAsync<long>("SELECT count(*) FROM forecasts"));
    }

    [Fact]
    public async Task ListAsync_OneArea_OnlyThatArea()
    {
        await Forecasts.ReplaceAsync(1, [Chat], Run(ChatSeries(Kallio, 5), ChatSeries(Malmi, 7.5)), TestContext.Current.CancellationToken);

        SeriesForecast only = Assert.Single(await Forecasts.ListAsync(Audience.Public, Chat, Malmi, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(Malmi, only.Area);
        Assert.Equal([8.5, 9.5, 10.5], only.Forecasts.Select(f => f.Value));
    }

    [Fact]
    public async Task ReplaceAsync_SecondRun_ReplacesOnlyItsIndicators()
    {
        await Forecasts.ReplaceAsync(1, [Chat, Defaults], Run(ChatSeries(Kallio, 5), ChatSeries(Malmi, 7.5), DefaultsSeries()), TestContext.Current.CancellationToken);

        // Run 2 forecasts the chat again, for Kallio only; the payment defaults keep run 1's forecast.
        await Forecasts.ReplaceAsync(2, [Chat], Run(ChatSeries(Kallio, 6)), TestContext.Current.CancellationToken);

        SeriesForecast chat = Assert.Single(await Forecasts.ListAsync(Audience.Public, Chat, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(7, chat.Forecasts[0].Value);
        SeriesForecast defaults = Assert.Single(await Forecasts.ListAsync(Audience.Public, Defaults, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(4.2, defaults.Forecasts[0].Value);
        Assert.Equal("sex=female", defaults.Breakdown.Key);
    }

    [Fact]
    public async Task ListAccuracyAsync_KeepsNullSeasonalNaiveAndTheVerdict()
    {
        await Forecasts.ReplaceAsync(1, [Chat, Defaults], Run(ChatSeries(Kallio, 5), DefaultsSeries()), TestContext.Current.CancellationToken);

        IReadOnlyList<IndicatorForecastAccuracy> accuracy = await Forecasts.ListAccuracyAsync(Audience.Analyst, TestContext.Current.CancellationToken);

        Assert.Equal([DefaultsAccuracy, ChatAccuracy], accuracy);
        Assert.False(accuracy[0].BeatsNaive);
        Assert.Null(accuracy[0].SeasonalNaiveMase);
        Assert.True(accuracy[1].BeatsNaive);
    }

    [Fact]
    public async Task ReplaceAsync_ResultWithAnotherIndicator_ThrowsAndChangesNothing()
    {
        await Forecasts.ReplaceAsync(1, [Defaults], Run(DefaultsSeries()), TestContext.Current.CancellationToken);

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => Forecasts.ReplaceAsync(2, [Defaults], Run(ChatSeries(Kallio, 5)), TestContext.Current.CancellationToken));

        Assert.Contains("youth-chat-conversations", error.Message, StringComparison.Ordinal);
        Assert.Single(await Forecasts.ListAsync(Audience.Public, Defaults, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ReplaceAsync_PerAudience_EachAudienceReadsOnlyItsOwn()
    {
        // The indicator has hidden cells: the public's forecast (from the public's cells) differs from the analysts'.
        await Forecasts.ReplaceAsync(
            1,
            [Chat],
            [new AudienceForecasts(Audience.Public, Run(ChatSeries(Kallio, 5))), new AudienceForecasts(Audience.Analyst, Run(ChatSeries(Kallio, 9), ChatSeries(Malmi, 2)))],
            TestContext.Current.CancellationToken);

        SeriesForecast published = Assert.Single(await Forecasts.ListAsync(Audience.Public, Chat, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(6, published.Forecasts[0].Value);
        IReadOnlyList<SeriesForecast> analysts = await Forecasts.ListAsync(Audience.Analyst, Chat, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([10.0, 3.0], analysts.Select(f => f.Forecasts[0].Value).ToArray());

        // A later run for everyone replaces both audiences' rows.
        await Forecasts.ReplaceAsync(2, [Chat], Run(ChatSeries(Malmi, 1)), TestContext.Current.CancellationToken);
        Assert.Equal(Malmi, Assert.Single(await Forecasts.ListAsync(Audience.Public, Chat, cancellationToken: TestContext.Current.CancellationToken)).Area);
        Assert.Equal(Malmi, Assert.Single(await Forecasts.ListAsync(Audience.Analyst, Chat, cancellationToken: TestContext.Current.CancellationToken)).Area);
    }
}
