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
