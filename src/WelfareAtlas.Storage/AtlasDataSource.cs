using System.Data.Common;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage;

/// <summary>
/// A store's connections: the underlying DuckDB or Npgsql data source, with the <see cref="StoreEngine"/> that knows its
/// differences. Connections accept the store's one SQL dialect, with <c>$name</c> parameters, on both databases.
/// </summary>
public sealed class AtlasDataSource : DbDataSource
{
    private readonly DbDataSource inner;
    private readonly DuckDbKeepAlive? keepAlive;

    internal AtlasDataSource(DbDataSource inner, StoreEngine engine, DuckDbKeepAlive? keepAlive = null)
    {
        this.inner = inner;
        Engine = engine;
        this.keepAlive = keepAlive;
    }

    /// <summary>Which database the store is in.</summary>
    public StoreProvider Provider => Engine.Provider;

    /// <inheritdoc />
    public override string ConnectionString => inner.ConnectionString;

    internal StoreEngine Engine { get; }

    /// <inheritdoc />
    protected override DbConnection CreateDbConnection()
    {
        keepAlive?.Touch();
        return Engine.Wrap(inner.CreateConnection());
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            keepAlive?.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore()
    {
        keepAlive?.Dispose();
        await inner.DisposeAsync();
        await base.DisposeAsyncCore();
    }
}
