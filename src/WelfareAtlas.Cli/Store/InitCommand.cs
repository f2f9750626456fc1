using System.CommandLine;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Import.Demo;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Web.Hosting;
using WelfareAtlas.Web.Importing;

namespace WelfareAtlas.Cli.Store;

/// <summary>
/// <c>atlas init [--demo [--scale city|national] [--seed N]]</c>: creates the store with Helsinki's areas, or brings an
/// existing one to the newest schema.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        Option<bool> demo = new("--demo")
        {
            Description = "Also fill a new store with the synthetic demo deliveries, imported through the importer (as the dashboard's first start does).",
        };
        Option<string> scale = new("--scale")
        {
            Description = "With --demo: city (Helsinki's real areas, the default) or national (about 3,000 synthetic areas in 300 synthetic municipalities, every indicator, 10 years: for benchmarks).",
            DefaultValueFactory = _ => "city",
        };
        scale.AcceptOnlyFromAmong("city", "national");
        Option<int> seed = new("--seed") { Description = "With --demo: the generator's seed.", DefaultValueFactory = _ => DemoLoader.DefaultSeed };
        Option<int> municipalities = Demo.DemoCommand.MunicipalitiesOption();
        Command command = new("init", "Create the store (with Helsinki's real areas and the indicator catalogue) or migrate an existing one.") { demo, scale, seed, municipalities };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!parseResult.GetValue(demo) && (parseResult.GetResult(scale) is { Implicit: false } || parseResult.GetResult(seed) is { Implicit: false }))
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, "--scale and --seed choose the demo: give them with --demo.");
            }

            DemoChoice? choice = parseResult.GetValue(demo)
                ? new DemoChoice(parseResult.GetValue(scale) == "national" ? DemoScale.National : DemoScale.City, parseResult.GetValue(seed), parseResult.GetValue(municipalities))
                : null;
            (AtlasStore store, bool created) = await StoreStartup.OpenOrCreateAsync(context.ResolveStore(parseResult), TimeProvider.System, choice, cancellationToken);
            await using (store)
            {
                int areas = (await new AreaRepository(store.DataSource).ListAsync(null, null, cancellationToken)).Count;
                parseResult.InvocationConfiguration.Output.WriteLine(created
                    ? $"Created {store} with {areas} areas."
                    : $"{store} is up to date ({areas} areas).");
                if (!created && choice is not null)
                {
                    // Not silently: the demo's deliveries go only into a new store, never among a store's own batches.
                    parseResult.InvocationConfiguration.Output.WriteLine(
                        "The store existed already, so --demo loaded nothing: the demo is loaded only into a new store (give another --data-dir, or remove this one first).");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
