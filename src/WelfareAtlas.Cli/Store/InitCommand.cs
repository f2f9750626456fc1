using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Import.Demo;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Migrations;
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
            // Migrations and compute runs record when they ran by this clock: what is newer than this, the open did.
            DateTime begun = TimeProvider.System.GetUtcNow().UtcDateTime;
            (AtlasStore store, bool created, ComputeRun? staleRun) = await StoreStartup.OpenOrCreateReportingAsync(context.ResolveStore(parseResult), TimeProvider.System, choice, cancellationToken);
            await using (store)
            {
                int areas = (await new AreaRepository(store.DataSource).ListAsync(null, null, cancellationToken)).Count;
                if (created)
                {
                    parseResult.InvocationConfiguration.Output.WriteLine($"Created {store} with {areas} areas.");
                }
                else
                {
                    await ReportUpdateAsync(parseResult.InvocationConfiguration.Output, store, areas, begun, staleRun, cancellationToken);
                }

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

    /// <summary>Says what bringing an existing store up to date took: the migrations applied and the stale cells computed, or nothing.</summary>
    /// <remarks>
    /// The run is the one this open made, not the runs the store recorded since <paramref name="begun"/>: on a store
    /// shared with a server, the server's own runs (an import's, an embargo's end) are not this command's work.
    /// </remarks>
    private static async Task ReportUpdateAsync(TextWriter output, AtlasStore store, int areas, DateTime begun, ComputeRun? staleRun, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> migrations = await MigrationHistory.ListAppliedSinceAsync(store.DataSource, begun, cancellationToken);
        output.WriteLine(migrations.Count == 0
            ? $"{store} is up to date ({areas} areas)."
            : $"{store} is up to date ({areas} areas): applied {migrations.Count} migration(s), {string.Join(", ", migrations)}.");
        if (staleRun is { } run)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Computed the cells that were older than their observations: compute run {run.Id}, {run.Indicators} indicator(s), {run.Cells:N0} cells in {run.Duration.TotalSeconds:0.0} s."));
        }
    }
}
