using System.CommandLine;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Transfer;

namespace WelfareAtlas.Cli.Store;

/// <summary><c>atlas export-store --to-store postgres --to "Host=…"</c>: copies the whole store into a new one, of either provider.</summary>
internal static class ExportStoreCommand
{
    public static Command Create(CliContext context)
    {
        Option<string?> toStore = CliContext.CreateProviderOption("--to-store", "The new store's database: duckdb or postgres.", recursive: false);
        toStore.Required = true;
        Option<string> to = new("--to")
        {
            Description = "Where the new store goes: a data directory (duckdb) or a connection string (postgres). It must hold no store yet.",
            Required = true,
        };
        Command command = new("export-store", "Copy the whole store (every table, nothing lost) into a new DuckDB or PostgreSQL store.") { toStore, to };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            StoreLocation target = StoreLocation.Of(Parse(parseResult.GetValue(toStore)), parseResult.GetValue(to)!);
            await using AtlasStore source = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            IReadOnlyList<CopiedTable> tables = await StoreCopy.CopyAsync(source, target, TimeProvider.System, cancellationToken);
            StoreCopyOutput.Write(parseResult.InvocationConfiguration.Output, tables, source, target);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A provider name that the option has already checked.</summary>
    public static StoreProvider Parse(string? name) =>
        StoreProviders.TryParse(name, out StoreProvider provider) ? provider : throw new StoreException($"Unknown store provider '{name}'.");
}
