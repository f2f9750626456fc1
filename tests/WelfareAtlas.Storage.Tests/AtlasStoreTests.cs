using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage.Areas;

namespace WelfareAtlas.Storage.Tests;

public sealed class AtlasStoreTests
{
    private static readonly Func<DbDataSource, CancellationToken, Task> SeedSample =
        (dataSource, token) => new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), token);

    [Fact]
    public async Task OpenOrCreateAsync_NoStore_CreatesMigratedAndSeededStore()
    {
        using TemporaryDirectory directory = new();
        string dataDirectory = Path.Combine(directory.Path, "nested", "data");

        (AtlasStore store, bool created) = await AtlasStore.OpenOrCreateAsync(dataDirectory, SeedSample, TimeProvider.System, TestContext.Current.CancellationToken);
        await using (store)
        {
            Assert.True(created);
            Assert.Equal(Path.Combine(dataDirectory, AtlasStore.FileName), store.FilePath);
            await using DbConnection connection = await store.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
            int version = await connection.ExecuteScalarAsync<int>("SELECT MAX(version) FROM schema_migrations");
            Assert.True(version >= 1);
            Assert.Equal(5, (await new AreaRepository(store.DataSource).ListAsync(null, null, TestContext.Current.CancellationToken)).Count);
        }

        Assert.Equal([AtlasStore.FileName], Directory.GetFiles(dataDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task OpenOrCreateAsync_ExistingStore_DoesNotSeedAgain()
    {
        using TemporaryDirectory directory = new();
        (AtlasStore first, _) = await AtlasStore.OpenOrCreateAsync(directory.Path, SeedSample, TimeProvider.System, TestContext.Current.CancellationToken);
        await first.DisposeAsync();

        int seeded = 0;
        (AtlasStore second, bool created) = await AtlasStore.OpenOrCreateAsync(
            directory.Path,
            (_, _) => { seeded++; return Task.CompletedTask; },
            TimeProvider.System,
            TestContext.Current.CancellationToken);
        await using (second)
        {
            Assert.False(created);
            Assert.Equal(0, seeded);
            Assert.NotNull(await new AreaRepository(second.DataSource).FindAsync(SampleGeography.Tapanila, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task OpenOrCreateAsync_SeedFailsHalfWay_LeavesNoStore()
    {
        using TemporaryDirectory directory = new();
        Func<DbDataSource, CancellationToken, Task> failingSeed = async (dataSource, token) =>
        {
            await SeedSample(dataSource, token);
            throw new InvalidOperationException("The loader broke after writing the areas.");
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            AtlasStore.OpenOrCreateAsync(directory.Path, failingSeed, TimeProvider.System, TestContext.Current.CancellationToken));

        Assert.False(AtlasStore.Exists(directory.Path));
        Assert.Empty(Directory.GetFiles(directory.Path));

        // The next start builds the store from scratch.
        (AtlasStore store, bool created) = await AtlasStore.OpenOrCreateAsync(directory.Path, SeedSample, TimeProvider.System, TestContext.Current.CancellationToken);
        await using (store)
        {
            Assert.True(created);
        }
    }

    [Fact]
    public async Task OpenOrCreateAsync_LeftoverOfKilledCreation_IsRemoved()
    {
        using TemporaryDirectory directory = new();
        string leftover = Path.Combine(directory.Path, AtlasStore.FileName + ".partial-0123456789abcdef");
        await File.WriteAllTextAsync(leftover, "half a store", TestContext.Current.CancellationToken);

        (AtlasStore store, _) = await AtlasStore.OpenOrCreateAsync(directory.Path, SeedSample, TimeProvider.System, TestContext.Current.CancellationToken);
        await store.DisposeAsync();

        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public async Task OpenAsync_NoStore_SaysToRunInit()
    {
        using TemporaryDirectory directory = new();
        StoreException error = await Assert.ThrowsAsync<StoreException>(() => AtlasStore.OpenAsync(directory.Path, TimeProvider.System, TestContext.Current.CancellationToken));
        Assert.Contains("atlas init", error.Message, StringComparison.Ordinal);
        Assert.Contains(directory.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_FileIsNotAStore_NamesTheFile()
    {
        using TemporaryDirectory directory = new();
        string path = Path.Combine(directory.Path, AtlasStore.FileName);
        await File.WriteAllTextAsync(path, "this is not a DuckDB database, just text", TestContext.Current.CancellationToken);

        StoreException error = await Assert.ThrowsAsync<StoreException>(() => AtlasStore.OpenAsync(directory.Path, TimeProvider.System, TestContext.Current.CancellationToken));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_StoreFromNewerVersion_IsRefused()
    {
        using TemporaryDirectory directory = new();
        (AtlasStore store, _) = await AtlasStore.OpenOrCreateAsync(directory.Path, SeedSample, TimeProvider.System, TestContext.Current.CancellationToken);
        await using (store)
        {
            await using DbConnection connection = await store.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await connection.ExecuteAsync("INSERT INTO schema_migrations VALUES (9999, 'from_the_future', now())");
        }

        StoreException error = await Assert.ThrowsAsync<StoreException>(() => AtlasStore.OpenAsync(directory.Path, TimeProvider.System, TestContext.Current.CancellationToken));
        Assert.Contains("9999", error.Message, StringComparison.Ordinal);
    }
}
