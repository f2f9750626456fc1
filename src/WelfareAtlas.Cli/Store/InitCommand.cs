using System.CommandLine;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Web.Hosting;

namespace WelfareAtlas.Cli.Store;

/// <summary><c>atlas init</c>: creates the store with Helsinki's areas, or brings an existing one to the newest schema.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        Option<bool> demo = new("--demo")
        {
            Description = "Also fill a new store with the synthetic demo deliveries, imported through the importer (as the dashboard's first start does).",
        };
        Command command = new("init", "Create the store (with Helsinki's real areas and the indicator catalogue) or migrate an existing one.") { demo };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            (AtlasStore store, bool created) = await StoreStartup.OpenOrCreateAsync(context.ResolveStore(parseResult), TimeProvider.System, parseResult.GetValue(demo), cancellationToken);
            await using (store)
            {
                int areas = (await new AreaRepository(store.DataSource).ListAsync(null, null, cancellationToken)).Count;
                parseResult.InvocationConfiguration.Output.WriteLine(created
                    ? $"Created {store} with {areas} areas."
                    : $"{store} is up to date ({areas} areas).");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
