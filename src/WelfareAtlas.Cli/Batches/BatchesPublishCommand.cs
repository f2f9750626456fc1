using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Batches;

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
                        $"the publication time of batch {batchId} is set, but ending the embargoes now due (their compute run, forecasts and audit entries) {CliContext.Outcome(e)} Run 'atlas batches publish {batchId}' again to finish it (a running server also retries every minute)."));
            }

            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(when <= DateTime.UtcNow
                ? string.Create(CultureInfo.InvariantCulture, $"Published batch {batchId}; public cells recomputed for {released.Count} batch(es) whose embargo ended.")
                : string.Create(CultureInfo.InvariantCulture, $"Batch {batchId} is embargoed until {when:yyyy-MM-dd'T'HH:mm:ss'Z'}; a running atlas publishes it then (or run this command again)."));
            return ExitCodes.Success;
        });
        return command;
    }
}
