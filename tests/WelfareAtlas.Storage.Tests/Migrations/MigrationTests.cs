using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests.Migrations;

/// <summary>
/// The base of the migration suites: each test gets an empty place of <typeparamref name="TStore"/>'s provider, which it
/// migrates step by step through <see cref="RawStore"/> (filling rows as an older version stored them) before opening
/// it as a store; the place is removed after the test.
/// </summary>
public abstract class MigrationTests<TStore> : IAsyncLifetime
    where TStore : TestStore, new()
{
    /// <summary>The test's place: a DuckDB directory or a PostgreSQL schema, empty at the start.</summary>
    protected TStore Place { get; } = new();

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await Place.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await Place.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
