using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Indicators;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Situation;

namespace WelfareAtlas.Cli.Batches;

/// <summary><c>atlas batches rollback ID</c>: undoes a batch in one transaction, recorded in the audit log by the CLI's user.</summary>
internal static class BatchesRollbackCommand
{
    public static Command Create(CliContext context)
    {
        Argument<long> id = new("id") { Description = "The batch's id (atlas batches list)." };
        Command command = new("rollback", "Undo a batch: remove its observations and make the rows it superseded current again.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            long batchId = parseResult.GetValue(id);
            ComputeRunner runner = new(store.DataSource, TimeProvider.System);
            IReadOnlyList<IndicatorId> changed = await runner.IndicatorsOfBatchAsync(batchId, cancellationToken);
            RollbackOutcome outcome = await new ImportBatchRepository(store.DataSource, TimeProvider.System).RollbackAsync(batchId, CliContext.Actor, cancellationToken);
            switch (outcome)
            {
                case RollbackOutcome.RolledBack:
                    parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Rolled back batch {batchId}; the rows it had superseded are current again."));
                    ComputeRun? run = null;
                    try
                    {
                        run = await runner.RunAsync(changed, string.Create(CultureInfo.InvariantCulture, $"rollback of batch {batchId}"), cancellationToken);
                        parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recomputed {run.Indicators} indicator(s), {run.Cells} cells."));
                        await new IndicatorRefresher(store.DataSource, TimeProvider.System).RefreshStaleAsync(cancellationToken);
                        return ExitCodes.Success;
                    }
                    catch (Exception e)
                    {
                        // The rollback is committed whatever happens now, a failure or a cancellation.
                        return CliContext.RecomputeFailed(parseResult, string.Create(CultureInfo.InvariantCulture, $"batch {batchId} is rolled back"), "the rollback", run is not null, e);
                    }

                case RollbackOutcome.AlreadyRolledBack:
                    return CliContext.Fail(parseResult, ExitCodes.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"batch {batchId} is already rolled back."));
                default:
                    return CliContext.Fail(parseResult, ExitCodes.NotFound, string.Create(CultureInfo.InvariantCulture, $"no batch {batchId}."));
            }
        });
        return command;
    }
}
