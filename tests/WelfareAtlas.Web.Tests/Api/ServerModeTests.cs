using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Storage;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Tests.Infrastructure;

namespace WelfareAtlas.Web.Tests.Api;

/// <summary>The whole product on PostgreSQL: first start on an empty database, the demo through the importer, the API.</summary>
public sealed class ServerModeTests : IAsyncLifetime
{
    private TestPostgres? database;
    private PostgresWebFactory? factory;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestPostgres.CreateAsync();
        factory = new PostgresWebFactory(database.ConnectionString, loadDemo: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task FirstStart_EmptyPostgres_ImportsTheDemoAsDuckDbDoesAndServesTheApi()
    {
        HttpClient client = factory!.CreateClient();
        (await client.GetAsync("/health", Cancel)).EnsureSuccessStatusCode();
        JsonElement[] districts = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/areas?type=district", Cancel))!;
        Assert.Equal(34, districts.Length);

        AtlasStore server = factory.Services.GetRequiredService<AtlasStore>();
        Assert.Equal(StoreProvider.Postgres, server.Provider);

        // The same first start on DuckDB: the importer must give the same batches and the same numbers on both.
        DirectoryInfo embedded = Directory.CreateTempSubdirectory("atlas-server-mode-");
        try
        {
            (AtlasStore duck, _) = await StoreStartup.OpenOrCreateAsync(StoreLocation.DuckDb(embedded.FullName), TimeProvider.System, loadDemo: true, Cancel);
            await using (duck)
            {
                Summary onPostgres = await SummariseAsync(server);
                Summary onDuckDb = await SummariseAsync(duck);
                Assert.Equal(16, onPostgres.Batches.Length); // the 15 demo deliveries and Sotkanet's municipality figures
                Assert.Equal(onDuckDb.Batches, onPostgres.Batches);
                Assert.Equal(onDuckDb.Indicators.Select(i => (i.Id, i.Rows, i.Counts)), onPostgres.Indicators.Select(i => (i.Id, i.Rows, i.Counts)));
                // The two databases may add the same doubles in a different order.
                Assert.All(onDuckDb.Indicators.Zip(onPostgres.Indicators), pair => Assert.Equal(pair.First.Sum, pair.Second.Sum, 1e-9 * Math.Max(1, Math.Abs(pair.First.Sum))));
            }
        }
        finally
        {
            embedded.Delete(recursive: true);
        }
    }

    private static async Task<Summary> SummariseAsync(AtlasStore store)
    {
        await using DbConnection connection = await store.DataSource.OpenConnectionAsync(Cancel);
        (string, string, long, long, long, long)[] batches = [.. await connection.QueryAsync<(string, string, long, long, long, long)>(
            "SELECT source, status, rows_read, rows_imported, rows_derived, rows_superseded FROM import_batches ORDER BY id")];
        (string, long, long, double)[] indicators = [.. await connection.QueryAsync<(string, long, long, double)>(
            """
            SELECT indicator_id, count(*), count(numerator), COALESCE(sum(numerator), 0) + COALESCE(sum(value), 0)
            FROM observations WHERE superseded_by IS NULL GROUP BY indicator_id
            """)];
        // Ordered here, not in SQL: PostgreSQL's collation may order text differently from DuckDB's.
        return new Summary(batches, [.. indicators.OrderBy(i => i.Item1, StringComparer.Ordinal)]);
    }

    private sealed record Summary(
        (string Source, string Status, long Read, long Imported, long Derived, long Superseded)[] Batches,
        (string Id, long Rows, long Counts, double Sum)[] Indicators);
}
