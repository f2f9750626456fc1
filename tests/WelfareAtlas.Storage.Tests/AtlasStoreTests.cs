using System.Data.Common;
using Dapper;
using WelfareAtlas.Auditing;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Auditing;
using WelfareAtlas.Storage.Tests.Stores;

namespace WelfareAtlas.Storage.Tests;

/// <summary>Opening, creating, seeding and migrating a store, on every provider.</summary>
public abstract class AtlasStoreTests<TStore> : IAsyncLifetime
    where TStore : TestStore, new()
{
    private static readonly Func<DbDataSource, CancellationToken, Task> SeedSample = async (dataSource, token) =>
    {
        await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), token);
        await TestIndicators.InsertAsync(dataSource, "population", "count");
    };

    private readonly TStore place = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => place.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await place.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task OpenOrCreateAsync_NoStore_CreatesMigratedAndSeededStore()
    {
        (AtlasStore store, bool created) = await AtlasStore.OpenOrCreateAsync(place.Location, SeedSample, TimeProvider.System, Token);
        await using (store)
        {
            Assert.True(created);
            Assert.Equal(place.Provider, store.Provider);
            await using DbConnection connection = await store.DataSource.OpenConnectionAsync(Token);
            int version = await connection.ExecuteScalarAsync<int>("SELECT MAX(version) FROM schema_migrations");
            Assert.True(version >= 4);
            Assert.Equal(5, (await new AreaRepository(store.DataSource).ListAsync(null, null, Token)).Count);
        }
    }

    [Fact]
    public async Task OpenOrCreateAsync_ExistingStore_DoesNotSeedAgain()
    {
        (AtlasStore first, _) = await AtlasStore.OpenOrCreateAsync(place.Location, SeedSample, TimeProvider.System, Token);
        await first.DisposeAsync();

        int seeded = 0;
        (AtlasStore second, bool created) = await AtlasStore.OpenOrCreateAsync(
            place.Location,
            (_, _) => { seeded++; return Task.CompletedTask; },
            TimeProvider.System,
            Token);
        await using (second)
        {
            Assert.False(created);
            Assert.Equal(0, seeded);
            Assert.NotNull(await new AreaRepository(second.DataSource).FindAsync(SampleGeography.Tapanila, Token));
        }
    }

    [Fact]
    public async Task OpenOrCreateAsync_SeedFailsHalfWay_LeavesNoStoreThatOpens()
    {
        Func<DbDataSource, CancellationToken, Task> failingSeed = async (dataSource, token) =>
        {
            await SeedSample(dataSource, token);
            await new AuditLog(dataSource, TimeProvider.System).AppendAsync("cli:root", AuditAction.Import, "1", "file.csv", token);
            throw new InvalidOperationException("The loader broke after writing the areas, an indicator and an audit entry.");
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => AtlasStore.OpenOrCreateAsync(place.Location, failingSeed, TimeProvider.System, Token));

        StoreException refused = await Assert.ThrowsAsync<StoreException>(() => AtlasStore.OpenAsync(place.Location, TimeProvider.System, Token));
        Assert.Contains("atlas init", refused.Message, StringComparison.Ordinal);

        // The next start builds the store from scratch: the indicator the broken seed wrote is not there twice.
        (AtlasStore store, bool created) = await AtlasStore.OpenOrCreateAsync(place.Location, SeedSample, TimeProvider.System, Token);
        await using (store)
        {
            Assert.True(created);
            await using DbConnection connection = await store.DataSource.OpenConnectionAsync(Token);
            Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM indicators"));

            // Emptied with the rest (on PostgreSQL through the audit log's TRUNCATE guard, which lets only this through).
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log"));
        }
    }

    [Fact]
    public async Task OpenAsync_NoStore_SaysToRunInitAndNamesTheStore()
    {
        StoreException error = await Assert.ThrowsAsync<StoreException>(() => AtlasStore.OpenAsync(place.Location, TimeProvider.System, Token));
        Assert.Contains("atlas init", error.Message, StringComparison.Ordinal);
        Assert.Contains(place.Location.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_StoreFromNewerVersion_IsRefused()
    {
        (AtlasStore store, _) = await AtlasStore.OpenOrCreateAsync(place.Location, SeedSample, TimeProvider.System, Token);
        await using (store)
        {
            await using DbConnection connection = await store.DataSource.OpenConnectionAsync(Token);
            await connection.ExecuteAsync("INSERT INTO schema_migrations VALUES (9999, 'from_the_future', $now)", new { now = DateTime.UtcNow });
        }

        StoreException error = await Assert.ThrowsAsync<StoreException>(() => AtlasStore.OpenAsync(place.Location, TimeProvider.System, Token));
        Assert.Contains("9999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateNewAsync_WhereAStoreIs_IsRefusedAndLeavesItAlone()
    {
        (AtlasStore store, _) = await AtlasStore.OpenOrCreateAsync(place.Location, SeedSample, TimeProvider.System, Token);
        await store.DisposeAsync();

        int filled = 0;
        StoreException error = await Assert.ThrowsAsync<StoreException>(() =>
            AtlasStore.CreateNewAsync(place.Location, (_, _) => { filled++; return Task.CompletedTask; }, TimeProvider.System, Token));

        Assert.Contains("already", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, filled);
        await using AtlasStore again = await AtlasStore.OpenAsync(place.Location, TimeProvider.System, Token);
        Assert.Equal(5, (await new AreaRepository(again.DataSource).ListAsync(null, null, Token)).Count);
    }
}
