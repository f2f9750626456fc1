namespace WelfareAtlas.Storage.Tests;

/// <summary>A clock the test moves by hand, for embargoes that end.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
