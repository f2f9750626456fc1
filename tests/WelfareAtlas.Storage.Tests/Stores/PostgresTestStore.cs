namespace WelfareAtlas.Storage.Tests.Stores;

/// <summary>A PostgreSQL store in a fresh schema of the <c>ATLAS_TEST_POSTGRES</c> database (see <see cref="TestPostgres"/>).</summary>
public sealed class PostgresTestStore : TestStore
{
    private readonly List<TestPostgres> schemas = [];

    public override StoreLocation Location => StoreLocation.Postgres(schemas[0].ConnectionString);

    public override StoreProvider Provider => StoreProvider.Postgres;

    public override async ValueTask InitializeAsync() => schemas.Add(await TestPostgres.CreateAsync());

    public override async Task<StoreLocation> CreateAnotherAsync()
    {
        TestPostgres schema = await TestPostgres.CreateAsync();
        schemas.Add(schema);
        return StoreLocation.Postgres(schema.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (TestPostgres schema in schemas)
        {
            await schema.DisposeAsync();
        }
    }
}
