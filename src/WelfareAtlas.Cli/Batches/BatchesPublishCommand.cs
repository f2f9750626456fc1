using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Batches;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Storage.Situation;

namespace WelfareAtlas.Cli.Batches;

/// <summary><c>atlas batches publish ID [--at TIME]</c>: sets when a batch's data become public (embargo), or publishes it now.</summary>
internal static class BatchesPublishCommand
{
    public static Command Create(CliContext context)
    {
        Argument<long> id = new("id") { Description = "The batch's id (atlas batches list)." };
        Option<string?> at = new("--at") { Description = "When its data become public (ISO 8601, e.g. 2026-03-01T08:00:00Z); default: now." };
        Command command = new("publish", "Publish a batch now, or set (or move) its publication time; until then only analysts and above see its data.") { id, at };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            long batchId = parseResult.GetValue(id);
            DateTime when = DateTime.UtcNow;
            if (parseResult.GetValue(at) is { } text)
            {
                if (CliContext.ParseTime(text, out string? error) is not { } parsed)
                {
                    return CliContext.Fail(parseResult, ExitCodes.InvalidInput, error!);
                }

                when = parsed;
            }

            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            BatchPublication publication = new(store.DataSource, TimeProvider.System);
            if (!await publication.SetAsync(batchId, when, CliContext.Actor, cancellationToken))
            {
                return CliContext.Fail(parseResult, ExitCodes.NotFound, string.Create(CultureInfo.InvariantCulture, $"no committed batch {batchId}."));
            }

            IReadOnlyList<long> released;
            try
            {
                released = await publication.ReleaseDueAsync(CliContext.Actor, cancellationToken);
                // A later time takes a batch the public saw out of the public cells again: the batch's indicators are
                // marked stale by the change, and computed now (the release above covers those of a time now reached).
                ComputeRunner runner = new(store.DataSource, TimeProvider.System);
                if (await runner.RunStaleAsync(string.Create(CultureInfo.InvariantCulture, $"publication time of batch {batchId} set"), cancellationToken) is not null)
                {
                    await new IndicatorRefresher(store.DataSource, TimeProvider.System).RefreshStaleAsync(cancellationToken);
                }
            }
            catch (Exception e)
            {
                // The publication time is committed whatever happens now, a failure or a cancellation. An embargo is
                // marked ended only after its compute run, so running this command again (or a server) finishes it.
                return CliContext.Fail(
                    parseResult,
                    ExitCodes.RecomputeFailed,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"the publication time of batch {batchId} is set, but recomputing the public cells for it (the compute run, forecasts and audit entries) {CliContext.Outcome(e)} Run '{Again(batchId, parseResult.GetValue(at))}' again, or 'atlas compute', to finish it (a running server ends due embargoes every minute, and computes stale cells when it starts)."));
            }

            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(when <= DateTime.UtcNow
                ? string.Create(CultureInfo.InvariantCulture, $"Published batch {batchId}; public cells recomputed for {released.Count} batch(es) whose embargo ended.")
                : string.Create(CultureInfo.InvariantCulture, $"Batch {batchId} is embargoed until {when:yyyy-MM-dd'T'HH:mm:ss'Z'}, and the public cells are recomputed without it; a running atlas publishes it then (or run this command again)."));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>This command as given: without its <c>--at</c>, running it again would publish the batch now.</summary>
    private static string Again(long batchId, string? at) =>
        at is null
            ? string.Create(CultureInfo.InvariantCulture, $"atlas batches publish {batchId}")
            : string.Create(CultureInfo.InvariantCulture, $"atlas batches publish {batchId} --at {at}");
}
