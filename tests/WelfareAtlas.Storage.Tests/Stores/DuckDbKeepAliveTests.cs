using System.Data.Common;
using DuckDB.NET.Data;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Tests.Stores;

/// <summary>The DuckDB store is held open while it is in use and let go when idle or disposed.</summary>
public sealed class DuckDbKeepAliveTests : IDisposable
{
    // Long enough that the touches below, 200 ms apart, keep it even on a loaded machine.
    private static readonly TimeSpan IdleTime = TimeSpan.FromSeconds(3);
    private readonly TemporaryDirectory directory = new();
    private readonly DbDataSource inner;

    public DuckDbKeepAliveTests() =>
        inner = DuckDBClientFactory.Instance.CreateDataSource(new DuckDBConnectionStringBuilder { DataSource = Path.Combine(directory.Path, "kept.duckdb") }.ConnectionString);

    public void Dispose()
    {
        inner.Dispose();
        directory.Dispose();
    }

    [Fact]
    public async Task Touch_HoldsTheStoreWhileInUse_AndLetsGoWhenIdle()
    {
        using DuckDbKeepAlive keepAlive = new(inner, IdleTime);
        Assert.False(keepAlive.IsHolding);

        keepAlive.Touch();
        for (int i = 0; i < 5; i++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            keepAlive.Touch();
            Assert.True(keepAlive.IsHolding);
        }

        Assert.True(await WaitUntilAsync(() => !keepAlive.IsHolding, TimeSpan.FromSeconds(60)));
        // A new connection opens it again.
        keepAlive.Touch();
        Assert.True(keepAlive.IsHolding);
    }

    [Fact]
    public void Dispose_LetsGo_AndLaterTouchesDoNotOpenAgain()
    {
        DuckDbKeepAlive keepAlive = new(inner, IdleTime);
        keepAlive.Touch();
        Assert.True(keepAlive.IsHolding);

        keepAlive.Dispose();

        Assert.False(keepAlive.IsHolding);
        keepAlive.Touch();
        Assert.False(keepAlive.IsHolding);
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        DateTime end = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow > end)
            {
                return false;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return true;
    }
}
