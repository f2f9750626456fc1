namespace WelfareAtlas.Storage.Tests;

/// <summary>A clock the test moves by hand, for embargoes that end; it can also change things while code runs (<see cref="AfterRead"/>).</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private Action? pending;
    private int readsLeft;

    public DateTimeOffset Now { get; set; } = now;

    /// <summary>
    /// Runs <paramref name="action"/> once, right after the <paramref name="reads"/>-th read of the clock from now on has
    /// taken its time (1: the next read), on the reading thread: a change that happens "while" the code under test works,
    /// between two of its reads. The action may set <see cref="Now"/>; the read that runs it still returns the time before.
    /// </summary>
    public void AfterRead(int reads, Action action)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reads, 1);
        readsLeft = reads;
        pending = action;
    }

    public override DateTimeOffset GetUtcNow()
    {
        DateTimeOffset read = Now;
        if (Volatile.Read(ref pending) is not null && Interlocked.Decrement(ref readsLeft) == 0)
        {
            Interlocked.Exchange(ref pending, null)?.Invoke();
        }

        return read;
    }
}
