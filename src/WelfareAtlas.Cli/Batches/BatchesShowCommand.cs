using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Batches;

namespace WelfareAtlas.Cli.Batches;

/// <summary><c>atlas batches show ID</c>: one batch's record and its rejected rows.</summary>
internal static class BatchesShowCommand
{
    private const int RejectedShown = 100;

    public static Command Create(CliContext context)
    {
        Argument<long> id = new("id") { Description = "The batch's id (atlas batches list)." };
        Command command = new("show", "Show one batch: where it came from, its counts and its rejected rows.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            ImportBatchRepository repository = new(store.DataSource, TimeProvider.System);
            long batchId = parseResult.GetValue(id);
            if (await repository.FindAsync(batchId, cancellationToken) is not { } batch)
            {
                return CliContext.Fail(parseResult, ExitCodes.NotFound, string.Create(CultureInfo.InvariantCulture, $"no batch {batchId}."));
            }

            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Batch:       {batch.Id}"));
            output.WriteLine($"Status:      {batch.Status}{(batch.Partial ? " (partial: some rows rejected)" : string.Empty)}");
            output.WriteLine($"Source:      {batch.Source}");
            output.WriteLine($"File:        {batch.FileName}");
            output.WriteLine($"SHA-256:     {batch.ContentHash}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Imported:    {batch.ImportedAt:yyyy-MM-dd HH:mm:ss}Z by {batch.ImportedBy}"));
            output.WriteLine($"Published:   {PublicationText.Long(batch, TimeProvider.System.GetUtcNow().UtcDateTime)}");
            if (batch.RolledBackAt is { } rolledBack)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rolled back: {rolledBack:yyyy-MM-dd HH:mm:ss}Z"));
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Rows:        {batch.RowsRead} read, {batch.RowsImported} imported, {batch.RowsRejected} rejected, {batch.RowsDerived} derived, {batch.RowsSuperseded} older superseded, {batch.CurrentRows} current"));
            IReadOnlyList<RejectedRow> rejected = await repository.ListRejectedAsync(batchId, RejectedShown, cancellationToken);
            foreach (RejectedRow row in rejected)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  line {row.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"}: {row.Code}: {row.Message}{(row.Location is null ? string.Empty : $" at {row.Location}")}{(row.Value is null ? string.Empty : $" (value \"{row.Value}\")")}"));
            }

            if (batch.RowsRejected > rejected.Count)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … {batch.RowsRejected - rejected.Count} more rejected rows in the store (table rejected_rows)."));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
