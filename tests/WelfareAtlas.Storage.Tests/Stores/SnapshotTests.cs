using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage.Engines;

namespace WelfareAtlas.Storage.Tests.Stores;

/// <summary>
/// <see cref="StoreEngine.BeginSnapshotAsync"/>, on which a compute run reads its indicators' observations one
/// statement per indicator: what commits after the snapshot's first statement stays out of it.
/// </summary>
public abstract class SnapshotTests<TStore> : StoreTests<TStore>
    where TStore : TestStore, new()
{
    [Fact]
    public async Task BeginSnapshotAsync_LaterStatementsDoNotSeeWhatCommittedAfterTheFirst()
    {
        await ExecuteAsync("CREATE TABLE snapshot_probe (n INTEGER)");
        await ExecuteAsync("INSERT INTO snapshot_probe VALUES (1)");
        await using DbConnection reader = await Store.DataSource.OpenConnectionAsync(Token);
        await using DbTransaction snapshot = await StoreEngine.Of(Store.DataSource).BeginSnapshotAsync(reader, Token);
        Assert.Equal(1L, await CountAsync(reader, snapshot));

        await ExecuteAsync("INSERT INTO snapshot_probe VALUES (2)");

        Assert.Equal(1L, await CountAsync(reader, snapshot));
        Assert.Equal(2L, await ScalarAsync<long>("SELECT count(*) FROM snapshot_probe"));
    }

    private static async Task<long> CountAsync(DbConnection connection, DbTransaction transaction) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT count(*) FROM snapshot_probe", transaction: transaction, cancellationToken: Token));
}
