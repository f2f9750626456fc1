using System.CommandLine;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Transfer;

namespace WelfareAtlas.Cli.Store;

/// <summary><c>atlas import-store --from-store duckdb --from DIR</c>: fills a new store (the one <c>--store</c> names) with a copy of another.</summary>
internal static class ImportStoreCommand
{
    public static Command Create(CliContext context)
    {
        Option<string?> fromStore = CliContext.CreateProviderOption("--from-store", "The other store's database: duckdb or postgres.", recursive: false);
        fromStore.Required = true;
        Option<string> from = new("--from")
        {
            Description = "The other store: a data directory (duckdb) or a connection string (postgres).",
            Required = true,
        };
        Command command = new("import-store", "Create this store (--store, --connection, --data-dir) as a copy of another whole store; it must not exist yet.") { fromStore, from };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            StoreLocation target = context.ResolveStore(parseResult);
            StoreLocation origin = StoreLocation.Of(ExportStoreCommand.Parse(parseResult.GetValue(fromStore)), parseResult.GetValue(from)!);
            await using AtlasStore source = await AtlasStore.OpenAsync(origin, TimeProvider.System, cancellationToken);
            IReadOnlyList<CopiedTable> tables = await StoreCopy.CopyAsync(source, target, TimeProvider.System, cancellationToken);
            StoreCopyOutput.Write(parseResult.InvocationConfiguration.Output, tables, source, target);
            return ExitCodes.Success;
        });
        return command;
    }
}
