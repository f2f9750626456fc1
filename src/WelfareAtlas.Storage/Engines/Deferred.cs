namespace WelfareAtlas.Storage.Engines;

/// <summary>
/// An action put off until disposal and run at most once: releasing a held lock (<see cref="StoreEngine.LockAsync"/>),
/// putting a setting back (<see cref="StoreEngine.PrepareBulkCommitAsync"/>).
/// </summary>
internal sealed class Deferred(Func<ValueTask> action) : IAsyncDisposable
{
    private int done;

    public ValueTask DisposeAsync() => Interlocked.Exchange(ref done, 1) == 0 ? action() : ValueTask.CompletedTask;
}
