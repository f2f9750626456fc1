using Npgsql;

namespace WelfareAtlas.Tests;

/// <summary>
/// A fresh schema in the PostgreSQL database that <c>ATLAS_TEST_POSTGRES</c> (a connection string) names, dropped with
/// everything in it on dispose. <c>.ci/run</c> starts Debian's PostgreSQL and sets the variable.
/// </summary>
/// <remarks>
/// Without the variable a PostgreSQL test is skipped with the reason, except under CI (<c>CI=true</c>), where it
/// fails: CI starts the server, so its absence is a broken build, not a reason to skip. Linked into the test projects
/// that run something on PostgreSQL.
/// </remarks>
internal sealed class TestPostgres : IAsyncDisposable
{
    /// <summary>The environment variable with the connection string of a database the tests may create schemas in.</summary>
    public const string Variable = "ATLAS_TEST_POSTGRES";

    private readonly string administration;

    private TestPostgres(string administration, string schema)
    {
        this.administration = administration;
        Schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(administration) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>The schema's name: <c>atlas_test_</c> and 32 hex digits.</summary>
    public string Schema { get; }

    /// <summary>The configured connection string with the search path set to the fresh schema.</summary>
    public string ConnectionString { get; }

    /// <summary>The configured connection string, or a skip (locally) / failure (CI) saying why there is none.</summary>
    public static string RequireConnectionString()
    {
        string? configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        string reason = $"No PostgreSQL for the tests: set {Variable} to a connection string (e.g. \"Host=127.0.0.1;Port=5432;Username=atlas;Password=…;Database=atlas_test\"), as .ci/run does.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " CI must run the PostgreSQL tests.");
        }

        Assert.Skip(reason);
        return null!;
    }

    /// <summary>Creates a fresh schema (skipping or failing as <see cref="RequireConnectionString"/> does when there is no server).</summary>
    public static async Task<TestPostgres> CreateAsync()
    {
        string administration = RequireConnectionString();
        TestPostgres database = new(administration, "atlas_test_" + Guid.NewGuid().ToString("N"));
        await database.ExecuteAsync($"CREATE SCHEMA {database.Schema}");
        return database;
    }

    /// <summary>Runs a statement on the configured database, outside the schema.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using NpgsqlConnection connection = new(administration);
        await connection.OpenAsync();
#pragma warning disable CA2100 // Test DDL with the generated schema name, never input.
        await using NpgsqlCommand command = new(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
}
