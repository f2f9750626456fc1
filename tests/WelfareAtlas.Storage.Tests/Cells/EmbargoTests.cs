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
