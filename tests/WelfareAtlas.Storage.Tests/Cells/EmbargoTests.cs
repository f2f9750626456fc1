using System.Data.Common;
using Dapper;
using WelfareAtlas.Auditing;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Indicators;
using WelfareAtlas.Observations;
using WelfareAtlas.Periods;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Cells;

namespace WelfareAtlas.Storage.Tests.Cells;

/// <summary>An embargoed batch: analysts see its data at once, the public only after its publication time and a release run.</summary>
public sealed class EmbargoTests : IAsyncLifetime
{
    private static readonly IndicatorId Share = IndicatorId.Parse("share");
    private readonly TemporaryDirectory directory = new();
    private readonly SettableClock clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private AtlasStore? store;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        (store, _) = await AtlasStore.OpenOrCreateAsync(
            directory.Path,
            (dataSource, token) => new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), token),
            clock);
        await TestIndicators.InsertAsync(store.DataSource, "share", "proportion", 100);
    }

    public async ValueTask DisposeAsync()
    {
        await store!.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task Compute_BatchUnderEmbargo_PublicKeepsTheRowsItSupersedesUntilReleased()
    {
        await ImportAsync("first", null, (2023, 30), (2024, 40));
        DateTime publishAt = clock.Now.UtcDateTime.AddDays(1);
        // The same source again: its 2024 replaces the first batch's, and it brings 2025.
        long embargoed = await ImportAsync("second", publishAt, (2024, 50), (2025, 60));
        ComputeRunner runner = new(store!.DataSource, clock);

        await runner.RunAllAsync("full", Token);

        Assert.Equal([embargoed], await runner.EmbargoedBatchesAsync(clock.Now.UtcDateTime, Token));
        Assert.Equal([("2023", 30.0), ("2024", 50.0), ("2025", 60.0)], await ValuesAsync(Audience.Analyst));
        Assert.Equal([("2023", 30.0), ("2024", 40.0)], await ValuesAsync(Audience.Public));
        // The periods each may ask for: analysts have the embargoed 2025, the public not yet.
        CellRepository cells = new(store.DataSource);
        Assert.Equal(["2023", "2024", "2025"], (await cells.ListAvailabilityAsync(Share, Audience.Analyst, Token)).Select(level => level.Period.ToString()).Distinct());
        Assert.Equal(["2023", "2024"], (await cells.ListAvailabilityAsync(Share, Audience.Public, Token)).Select(level => level.Period.ToString()).Distinct());
        BatchPublication publication = new(store.DataSource, clock);
        Assert.Empty(await publication.ReleaseDueAsync("system", Token));

        clock.Now = clock.Now.AddDays(2);
        IReadOnlyList<long> released = await publication.ReleaseDueAsync("system", Token);

        Assert.Equal([embargoed], released);
        Assert.Equal([("2023", 30.0), ("2024", 50.0), ("2025", 60.0)], await ValuesAsync(Audience.Public));
        Assert.Empty(await publication.DueAsync(Token));
        AuditEntry entry = (await new AuditLog(store.DataSource, clock).ListAsync(1, Token)).Single();
        Assert.Equal(("publication", embargoed.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.Action, entry.Subject));
    }

    [Fact]
    public async Task SetPublication_ToNow_ReleasesAnEmbargoedBatchAtOnce()
    {
        long embargoed = await ImportAsync("only", clock.Now.UtcDateTime.AddDays(30), (2024, 40));
        ComputeRunner runner = new(store!.DataSource, clock);
        await runner.RunAllAsync("full", Token);
        Assert.Empty(await ValuesAsync(Audience.Public));
        BatchPublication publication = new(store.DataSource, clock);

        Assert.True(await publication.SetAsync(embargoed, clock.Now.UtcDateTime, "steward", Token));
        Assert.False(await publication.SetAsync(embargoed + 100, clock.Now.UtcDateTime, "steward", Token));
        clock.Now = clock.Now.AddSeconds(1);
        await publication.ReleaseDueAsync("steward", Token);

        Assert.Equal([("2024", 40.0)], await ValuesAsync(Audience.Public));
        Assert.Equal(clock.Now.UtcDateTime.AddSeconds(-1), (await new ImportBatchRepository(store.DataSource, clock).FindAsync(embargoed, Token))!.PublishedAt);
    }

    [Fact]
    public async Task SetPublication_LaterForABatchThePublicSees_TakesItOutOfThePublicCellsAtTheNextStaleRun()
    {
        long batch = await ImportAsync("only", null, (2024, 40));
        ComputeRunner runner = new(store!.DataSource, clock);
        await runner.RunAllAsync("full", Token);
        Assert.Equal([("2024", 40.0)], await ValuesAsync(Audience.Public));
        BatchPublication publication = new(store.DataSource, clock);

        // Published by mistake: embargoed again until next month.
        Assert.True(await publication.SetAsync(batch, clock.Now.UtcDateTime.AddDays(30), "steward", Token));

        Assert.True(await runner.IsStaleAsync(Token));
        Assert.Equal(1, (await runner.RunStaleAsync("publication time set", Token))!.Indicators);
        Assert.Empty(await ValuesAsync(Audience.Public));
        Assert.Equal([("2024", 40.0)], await ValuesAsync(Audience.Analyst));
        Assert.False(await runner.IsStaleAsync(Token));
    }

    [Fact]
    public async Task SetPublication_WhoseAuditEntryCannotBeWritten_ChangesNothing()
    {
        DateTime publishAt = clock.Now.UtcDateTime.AddDays(30);
        long embargoed = await ImportAsync("only", publishAt, (2024, 40));
        BatchPublication publication = new(store!.DataSource, clock);
        await using (DbConnection connection = await store.DataSource.OpenConnectionAsync(Token))
        {
            await connection.ExecuteAsync("ALTER TABLE audit_log RENAME TO audit_log_away");
        }

        // The new time and its audit entry are one transaction: without the entry, the time stays as it was.
        await Assert.ThrowsAnyAsync<DbException>(() => publication.SetAsync(embargoed, clock.Now.UtcDateTime, "steward", Token));

        Assert.Equal(publishAt, (await new ImportBatchRepository(store.DataSource, clock).FindAsync(embargoed, Token))!.PublishedAt);
    }

    [Fact]
    public async Task ReleaseDue_PublicationMovedLaterWhileTheRunWorks_LeavesThatBatchDueAndUnrecorded()
    {
        DateTime publishAt = clock.Now.UtcDateTime.AddMinutes(30);
        long moved = await ImportAsync("moved", publishAt, (2024, 40));
        clock.Now = clock.Now.AddHours(1);
        BatchPublication publication = new(store!.DataSource, clock);
        DateTime start = clock.Now.UtcDateTime;
        // Read 1 finds the batch due; read 2 is the cutoff. Right after it, while the release runs, the batch's time is
        // moved 5 minutes on and the clock 10: it was due when the run began, but its new time is later than that.
        clock.AfterRead(2, () =>
        {
            using DbConnection connection = store.DataSource.OpenConnection();
            connection.Execute("UPDATE import_batches SET published_at = $later WHERE id = $moved", new { later = start.AddMinutes(5), moved });
            clock.Now = clock.Now.AddMinutes(10);
        });

        IReadOnlyList<long> released = await publication.ReleaseDueAsync("system", Token);

        Assert.Equal("embargo ended: batch " + moved, await ScalarAsync<string>("SELECT reason FROM compute_runs ORDER BY id DESC LIMIT 1"));
        Assert.Empty(released);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'publication'"));
        // Still due at its new time, so the next release marks it.
        Assert.Equal([moved], await publication.DueAsync(Token));
        Assert.Equal([moved], await publication.ReleaseDueAsync("system", Token));
    }

    [Fact]
    public async Task ReleaseDue_BatchRolledBackWhileTheRunWorks_IsNeitherMarkedNorRecorded()
    {
        long kept = await ImportAsync("kept", clock.Now.UtcDateTime.AddMinutes(30), (2023, 30));
        long withdrawn = await ImportAsync("withdrawn", clock.Now.UtcDateTime.AddMinutes(30), (2024, 40));
        clock.Now = clock.Now.AddHours(1);
        BatchPublication publication = new(store!.DataSource, clock);
        clock.AfterRead(2, () =>
        {
            using DbConnection connection = store.DataSource.OpenConnection();
            connection.Execute("UPDATE import_batches SET status = 'rolled-back' WHERE id = $withdrawn", new { withdrawn });
        });

        IReadOnlyList<long> released = await publication.ReleaseDueAsync("system", Token);

        Assert.Equal($"embargo ended: batch {kept}, {withdrawn}", await ScalarAsync<string>("SELECT reason FROM compute_runs ORDER BY id DESC LIMIT 1"));
        Assert.Equal([kept], released);
        Assert.Equal([kept.ToString(System.Globalization.CultureInfo.InvariantCulture)], await ScalarsAsync<string>("SELECT subject FROM audit_log WHERE action = 'publication'"));
        Assert.Null(await ScalarAsync<DateTime?>("SELECT embargo_lifted_at FROM import_batches WHERE id = $withdrawn", new { withdrawn }));
    }

    private async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using DbConnection connection = await store!.DataSource.OpenConnectionAsync(Token);
        return (await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: Token)))!;
    }

    private async Task<List<T>> ScalarsAsync<T>(string sql)
    {
        await using DbConnection connection = await store!.DataSource.OpenConnectionAsync(Token);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: Token))];
    }

    private async Task<List<(string Period, double Value)>> ValuesAsync(Audience audience) =>
        [.. (await new CellRepository(store!.DataSource).ListForAreaAsync(audience, SampleGeography.Tapanila, [Share], "total", Token))
            .Select(cell => (cell.Period.ToString(), cell.Estimate!.Value))];

    private async Task<long> ImportAsync(string content, DateTime? publishAt, params (int Year, double Numerator)[] years)
    {
        List<SourcedObservation> rows = [.. years.Select((year, i) => new SourcedObservation(
            new Observation(Share, SampleGeography.Tapanila, Period.OfYear(year.Year), Breakdown.Total, year.Numerator, 100),
            i + 2))];
        CommitResult result = await new ImportBatchRepository(store!.DataSource, clock).CommitAsync(
            new ImportBatchHeader("share", "file.csv", "hash-" + content, "mapping", "tester", publishAt),
            Rows(rows),
            [],
            new CommitOptions(),
            Token);
        Assert.Equal(CommitOutcome.Committed, result.Outcome);
        clock.Now = clock.Now.AddMinutes(1);
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
}
