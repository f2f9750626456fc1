using System.Data.Common;
using WelfareAtlas.Storage.Areas;

namespace WelfareAtlas.Storage.Tests;

/// <summary>What only the DuckDB store has: one file, built under a temporary name and renamed into place.</summary>
public sealed class DuckDbStoreFileTests
{
    private static readonly Func<DbDataSource, CancellationToken, Task> SeedSample =
        (dataSource, token) => new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), token);

    [Fact]
    public async Task OpenOrCreateAsync_NoStore_LeavesOnlyTheStoreFile()
    {
        using TemporaryDirectory directory = new();
        string dataDirectory = Path.Combine(directory.Path, "nested", "data");

        (AtlasStore store, bool created) = await AtlasStore.OpenOrCreateAsync(dataDirectory, SeedSample, TimeProvider.System, TestContext.Current.CancellationToken);
        await using (store)
        {
            Assert.True(created);
            Assert.Equal(Path.Combine(dataDirectory, AtlasStore.FileName), store.Location.FilePath);
            Assert.Equal(store.Location.FilePath, store.ToString());
        }

        Assert.Equal([AtlasStore.FileName], Directory.GetFiles(dataDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task OpenOrCreateAsync_SeedFailsHalfWay_LeavesNoFile()
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
    public async Task OpenAsync_FileIsNotAStore_NamesTheFile()
    {
        using TemporaryDirectory directory = new();
        string path = Path.Combine(directory.Path, AtlasStore.FileName);
        await File.WriteAllTextAsync(path, "this is not a DuckDB database, just text", TestContext.Current.CancellationToken);

        StoreException error = await Assert.ThrowsAsync<StoreException>(() => AtlasStore.OpenAsync(directory.Path, TimeProvider.System, TestContext.Current.CancellationToken));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
