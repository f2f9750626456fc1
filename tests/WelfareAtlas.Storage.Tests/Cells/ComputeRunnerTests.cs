using System.Data.Common;
using Dapper;
using WelfareAtlas.Areas;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Cells;

/// <summary>Compute runs on a small store: cells from observations, sums of breakdowns, disclosure control, run records.</summary>
public abstract class ComputeRunnerTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private static readonly IndicatorId Share = IndicatorId.Parse("share");
    private static readonly IndicatorId Visits = IndicatorId.Parse("visits");

    private ComputeRunner Runner => new(Store.DataSource, TimeProvider.System);

    protected override async Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), cancellationToken);
        await TestIndicators.InsertAsync(dataSource, "share", "proportion", 100);
        await TestIndicators.InsertAsync(dataSource, "visits", "count");
    }

    [Fact]
    public async Task RunAll_WritesACellPerCurrentObservationWithValueLimitsAndComparisons()
    {
        Assert.False(await Runner.IsStaleAsync(Token));
        long batch = await ImportAsync("a", Share, (2023, 30, 100), (2024, 40, 100));
        Assert.True(await Runner.IsStaleAsync(Token));

        ComputeRun run = await Runner.RunAllAsync("full", Token);

        // Tapanila's two years, summed to Malmi, Koillinen and the city: 4 areas × 2 years.
        Assert.Equal(8, run.Cells);
        Assert.False(await Runner.IsStaleAsync(Token));
        IReadOnlyList<StoredCell> cells = await new CellRepository(Store.DataSource).ListForAreaAsync(Audience.Analyst, SampleGeography.Tapanila, [Share], "total", Token);
        Assert.Equal(["2023", "2024"], cells.Select(c => c.Period.ToString()));
        StoredCell latest = cells[^1];
        Assert.Equal(40.0, latest.Estimate!.Value, 10);
        Assert.True(latest.Estimate.Ci95!.Value.Lower < 40 && latest.Estimate.Ci95.Value.Upper > 40);
        Assert.True(latest.Estimate.Ci998!.Value.Lower < latest.Estimate.Ci95.Value.Lower);
        Assert.Equal(SampleGeography.City, latest.VersusCity.Benchmark);
        Assert.Equal(40.0, latest.VersusCity.BenchmarkValue!.Value, 10);
        Assert.Equal(batch, latest.BatchId);
        Assert.Null(latest.Derivation);
        Assert.Equal("sum", (await new CellRepository(Store.DataSource).ListForAreaAsync(Audience.Analyst, SampleGeography.City, [Share], "total", Token))[0].Derivation);
    }

    [Fact]
    public async Task IsStale_BatchLeftUncomputed_StaysStaleThroughRunsOfOtherIndicatorsUntilRunStaleComputesIt()
    {
        await ImportAsync("a", Share, (2023, 30, 100));
        await Runner.RunAllAsync("full", Token);
        // Imported without its compute run (atlas import --no-compute), then another indicator's batch and its run.
        await ImportAsync("b", Visits, (2023, 12, 0));
        await ImportAsync("c", Share, (2024, 40, 100));
        await Runner.RunAsync([Share], "import of batch c", Token);

        Assert.True(await Runner.IsStaleAsync(Token));
        ComputeRun run = (await Runner.RunStaleAsync("stale", Token))!;

        Assert.Equal(1, run.Indicators);
        Assert.Equal(["2023"], (await new CellRepository(Store.DataSource).ListForAreaAsync(Audience.Analyst, SampleGeography.Tapanila, [Visits], "total", Token)).Select(c => c.Period.ToString()));
        Assert.False(await Runner.IsStaleAsync(Token));
        Assert.Null(await Runner.RunStaleAsync("nothing stale", Token));
    }

    [Fact]
    public async Task IsStale_AfterARollback_UntilARunCoversTheBatchsIndicator()
    {
        await ImportAsync("a", Share, (2023, 30, 100));
        long visits = await ImportAsync("b", Visits, (2023, 12, 0));
        await Runner.RunAllAsync("full", Token);

        Assert.Equal(RollbackOutcome.RolledBack, await new ImportBatchRepository(Store.DataSource, TimeProvider.System).RollbackAsync(visits, "tester", Token));

        Assert.True(await Runner.IsStaleAsync(Token));
        await Runner.RunAsync([Share], "another indicator", Token);
        Assert.True(await Runner.IsStaleAsync(Token));
        Assert.Equal(1, (await Runner.RunStaleAsync("stale", Token))!.Indicators);
        Assert.Empty(await new CellRepository(Store.DataSource).ListForAreaAsync(Audience.Analyst, SampleGeography.Tapanila, [Visits], "total", Token));
        Assert.False(await Runner.IsStaleAsync(Token));
    }

    [Fact]
    public async Task Run_OfOneIndicator_ReplacesOnlyItsCells()
    {
        await ImportAsync("a", Share, (2023, 30, 100));
        await ImportAsync("b", Visits, (2023, 12, 0));
        await Runner.RunAllAsync("full", Token);
        long visitsRun = (await EveryCellAsync()).Where(c => c.Cell.Indicator == Visits).Max(c => c.RunId);

        await ImportAsync("c", Share, (2023, 35, 100), source: "share-v2");
        ComputeRun run = await Runner.RunAsync(await Runner.IndicatorsOfBatchAsync(3, Token), "import of batch 3", Token);

        Assert.Equal(1, run.Indicators);
        Assert.Equal(visitsRun, (await EveryCellAsync()).Where(c => c.Cell.Indicator == Visits).Max(c => c.RunId));
        Assert.Equal(run.Id, (await EveryCellAsync()).Where(c => c.Cell.Indicator == Share).Min(c => c.RunId));
    }

    [Fact]
    public async Task RunAll_Again_NumbersNoTextTwiceAndReadsTheSameCells()
    {
        await ImportAsync("a", Share, (2023, 30, 100), (2024, 40, 100));
        await ImportAsync("b", Visits, (2023, 12, 0));
        await Runner.RunAllAsync("full", Token);
        List<string> first = await DescribeEveryCellAsync();
        long texts = await ScalarAsync<long>("SELECT count(*) FROM cell_texts");

        await Runner.RunAllAsync("full", Token);

        // The second run finds every text numbered (cells keep keys: 0013), and the blocks (0014) read back the same cells.
        Assert.Equal(texts, await ScalarAsync<long>("SELECT count(*) FROM cell_texts"));
        Assert.Equal(first, await DescribeEveryCellAsync());
        Assert.Equal(first.Count, await ScalarAsync<long>("SELECT CAST(sum(cells) AS BIGINT) FROM cell_blocks"));
        Assert.Contains("sub-district", await QueryAsync<string>("SELECT text FROM cell_texts"));
    }

    [Fact]
    public async Task Run_TwoSourcesForTheSameKey_UsesTheDeliveredOneOverTheDerived()
    {
        // Tapanila's count delivered, and the same district total both summed from it and delivered by another source.
        await ImportAsync("a", Visits, (2023, 12, 0));
        await ImportAsync("b", Visits, (2023, 20, 0), source: "district-source", area: SampleGeography.Malmi);
        await Runner.RunAllAsync("full", Token);

        StoredCell malmi = (await new CellRepository(Store.DataSource).ListForAreaAsync(Audience.Analyst, SampleGeography.Malmi, [Visits], "total", Token)).Single();
        Assert.Equal(20.0, malmi.Numerator);
        Assert.Null(malmi.Derivation);
    }

    [Fact]
    public async Task Run_SmallCount_IsHiddenFromThePublicUpTheHierarchyAndShownToAnalysts()
    {
        await ImportAsync("a", Visits, (2023, 3, 0));

        await Runner.RunAllAsync("full", Token);

        CellRepository cells = new(Store.DataSource);
        StoredCell analyst = (await cells.ListForAreaAsync(Audience.Analyst, SampleGeography.Tapanila, [Visits], "total", Token)).Single();
        Assert.Equal(3.0, analyst.Numerator);
        Assert.NotNull(analyst.Estimate);
        Assert.Equal(CellState.PrimarySuppressed, analyst.Disclosure);
        Assert.Equal(SuppressionReason.NumeratorBelowMinimum, analyst.DisclosureReason);
        StoredCell published = (await cells.ListForAreaAsync(Audience.Public, SampleGeography.Tapanila, [Visits], "total", Token)).Single();
        Assert.Null(published.Numerator);
        Assert.Null(published.Estimate);
        Assert.Equal("suppressed", published.NoValueKind);
        Assert.Equal(CellState.Suppressed, published.Disclosure);
        Assert.Equal(SuppressionReason.Confidential, published.DisclosureReason);

        // Tapanila is Malmi's only child with data, so Malmi's sum, and the city's, would give it away.
        foreach (AreaCode above in new[] { SampleGeography.Malmi, SampleGeography.City })
        {
            StoredCell sum = (await cells.ListForAreaAsync(Audience.Public, above, [Visits], "total", Token)).Single();
            Assert.Null(sum.Numerator);
            Assert.Equal(CellState.Suppressed, sum.Disclosure);
        }
    }

    [Fact]
    public async Task Run_NothingHidden_WritesOneCellForEveryone()
    {
        await ImportAsync("a", Visits, (2023, 12, 0));

        await Runner.RunAllAsync("full", Token);

        Assert.Equal(["all"], (await EveryCellAsync()).Select(c => c.Audience).Distinct().ToArray());
        StoredCell cell = (await new CellRepository(Store.DataSource).ListForAreaAsync(Audience.Public, SampleGeography.Tapanila, [Visits], "total", Token)).Single();
        Assert.Equal(12.0, cell.Numerator);
        Assert.Equal(CellState.Published, cell.Disclosure);
    }

    [Fact]
    public async Task Run_ThatFails_LeavesThePreviousCells()
    {
        await ImportAsync("a", Share, (2023, 30, 100));
        await Runner.RunAllAsync("full", Token);
        long before = (await EveryCellAsync()).Count;
        using CancellationTokenSource cancelled = new();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner.RunAllAsync("full", cancelled.Token));

        Assert.Equal(before, (await EveryCellAsync()).Count);
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM compute_runs"));
    }

    [Fact]
    public async Task Run_WhoseReadingFails_ReportsWhyAndLeavesThePreviousCells()
    {
        await ImportAsync("a", Share, (2023, 30, 100));
        await ImportAsync("b", Visits, (2023, 12, 0));
        await Runner.RunAllAsync("full", Token);
        long before = (await EveryCellAsync()).Count;
        // A row whose area key the dimension table lacks: the reading, which overlaps the computing, fails.
        await ExecuteAsync(
            """
            INSERT INTO observation_rows (batch_id, indicator_key, area_key, period_key, breakdown_key, numerator, status_key)
            SELECT batch_id, indicator_key, 999999, period_key, breakdown_key, numerator, status_key
            FROM observation_rows WHERE indicator_key = (SELECT indicator_key FROM observation_indicators WHERE indicator_id = 'visits') LIMIT 1
            """);

        StoreException failure = await Assert.ThrowsAsync<StoreException>(() => Runner.RunAllAsync("full", Token));

        Assert.Contains("999999", failure.Message, StringComparison.Ordinal);
        Assert.Contains("observation_areas", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await EveryCellAsync()).Count);
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM compute_runs"));
    }

    [Fact]
    public async Task Run_WhoseCommitFails_AfterAppendingItsCells_LeavesThePreviousCells()
    {
        await ImportAsync("a", Share, (2023, 30, 100));
        ComputeRun first = await Runner.RunAllAsync("full", Token);
        long before = (await EveryCellAsync()).Count;
        await ImportAsync("b", Share, (2023, 30, 100), (2024, 40, 100));
        // The next run's id taken already: its record fails after every cell was appended in its transaction.
        await ExecuteAsync($"INSERT INTO compute_runs VALUES ({first.Id + 1}, TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '2020-01-01 00:00:00', 'blocker', 0, 0)");

        Exception failure = await Assert.ThrowsAnyAsync<Exception>(() => Runner.RunAllAsync("full", Token));

        Assert.Contains("duplicate key", failure.Message, StringComparison.OrdinalIgnoreCase);
        IReadOnlyList<(long RunId, string Audience, StoredCell Cell)> after = await EveryCellAsync();
        Assert.Equal(before, after.Count);
        Assert.Equal(first.Id, after.Max(c => c.RunId));
        Assert.DoesNotContain(after, c => c.Cell.Period == Period.OfYear(2024));
    }

    [Fact]
    public async Task AvailabilityCache_KeepsLevelsUntilTheNextRun()
    {
        CellAvailabilityCache cache = new(Store.DataSource);
        await ImportAsync("a", Share, (2023, 30, 100));
        await Runner.RunAllAsync("full", Token);

        IReadOnlyList<CellAvailability> first = await cache.GetAsync(Share, Audience.Public, Token);
        Assert.Equal(["2023"], first.Select(level => level.Period.ToString()).Distinct());
        Assert.Same(first, await cache.GetAsync(Share, Audience.Public, Token));

        // A newer vintage with another year: the kept levels stay until the run that computes it.
        await ImportAsync("b", Share, (2023, 30, 100), (2024, 40, 100));
        Assert.Same(first, await cache.GetAsync(Share, Audience.Public, Token));
        await Runner.RunAsync([Share], "import", Token);

        IReadOnlyList<CellAvailability> second = await cache.GetAsync(Share, Audience.Public, Token);
        Assert.Equal(["2023", "2024"], second.Select(level => level.Period.ToString()).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(second.Count, (await new CellRepository(Store.DataSource).ListAvailabilityAsync(Share, Audience.Public, Token)).Count);
    }

    private Task<IReadOnlyList<(long RunId, string Audience, StoredCell Cell)>> EveryCellAsync() =>
        new CellRepository(Store.DataSource).ListEveryCellAsync(Token);

    /// <summary>Every cell's keys and some of its results as text, in one order.</summary>
    private async Task<List<string>> DescribeEveryCellAsync() =>
        [.. (await EveryCellAsync())
            .Select(c => string.Join(
                '|',
                c.Cell.Indicator.Value, c.Cell.Area.Value, c.Cell.AreaType.ToSlug(), c.Cell.Period, c.Cell.Breakdown, c.Audience, c.Cell.Disclosure.ToCode(),
                c.Cell.Estimate?.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), c.Cell.VersusCity.At95.ToSlug(), c.Cell.Trend.Direction.ToSlug(), c.Cell.Trend.Reason))
            .Order(StringComparer.Ordinal)];

    private async Task<long> ImportAsync(string content, IndicatorId indicator, (int Year, double Numerator, double Denominator) first, (int Year, double Numerator, double Denominator)? second = null, string? source = null, AreaCode? area = null)
    {
        List<SourcedObservation> rows = [];
        int line = 2;
        foreach ((int year, double numerator, double denominator) in second is null ? [first] : new[] { first, second.Value })
        {
            rows.Add(new SourcedObservation(
                new Observation(indicator, area ?? SampleGeography.Tapanila, Period.OfYear(year), Breakdown.Total, numerator, denominator > 0 ? denominator : null),
                line++));
        }

        CommitResult result = await new ImportBatchRepository(Store.DataSource, TimeProvider.System).CommitAsync(
            new ImportBatchHeader(source ?? indicator.Value, "file.csv", "hash-" + content, "mapping", "tester"),
            Rows(rows),
            [],
            new CommitOptions(),
            Token);
        Assert.Equal(CommitOutcome.Committed, result.Outcome);
        return result.BatchId!.Value;
    }

    private static async IAsyncEnumerable<SourcedObservation> Rows(IEnumerable<SourcedObservation> rows)
    {
        foreach (SourcedObservation row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql)
    {
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Token);
        return [.. await connection.QueryAsync<T>(sql)];
    }
}
