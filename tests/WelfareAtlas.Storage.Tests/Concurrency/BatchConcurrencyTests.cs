using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Concurrency;

/// <summary>Imports while others read and import: readers never see half a batch; commits of one source wait for each other.</summary>
public abstract class BatchConcurrencyTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private const int Rows = Vintages.Rows;

    private ImportBatchRepository Batches => new(Store.DataSource, TimeProvider.System);

    protected override async Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), cancellationToken);
        await TestIndicators.InsertAsync(dataSource, "population", "count");
    }

    [Fact]
    public async Task CommitAsync_ParallelReaders_SeeTheWholeBatchOrNoneOfIt()
    {
        Assert.Equal(CommitOutcome.Committed, (await Batches.CommitAsync(Vintages.Header("v1"), Vintages.Of(1), [], new CommitOptions(), Token)).Outcome);
        using CancellationTokenSource stop = new();
        ConcurrentBag<(long Batches, long Observations, long Current)> seen = [];

        Task[] readers = [.. Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Token);
                // One statement, so one snapshot: the counts must agree with each other.
                seen.Add(await connection.QuerySingleAsync<(long, long, long)>(new CommandDefinition(
                    """
                    SELECT (SELECT count(*) FROM import_batches), (SELECT count(*) FROM observations),
                           (SELECT count(*) FROM observations WHERE superseded_by IS NULL)
                    """,
                    cancellationToken: Token)));
            }
        }))];
        // The second vintage revises every key of the first: the current rows stay as many throughout.
        CommitResult second = await Batches.CommitAsync(Vintages.Header("v2"), Vintages.Of(2), [], new CommitOptions(), Token);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(CommitOutcome.Committed, second.Outcome);
        Assert.Equal(Rows, second.RowsSuperseded);
        Assert.NotEmpty(seen);
        Assert.All(seen, read => Assert.Contains(read, new[] { (1L, (long)Rows, (long)Rows), (2L, 2L * Rows, (long)Rows) }));
    }

    [Fact]
    public async Task CommitAsync_TwoVintagesOfOneSourceAtOnce_OneSupersedesTheOther()
    {
        CommitResult[] results = await Task.WhenAll(
            Task.Run(() => Batches.CommitAsync(Vintages.Header("v1"), Vintages.Of(1), [], new CommitOptions(), Token)),
            Task.Run(() => Batches.CommitAsync(Vintages.Header("v2"), Vintages.Of(2), [], new CommitOptions(), Token)));

        Assert.All(results, result => Assert.Equal(CommitOutcome.Committed, result.Outcome));
        // Whichever committed second superseded every row of the first; never two current rows for one key.
        Assert.Equal([0L, Rows], results.Select(result => result.RowsSuperseded).Order());
        Assert.Equal((long)Rows, await ScalarAsync<long>("SELECT count(*) FROM observations WHERE superseded_by IS NULL"));
        long later = results.Max(result => result.BatchId!.Value);
        Assert.Equal((long)Rows, await ScalarAsync<long>("SELECT count(*) FROM observations WHERE superseded_by IS NULL AND batch_id = $later", new { later }));
    }

    [Fact]
    public async Task CommitAsync_SameFileTwiceAtOnce_OneIsAlreadyImported()
    {
        CommitResult[] results = await Task.WhenAll(
            Task.Run(() => Batches.CommitAsync(Vintages.Header("same"), Vintages.Of(1), [], new CommitOptions(), Token)),
            Task.Run(() => Batches.CommitAsync(Vintages.Header("same"), Vintages.Of(1), [], new CommitOptions(), Token)));

        Assert.Equal([CommitOutcome.Committed, CommitOutcome.AlreadyImported], results.Select(result => result.Outcome).Order());
        Assert.Equal(results[0].BatchId, results[1].BatchId);
        Assert.Equal((long)Rows, await ScalarAsync<long>("SELECT count(*) FROM observations"));
    }
}
