namespace WelfareAtlas.Storage.Tests.Stores;

/// <summary>
/// Where one test's store lives: a fresh DuckDB data directory or a fresh PostgreSQL schema. The storage suite is
/// written once against this and bound to each provider (<see cref="OnDuckDb"/>, <see cref="OnPostgres"/>).
/// </summary>
public abstract class TestStore : IAsyncDisposable
{
    /// <summary>The store's location; valid after <see cref="InitializeAsync"/>.</summary>
    public abstract StoreLocation Location { get; }

    /// <summary>Which database this is.</summary>
    public abstract StoreProvider Provider { get; }

    /// <summary>Makes the empty place for the store (skips or fails a PostgreSQL test without a server).</summary>
    public abstract ValueTask InitializeAsync();

    /// <summary>Another empty place of the same provider, removed with this one.</summary>
    public abstract Task<StoreLocation> CreateAnotherAsync();

    public abstract ValueTask DisposeAsync();
}
