namespace WelfareAtlas.Storage.Tests.Stores;

/// <summary>A DuckDB store in a fresh temporary directory, removed with everything in it.</summary>
public sealed class DuckDbTestStore : TestStore
{
    private readonly TemporaryDirectory directory = new();
    private int others;

    public override StoreLocation Location => StoreLocation.DuckDb(Path.Combine(directory.Path, "data"));

    public override StoreProvider Provider => StoreProvider.DuckDb;

    public override ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public override Task<StoreLocation> CreateAnotherAsync() =>
        Task.FromResult(StoreLocation.DuckDb(Path.Combine(directory.Path, "other-" + Interlocked.Increment(ref others).ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public override ValueTask DisposeAsync()
    {
        directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
