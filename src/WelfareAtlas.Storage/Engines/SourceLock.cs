namespace WelfareAtlas.Storage.Engines;

/// <summary>A held lock; disposing releases it once.</summary>
internal sealed class SourceLock(Func<ValueTask> release) : IAsyncDisposable
{
    private int released;

    public ValueTask DisposeAsync() => Interlocked.Exchange(ref released, 1) == 0 ? release() : ValueTask.CompletedTask;
}
