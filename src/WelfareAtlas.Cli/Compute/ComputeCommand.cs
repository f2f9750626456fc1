using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Cells;
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
            ComputeRunner runner = new(store.DataSource, TimeProvider.System);
            ComputeRun run = only.Count == 0
                ? await runner.RunAllAsync("full", cancellationToken)
                : await runner.RunAsync(only, "indicators " + string.Join(", ", only), cancellationToken);
            if (only.Count > 0 && run.Indicators < only.Distinct().Count())
            {
                return CliContext.Fail(parseResult, ExitCodes.NotFound, "an indicator named by --indicator is not in the catalogue (atlas compute without --indicator recomputes all).");
            }

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
