using System.Data.Common;
using Dapper;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Tests.Concurrency;

namespace WelfareAtlas.Storage.Tests;

/// <summary>What only the PostgreSQL store has: a server to reach, a schema it shares with nothing, first starts of several instances at once.</summary>
public sealed class PostgresStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenAsync_UnreachableServer_NamesServerButNotThePassword()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        StoreLocation location = StoreLocation.Postgres("Host=127.0.0.1;Port=1;Database=atlas;Username=atlas;Password=not-to-be-shown;Timeout=3");

        StoreException error = await Assert.ThrowsAsync<StoreException>(() => AtlasStore.OpenAsync(location, TimeProvider.System, Token));

        Assert.Contains("PostgreSQL database 'atlas' on 127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-to-be-shown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_MalformedConnectionString_SaysWhatIsWrong()
    {
        StoreLocationException error = Assert.Throws<StoreLocationException>(() => StoreLocation.Postgres("Host=localhost;Frobnicate=yes"));
        Assert.Contains("frobnicate", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OpenOrCreateAsync_SchemaWithOtherTables_IsRefusedAndLeftAlone()
    {
        await using TestPostgres database = await TestPostgres.CreateAsync();
        await database.ExecuteAsync($"CREATE TABLE {database.Schema}.invoices (id INTEGER)");

        StoreException error = await Assert.ThrowsAsync<StoreException>(() =>
            AtlasStore.OpenOrCreateAsync(StoreLocation.Postgres(database.ConnectionString), (_, _) => Task.CompletedTask, TimeProvider.System, Token));

        Assert.Contains("invoices", error.Message, StringComparison.Ordinal);
        Assert.Contains("own database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenOrCreateAsync_SearchPathWithoutSchema_SaysToCreateIt()
    {
        string configured = TestPostgres.RequireConnectionString();
        string missing = new Npgsql.NpgsqlConnectionStringBuilder(configured) { SearchPath = "atlas_no_such_schema" }.ConnectionString;

        StoreException error = await Assert.ThrowsAsync<StoreException>(() =>
            AtlasStore.OpenOrCreateAsync(StoreLocation.Postgres(missing), (_, _) => Task.CompletedTask, TimeProvider.System, Token));

        Assert.Contains("CREATE SCHEMA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenOrCreateAsync_TwoFirstStartsAtOnce_SeedOnce()
    {
        await using TestPostgres database = await TestPostgres.CreateAsync();
        StoreLocation location = StoreLocation.Postgres(database.ConnectionString);
        int seeds = 0;
        Func<DbDataSource, CancellationToken, Task> seed = async (dataSource, token) =>
        {
            Interlocked.Increment(ref seeds);
            await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), token);
            // Long enough that the second start arrives while the first still seeds.
            await Task.Delay(300, token);
        };

        (AtlasStore Store, bool Created)[] starts = await Task.WhenAll(
            AtlasStore.OpenOrCreateAsync(location, seed, TimeProvider.System, Token),
            AtlasStore.OpenOrCreateAsync(location, seed, TimeProvider.System, Token));

        Assert.Equal(1, seeds);
        Assert.Single(starts, start => start.Created);
        foreach ((AtlasStore store, _) in starts)
        {
            await using DbConnection connection = await store.DataSource.OpenConnectionAsync(Token);
            Assert.Equal(5L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM areas"));
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task CommitAsync_Finished_LeavesNoTemporaryViewOnTheStoresTablesInThePool()
    {
        await using TestPostgres database = await TestPostgres.CreateAsync();
        (AtlasStore store, _) = await AtlasStore.OpenOrCreateAsync(
            StoreLocation.Postgres(database.ConnectionString),
            async (dataSource, token) =>
            {
                await new AreaRepository(dataSource).ReplaceAllAsync(SampleGeography.Create(), token);
                await TestIndicators.InsertAsync(dataSource, "population", "count");
            },
            TimeProvider.System,
            Token);
        await using (store)
        {
            CommitResult result = await new ImportBatchRepository(store.DataSource, TimeProvider.System)
                .CommitAsync(Vintages.Header("v1"), Vintages.Of(1), [], new CommitOptions(), Token);
            Assert.Equal(CommitOutcome.Committed, result.Outcome);

            // The writer's connection is back in the store's pool, idle. A temporary view it left there would depend on
            // the store's tables (the batch's keys join them) and so block a migration or deadlock dropping the schema.
            // Asked on a connection of its own, outside the pool, so that the pool's reset cannot hide it.
            await using Npgsql.NpgsqlConnection outside = new(new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
            await outside.OpenAsync(Token);
            long dependent = await outside.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                SELECT count(*) FROM pg_depend d
                JOIN pg_rewrite r ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                JOIN pg_class viewed ON viewed.oid = r.ev_class
                JOIN pg_class t ON d.refclassid = 'pg_class'::regclass AND d.refobjid = t.oid
                WHERE t.relnamespace = to_regnamespace(@schema) AND viewed.relnamespace <> t.relnamespace
                """,
                new { schema = database.Schema },
                cancellationToken: Token));
            Assert.Equal(0L, dependent);
        }
    }
}
