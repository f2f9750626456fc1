using WelfareAtlas.Storage;
using WelfareAtlas.Web.Importing;

namespace WelfareAtlas.Cli.Tests.Import;

/// <summary>An import cancelled once its batch is committed: the batch stays, and the result says what became of the recompute.</summary>
public sealed class ImportCancellationTests : IAsyncLifetime
{
    private static readonly string File = RepositoryFiles.Path("data", "paavo", "paavo_12f7_helsinki_2023_latin1.csv");
    private static readonly string Mapping = RepositoryFiles.Path("docs", "import", "examples", "paavo-population-12f7.json");
    private ImportStore? store;

    private ImportStore Store => store!;

    public async ValueTask InitializeAsync() => store = await ImportStore.CreateAsync();

    public async ValueTask DisposeAsync() => await store!.DisposeAsync();

    [Fact]
    public async Task ImportAsync_CancelledOnceCommitted_KeepsTheBatchAndSaysItsRecomputeWasCancelled()
    {
        using CancellationTokenSource import = new();

        ImportResult result = await ImportAsync(new CancelWhenRecomputing(import), recomputeCancellation: null, import.Token);

        Assert.Equal(ImportStatus.Committed, result.Status);
        Assert.IsAssignableFrom<OperationCanceledException>(result.RecomputeFailure);
        Assert.Null(result.Recompute);
        Assert.Equal(252L, await Store.ScalarAsync<long>("SELECT count(*) FROM observations WHERE derivation IS NULL"));
        Assert.Equal(1L, await Store.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'import'"));
        Assert.Equal(0L, await Store.ScalarAsync<long>("SELECT count(*) FROM compute_runs"));
    }

    [Fact]
    public async Task ImportAsync_CancelledOnceCommittedWithARecomputeTokenOfItsOwn_RecomputesTheCells()
    {
        using CancellationTokenSource import = new();

        // What the upload API does: the request's token for the import, the server's shutdown for the recompute.
        ImportResult result = await ImportAsync(new CancelWhenRecomputing(import), CancellationToken.None, import.Token);

        Assert.Equal(ImportStatus.Committed, result.Status);
        Assert.Null(result.RecomputeFailure);
        Assert.NotNull(result.Recompute);
        Assert.Equal(1L, await Store.ScalarAsync<long>("SELECT count(*) FROM compute_runs"));
        Assert.True(await Store.ScalarAsync<long>("SELECT count(*) FROM cell_blocks") > 0);
    }

    private async Task<ImportResult> ImportAsync(IProgress<ImportProgress> progress, CancellationToken? recomputeCancellation, CancellationToken cancellationToken)
    {
        await using AtlasStore opened = await AtlasStore.OpenAsync(Store.DataDirectory, TimeProvider.System, TestContext.Current.CancellationToken);
        return await new BatchImporter(opened.DataSource, TimeProvider.System).ImportAsync(
            new ImportRequest(File, Path.GetFileName(File), await System.IO.File.ReadAllBytesAsync(Mapping, TestContext.Current.CancellationToken), Path.GetFileName(Mapping), "test", AllowPartial: false, DryRun: false),
            progress,
            cancellationToken,
            recomputeCancellation);
    }

    /// <summary>Cancels the import the moment it reports that the batch is committed and its recompute begins.</summary>
    private sealed class CancelWhenRecomputing(CancellationTokenSource import) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Stage == ImportStage.Recomputing)
            {
                import.Cancel();
            }
        }
    }
}
