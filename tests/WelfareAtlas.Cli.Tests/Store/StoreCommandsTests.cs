using WelfareAtlas.Cli.CommandLine;

namespace WelfareAtlas.Cli.Tests.Store;

/// <summary><c>--store</c>/<c>--connection</c> on every command, and <c>export-store</c>/<c>import-store</c> between DuckDB and PostgreSQL.</summary>
public sealed class StoreCommandsTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("atlas-store-test-");

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public async Task ExportStore_ToNewDuckDbStore_CopiesEveryTable()
    {
        string first = Path.Combine(directory.FullName, "first");
        string second = Path.Combine(directory.FullName, "second");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", first)).ExitCode);

        CliRun export = await CliRun.RunAsync(NoEnvironment, "export-store", "--data-dir", first, "--to-store", "duckdb", "--to", second);

        Assert.Equal(ExitCodes.Success, export.ExitCode);
        Assert.Contains("areas", export.Output, StringComparison.Ordinal);
        Assert.Contains("583 rows", export.Output, StringComparison.Ordinal);
        Assert.Contains($"to {Path.Combine(second, "atlas.duckdb")}.", export.Output, StringComparison.Ordinal);
        Assert.Equal(
            (await CliRun.RunAsync(NoEnvironment, "areas", "list", "--data-dir", first)).Output,
            (await CliRun.RunAsync(NoEnvironment, "areas", "list", "--data-dir", second)).Output);
    }

    [Fact]
    public async Task ExportStore_IntoExistingStore_IsRefusedWithExitCode4()
    {
        string first = Path.Combine(directory.FullName, "first");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", first)).ExitCode);

        CliRun export = await CliRun.RunAsync(NoEnvironment, "export-store", "--data-dir", first, "--to-store", "duckdb", "--to", first);

        Assert.Equal(ExitCodes.StoreUnavailable, export.ExitCode);
        Assert.Contains("exists already", export.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_PostgresWithoutConnection_SaysWhatToGive()
    {
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "list", "--store", "postgres");

        Assert.Equal(ExitCodes.StoreUnavailable, run.ExitCode);
        Assert.Contains("--connection", run.Error, StringComparison.Ordinal);
        Assert.Contains("ATLAS_CONNECTION", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_UnknownProvider_IsAnInvalidCommandLine()
    {
        CliRun run = await CliRun.RunAsync(NoEnvironment, "areas", "list", "--store", "sqlite");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("sqlite", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitExportImport_ThroughPostgres_KeepsTheStoreWhole()
    {
        await using TestPostgres database = await TestPostgres.CreateAsync();
        string first = Path.Combine(directory.FullName, "first");
        string back = Path.Combine(directory.FullName, "back");
        Dictionary<string, string> server = new() { ["ATLAS_STORE"] = "postgres", ["ATLAS_CONNECTION"] = database.ConnectionString };
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", first)).ExitCode);

        // DuckDB → PostgreSQL: the global options name the source, --to-store/--to the new store.
        CliRun export = await CliRun.RunAsync(NoEnvironment, "export-store", "--data-dir", first, "--to-store", "postgres", "--to", database.ConnectionString);
        Assert.Equal(ExitCodes.Success, export.ExitCode);
        Assert.DoesNotContain("Password", export.Output, StringComparison.OrdinalIgnoreCase);

        // The environment selects the server for every command; init finds it complete.
        CliRun init = await CliRun.RunAsync(server, "init");
        Assert.Contains($"schema {database.Schema} is up to date (583 areas)", init.Output, StringComparison.Ordinal);
        string onServer = (await CliRun.RunAsync(server, "areas", "list", "--type", "district")).Output;
        Assert.Equal((await CliRun.RunAsync(NoEnvironment, "areas", "list", "--type", "district", "--data-dir", first)).Output, onServer);

        // PostgreSQL → DuckDB: the global options name the new store, --from-store/--from the source.
        CliRun import = await CliRun.RunAsync(NoEnvironment, "import-store", "--data-dir", back, "--from-store", "postgres", "--from", database.ConnectionString);
        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Equal(onServer, (await CliRun.RunAsync(NoEnvironment, "areas", "list", "--type", "district", "--data-dir", back)).Output);
    }

    [Fact]
    public async Task Store_LibpqConnectionString_IsRefusedWithExitCode2_NamingTheKeysWithoutThePassword()
    {
        // As operations.md writes it for pg_dump: Npgsql would read all of it as the host's name, password included.
        const string Libpq = "host=127.0.0.1 port=55477 dbname=atlas user=atlas password=SuperSecret99";
        Dictionary<string, string> server = new() { ["ATLAS_STORE"] = "postgres", ["ATLAS_CONNECTION"] = Libpq };

        CliRun run = await CliRun.RunAsync(server, "batches", "list");
        CliRun export = await CliRun.RunAsync(NoEnvironment, "export-store", "--data-dir", directory.FullName, "--to-store", "postgres", "--to", Libpq);

        foreach (CliRun refused in (CliRun[])[run, export])
        {
            Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
            Assert.DoesNotContain("SuperSecret99", refused.Error, StringComparison.Ordinal);
            Assert.StartsWith("atlas: ", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', refused.Error.TrimEnd());
            Assert.Contains("Host=…;Port=…;Database=…;Username=…", refused.Error, StringComparison.Ordinal);
            Assert.Contains("dbname → Database", refused.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ExportAndImportStore_DataDirUnderTheServersEnvironment_AreTheDuckDbStore()
    {
        await using TestPostgres database = await TestPostgres.CreateAsync();
        string first = Path.Combine(directory.FullName, "first");
        string snapshot = Path.Combine(directory.FullName, "snapshot");
        // The documented server environment: without --store, --data-dir on the command line names a DuckDB store all the same.
        Dictionary<string, string> server = new() { ["ATLAS_STORE"] = "postgres", ["ATLAS_CONNECTION"] = database.ConnectionString };
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", first)).ExitCode);

        CliRun export = await CliRun.RunAsync(server, "export-store", "--data-dir", first, "--to-store", "postgres", "--to", database.ConnectionString);
        CliRun import = await CliRun.RunAsync(server, "import-store", "--data-dir", snapshot, "--from-store", "postgres", "--from", database.ConnectionString);

        Assert.True(export.ExitCode == ExitCodes.Success, export.Error);
        Assert.Contains($"from {Path.Combine(first, "atlas.duckdb")} to PostgreSQL database", export.Output, StringComparison.Ordinal);
        Assert.True(import.ExitCode == ExitCodes.Success, import.Error);
        Assert.Contains($"to {Path.Combine(snapshot, "atlas.duckdb")}.", import.Output, StringComparison.Ordinal);
        Assert.Equal(
            (await CliRun.RunAsync(NoEnvironment, "areas", "list", "--data-dir", first)).Output,
            (await CliRun.RunAsync(server, "areas", "list", "--data-dir", snapshot)).Output);
    }

    [Fact]
    public async Task Store_ConnectionOnTheCommandLine_IsPostgresOverTheEnvironmentsDuckDb()
    {
        await using TestPostgres database = await TestPostgres.CreateAsync();
        Dictionary<string, string> embedded = new() { ["ATLAS_STORE"] = "duckdb", ["ATLAS_DATA_DIR"] = Path.Combine(directory.FullName, "nowhere") };

        CliRun init = await CliRun.RunAsync(embedded, "init", "--connection", database.ConnectionString);

        Assert.True(init.ExitCode == ExitCodes.Success, init.Error);
        Assert.Contains($"Created PostgreSQL database", init.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(directory.FullName, "nowhere")));
    }

    [Fact]
    public async Task OpenStore_CopyThatStoppedHalfWay_SaysToRunTheCopyAgainOrInit()
    {
        await using TestPostgres database = await TestPostgres.CreateAsync();
        string first = Path.Combine(directory.FullName, "first");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "init", "--data-dir", first)).ExitCode);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "export-store", "--data-dir", first, "--to-store", "postgres", "--to", database.ConnectionString)).ExitCode);
        // What a copy stopped before its last step leaves: every table, but not the record that the store is complete.
        await database.ExecuteAsync($"DELETE FROM {database.Schema}.store_state WHERE name = 'seeded_at'");

        CliRun refused = await CliRun.RunAsync(NoEnvironment, "batches", "list", "--store", "postgres", "--connection", database.ConnectionString);
        CliRun again = await CliRun.RunAsync(NoEnvironment, "export-store", "--data-dir", first, "--to-store", "postgres", "--to", database.ConnectionString);

        Assert.Equal(ExitCodes.StoreUnavailable, refused.ExitCode);
        Assert.Contains("'atlas export-store' or 'atlas import-store' into it, stopped half-way", refused.Error, StringComparison.Ordinal);
        Assert.Contains("run that command again", refused.Error, StringComparison.Ordinal);
        Assert.Contains("'atlas init'", refused.Error, StringComparison.Ordinal);
        // The advice works: the copy run again finishes the store.
        Assert.True(again.ExitCode == ExitCodes.Success, again.Error);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(NoEnvironment, "batches", "list", "--store", "postgres", "--connection", database.ConnectionString)).ExitCode);
    }

    [Fact]
    public async Task Init_OnPostgres_CreatesTheStoreThere()
    {
        await using TestPostgres database = await TestPostgres.CreateAsync();

        CliRun init = await CliRun.RunAsync(NoEnvironment, "init", "--store", "postgres", "--connection", database.ConnectionString);

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Contains($"Created PostgreSQL database", init.Output, StringComparison.Ordinal);
        Assert.Contains("with 583 areas", init.Output, StringComparison.Ordinal);
        CliRun batches = await CliRun.RunAsync(NoEnvironment, "batches", "list", "--store", "postgres", "--connection", database.ConnectionString);
        Assert.Equal(ExitCodes.Success, batches.ExitCode);
    }
}
