using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Indicators;
using WelfareAtlas.Storage.Situation;

namespace WelfareAtlas.Cli.Compute;

/// <summary><c>atlas compute [--indicator ID]...</c>: recomputes the cells of every indicator, or of those named.</summary>
internal static class ComputeCommand
{
    public static Command Create(CliContext context)
    {
        Option<string[]> indicators = new("--indicator")
        {
            Description = "Recompute only this indicator (repeatable); default: every indicator.",
            AllowMultipleArgumentsPerToken = false,
        };
        Command command = new("compute", "Recompute the indicator cells (values, intervals, comparisons, quintiles, trends) from the current observations.") { indicators };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            List<IndicatorId> only = [];
            foreach (string text in parseResult.GetValue(indicators) ?? [])
            {
                if (!IndicatorId.TryParse(text, out IndicatorId id, out string? error))
                {
                    return CliContext.Fail(parseResult, ExitCodes.InvalidInput, $"--indicator '{text}': {error}");
                }

                only.Add(id);
            }

            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            // Checked before the run, so that a typing error computes nothing rather than the other indicators named.
            HashSet<IndicatorId> catalogued = [.. (await new IndicatorRepository(store.DataSource).ListAsync(cancellationToken)).Select(indicator => indicator.Id)];
            if (only.FirstOrDefault(id => !catalogued.Contains(id)) is { Value: not null } unknown)
            {
                return CliContext.Fail(
                    parseResult,
                    ExitCodes.NotFound,
                    $"--indicator '{unknown}' is not in the catalogue; nothing was computed (atlas compute without --indicator recomputes all).");
            }

            ComputeRunner runner = new(store.DataSource, TimeProvider.System);
            ComputeRun run = only.Count == 0
                ? await runner.RunAllAsync("full", cancellationToken)
                : await runner.RunAsync(only, "indicators " + string.Join(", ", only), cancellationToken);

            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Compute run {run.Id}: {run.Indicators} indicator(s), {run.Cells} cells in {run.Duration.TotalSeconds:0.00} s."));
            RefreshOutcome refresh = await new IndicatorRefresher(store.DataSource, TimeProvider.System).RefreshStaleAsync(cancellationToken);
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Forecasts and alerts refreshed: {refresh.Indicators.Count} indicator(s), {refresh.SeriesForecast} series forecast, {refresh.AlertsRaised} alert(s)."));
            return ExitCodes.Success;
        });
        return command;
    }
}
