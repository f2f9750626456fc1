using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using WelfareAtlas.Disclosure;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Concurrency;

/// <summary>
/// Readers while an import commits and compute runs replace the cells: every read sees whole batches and the cells of
/// exactly one whole run; compute runs take turns, and the last one to commit computed from the newest observations.
/// </summary>
public abstract class ComputeConcurrencyTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    private const int Rows = Vintages.Rows;

    // One statement, so one snapshot: batches, observations, the cells and their run's record must agree. The cells
    // are counted by their blocks (0014), which say how many cells they hold.
    private const string Snapshot =
        """
        SELECT (SELECT count(*) FROM import_batches),
               (SELECT count(*) FROM observations),
               (SELECT count(*) FROM observations WHERE superseded_by IS NULL),
               (SELECT CAST(coalesce(sum(cells), 0) AS BIGINT) FROM cell_blocks),
               (SELECT count(DISTINCT run_id) FROM cell_blocks),
               (SELECT coalesce(max(cells), -1) FROM compute_runs WHERE id = (SELECT max(run_id) FROM cell_blocks))
        """;

    private ImportBatchRepository Batches => new(Store.DataSource, TimeProvider.System);

    private ComputeRunner Runner => new(Store.DataSource, TimeProvider.System);

    protected override async Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), cancellationToken);
        await TestIndicators.InsertAsync(dataSource, "population", "count");
    }

    [Fact]
    public async Task RunAllAsync_DuringAnImport_ReadersSeeWholeBatchesAndOneWholeRun()
    {
        await Batches.CommitAsync(Vintages.Header("v1"), Vintages.Of(1), [], new CommitOptions(), Token);
        ComputeRun first = await Runner.RunAllAsync("first", Token);
        // Every observation gives a cell, and each area's topics sum to a total cell.
        Assert.True(first.Cells > Rows, $"the first run wrote {first.Cells} cells for {Rows} observations");
        int malmiCells = (await new CellRepository(Store.DataSource).ListForAreaAsync(Audience.Public, SampleGeography.Malmi, [Vintages.Population], null, Token)).Count;

        using CancellationTokenSource stop = new();
        ConcurrentBag<Read> reads = [];
        ConcurrentBag<int> malmiReads = [];
        Task[] readers =
        [
            .. Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Token);
                    reads.Add(new Read(await connection.QuerySingleAsync<(long, long, long, long, long, long)>(new CommandDefinition(Snapshot, cancellationToken: Token))));
                }
            }, Token)),
            // The read path of the API and the pages: one area's cells, always as many.
            Task.Run(async () =>
            {
                CellRepository cells = new(Store.DataSource);
                while (!stop.IsCancellationRequested)
                {
                    malmiReads.Add((await cells.ListForAreaAsync(Audience.Public, SampleGeography.Malmi, [Vintages.Population], null, Token)).Count);
                }
            }, Token),
        ];

        // A run that starts with the import may read before or after its commit; the run started after the commit
        // waits for it or runs after it, and whichever commits last has read the second vintage.
        Task<ComputeRun> duringImport = Task.Run(() => Runner.RunAllAsync("during the import", Token), Token);
        CommitResult second = await Batches.CommitAsync(Vintages.Header("v2"), Vintages.Of(2), [], new CommitOptions(), Token);
        ComputeRun afterImport = await Runner.RunAllAsync("after the import", Token);
        ComputeRun racing = await duringImport;
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(CommitOutcome.Committed, second.Outcome);
        Assert.True(reads.Count > 1, $"the readers read {reads.Count} times");
        Assert.All(reads, read =>
        {
            Assert.Contains((read.Batches, read.Observations), new[] { (1L, (long)Rows), (2L, 2L * Rows) });
            Assert.Equal(Rows, read.Current);
            Assert.Equal(1, read.Runs);
            Assert.Equal(read.RunCells, read.Cells);
        });
        Assert.All(malmiReads, count => Assert.Equal(malmiCells, count));

        long lastRun = await ScalarAsync<long>("SELECT max(id) FROM compute_runs");
        Assert.Equal(Math.Max(racing.Id, afterImport.Id), lastRun);
        Assert.Equal(first.Cells, (await new CellRepository(Store.DataSource).ListEveryCellAsync(Token)).Count(c => c.RunId == lastRun && c.Cell.BatchId == second.BatchId));
    }

    [Fact]
    public async Task RunAllAsync_TwoAtOnce_TheyTakeTurnsAndOneRunsCellsRemain()
    {
        await Batches.CommitAsync(Vintages.Header("v1"), Vintages.Of(1), [], new CommitOptions(), Token);

        ComputeRun[] runs = await Task.WhenAll(
            Task.Run(() => Runner.RunAllAsync("one", Token), Token),
            Task.Run(() => Runner.RunAllAsync("other", Token), Token));

        // Taking turns, the later run started after the earlier one finished.
        ComputeRun earlier = runs.MinBy(run => run.Id)!;
        ComputeRun later = runs.MaxBy(run => run.Id)!;
        Assert.True(later.StartedAt >= earlier.FinishedAt, $"run {later.Id} started at {later.StartedAt:O}, before run {earlier.Id} finished at {earlier.FinishedAt:O}");
        Assert.Equal(earlier.Cells, later.Cells);
        IReadOnlyList<(long RunId, string Audience, StoredCell Cell)> cells = await new CellRepository(Store.DataSource).ListEveryCellAsync(Token);
        Assert.Equal(later.Cells, cells.Count(c => c.RunId == later.Id));
        Assert.Equal(later.Cells, cells.Count);
    }

    private sealed record Read(long Batches, long Observations, long Current, long Cells, long Runs, long RunCells)
    {
        public Read((long, long, long, long, long, long) row)
            : this(row.Item1, row.Item2, row.Item3, row.Item4, row.Item5, row.Item6)
        {
        }
    }
}
