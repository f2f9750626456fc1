using System.Data.Common;
using Dapper;

namespace WelfareAtlas.Storage.Tests.Stores;

/// <summary>
/// The base of the storage suite: each test gets its own store of <typeparamref name="TStore"/>'s provider, opened
/// (migrated and seeded by <see cref="SeedAsync"/>) before the test and removed after it.
/// </summary>
public abstract class StoreTests<TStore> : IAsyncLifetime
    where TStore : TestStore, new()
{
    private AtlasStore? store;

    protected TStore Place { get; } = new();

    protected AtlasStore Store => store ?? throw new InvalidOperationException("The store is opened in InitializeAsync.");

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        await Place.InitializeAsync();
        (store, _) = await AtlasStore.OpenOrCreateAsync(Place.Location, SeedAsync, TimeProvider.System, Token);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        await Place.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Fills the new store; nothing by default.</summary>
    protected virtual Task SeedAsync(DbDataSource dataSource, CancellationToken cancellationToken) => Task.CompletedTask;

    protected async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Token);
        return (await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: Token)))!;
    }

    protected async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Token);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: Token))];
    }

    protected async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using DbConnection connection = await Store.DataSource.OpenConnectionAsync(Token);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: Token));
    }
}
