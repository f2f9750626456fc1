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

    internal AtlasDataSource(DbDataSource inner, StoreEngine engine)
    {
        this.inner = inner;
        Engine = engine;
    }

    /// <summary>Which database the store is in.</summary>
    public StoreProvider Provider => Engine.Provider;

    /// <inheritdoc />
    public override string ConnectionString => inner.ConnectionString;

    internal StoreEngine Engine { get; }

    /// <inheritdoc />
    protected override DbConnection CreateDbConnection() => Engine.Wrap(inner.CreateConnection());

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore()
    {
        await inner.DisposeAsync();
        await base.DisposeAsyncCore();
    }
}
